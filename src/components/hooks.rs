//! The pages' hooks: an action once a value has stopped changing, what the live region
//! announces, and the effects every page has.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Runs `action` with `value` once `value` has stayed the same for `ms` milliseconds; a
/// newer value (or the component going away) cancels the wait. The action is a
/// `Callback`, so every use with the same type of value shares one copy of the code.
#[hook]
pub fn use_after_pause<T>(value: T, ms: u32, action: Callback<T>)
where
    T: PartialEq + Clone + 'static,
{
    use_effect_with(value, move |value| {
        let value = value.clone();
        let wait = Timeout::new(ms, move || action.emit(value));
        move || drop(wait)
    });
}

/// How long the message must stay the same before it is announced, in milliseconds.
pub const ANNOUNCE_AFTER_MS: u32 = 1_000;

/// What the region says: `message`, once it has been unchanged for [`ANNOUNCE_AFTER_MS`]
/// (empty until then). A hook of the page's component rather than a component of its
/// own: a component type costs ~0,6 kB gzip of wasm.
#[hook]
pub fn use_announcement(message: AttrValue) -> AttrValue {
    let announced = use_state(AttrValue::default);
    {
        let announced = announced.clone();
        use_after_pause(
            message,
            ANNOUNCE_AFTER_MS,
            Callback::from(move |message| announced.set(message)),
        );
    }
    (*announced).clone()
}

/// How long the address bar waits for the query to stop changing before it is rewritten.
/// Writing it (`history.replaceState`) cost 2–4 ms of the browser's time per keystroke, in
/// the same task as the new figures, and Chrome ignores more than 200 writes in 10 s (a held
/// key can get there): while the reader types, only the last query is written, after the
/// new figures are on screen.
pub const ADDRESS_DELAY_MS: u32 = 250;

/// The effects every page has: the address bar kept to `query` (no `?`), once it has
/// stopped changing for [`ADDRESS_DELAY_MS`]; the site header's links kept to
/// `frame_links` ([`State::frame_links`](crate::state::State::frame_links)); and in embed
/// mode the page marked embedded and its height reported to the parent page. (The document's language and title are
/// the page's own, written at build time: one language per page.)
#[hook]
pub fn use_page_effects(query: String, frame_links: [String; 3], embed: bool) {
    use_after_pause(
        query,
        ADDRESS_DELAY_MS,
        Callback::from(|query: String| crate::browser::replace_query(&query)),
    );
    use_effect_with(frame_links, crate::page_parts::set_frame_links);
    use_effect_with(embed, |embed| {
        if *embed {
            crate::page_parts::mark_embedded();
            crate::page_parts::report_height_to_parent();
        }
    });
}
