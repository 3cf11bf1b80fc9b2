//! "Der er problemer": the error summary above the heading (the DKFDS/GOV.UK pattern),
//! each link moving focus to its field.

use yew::prelude::*;

use crate::ids::Id;
use crate::texts::{Page as T, Texts};

/// What [`error_summary`] shows.
pub struct ErrorSummaryProps {
    /// (the field's control, its message) for every field that is not accepted.
    pub errors: Vec<(Id, String)>,
}

/// The list of problems; nothing when there are none.
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" role="group" aria-labelledby="error-summary-title" data-testid="error-summary">
            <h2 id="error-summary-title">{ T::ERROR_SUMMARY_TITLE }</h2>
            <ul>
                { for props.errors.iter().map(|&(id, ref message)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        crate::browser::focus_element(id);
                    });
                    html! { <li><a href={id.href()} {onclick}>{ message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
