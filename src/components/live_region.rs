//! A polite live region that announces a message once the user pauses typing, so a
//! screen reader is not flooded on every keystroke.

use yew::prelude::*;

use crate::components::after_pause::use_after_pause;

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
        use_after_pause(message, ANNOUNCE_AFTER_MS, move |message| {
            announced.set(message)
        });
    }
    (*announced).clone()
}

/// What [`live_region`] shows.
pub struct LiveRegionProps {
    /// What to announce now (from [`use_announcement`]).
    pub announced: AttrValue,
}

/// A visually hidden `role="status"` region.
pub fn live_region(props: &LiveRegionProps) -> Html {
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
            { props.announced.clone() }
        </div>
    }
}
