//! A polite live region that announces a message once the user pauses typing, so a
//! screen reader is not flooded on every keystroke.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// How long the message must stay the same before it is announced, in milliseconds.
pub const ANNOUNCE_AFTER_MS: u32 = 1_000;

/// Props of [`LiveRegion`].
#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    /// What to announce; announced after it has been unchanged for a moment.
    pub message: AttrValue,
}

/// A visually hidden `role="status"` region.
#[function_component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let announced = use_state(AttrValue::default);
    {
        let announced = announced.clone();
        use_effect_with(props.message.clone(), move |message| {
            let message = message.clone();
            let timeout = Timeout::new(ANNOUNCE_AFTER_MS, move || announced.set(message));
            move || drop(timeout)
        });
    }
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
            { (*announced).clone() }
        </div>
    }
}
