//! The plausibility flags of the single calculator, in sentences with their figures.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::domain::flags::{flags, flags_without_approach};
use crate::domain::payout::Application;
use crate::texts::{Page as T, Texts};

/// What [`flags_panel`] shows.
pub struct FlagsPanelProps {
    /// The application, or `None` while inputs are invalid.
    pub application: Option<Application>,
    /// The approach, if chosen (the group flags need it).
    pub approach: Option<Approach>,
}

/// "Værd at se nærmere på": what round one says looks unusual about this application.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn flags_panel(props: &FlagsPanelProps) -> Html {
    let Some(app) = props.application else {
        return html! {};
    };
    let found = match props.approach {
        Some(a) => flags(app, a),
        None => flags_without_approach(app),
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
