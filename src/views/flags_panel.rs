//! The plausibility flags of the single calculator, in sentences with their figures.

use yew::prelude::*;

use crate::domain::flags::Flag;
use crate::texts::{Page as T, Texts};

/// What [`flags_panel`] shows.
pub struct FlagsPanelProps {
    /// The flags found, or `None` while inputs are invalid.
    pub flags: Option<Vec<Flag>>,
}

/// "Værd at se nærmere på": what round one says looks unusual about this application.
pub fn flags_panel(props: &FlagsPanelProps) -> Html {
    let Some(found) = &props.flags else {
        return html! {};
    };
    html! {
        <div class="flags" data-testid="flags">
            <h3>{ T::FLAGS_HEADING }</h3>
            if found.is_empty() {
                <p>{ T::NO_FLAGS }</p>
            } else {
                <ul>
                    { for found.iter().map(|f| html! { <li data-testid="flag">{ T::flag(f) }</li> }) }
                </ul>
            }
        </div>
    }
}
