//! A polite live region that announces a message once the user pauses typing, so a
//! screen reader is not flooded on every keystroke.

use yew::prelude::*;

/// What [`live_region`] shows.
pub struct LiveRegionProps {
    /// What to announce now (from [`use_announcement`](crate::components::hooks::use_announcement)).
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
