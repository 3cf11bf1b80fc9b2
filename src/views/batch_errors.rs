//! The batch check's rejected rows: each with its line, its name if any, and every reason.

use yew::prelude::*;

use crate::domain::batch::InvalidRow;
use crate::ids::Id;
use crate::texts::batch::BatchTexts;
use crate::texts::Page as T;

/// What [`batch_errors`] shows.
pub struct BatchErrorsProps<'a> {
    /// The rows that were not accepted, in the order of the text.
    pub invalid: &'a [InvalidRow],
}

/// The list of rejected rows; the summary's link moves focus to it.
pub fn batch_errors(props: &BatchErrorsProps) -> Html {
    html! {
        <section class="panel batch-errors" id={Id::BatchErrors.text()} tabindex="-1" aria-labelledby="batch-errors-heading">
            <h2 id="batch-errors-heading">{ T::ERRORS_HEADING }</h2>
            <ul>
                { for props.invalid.iter().map(|row| html! {
                    <li data-testid="batch-error">
                        <strong>{ T::batch_line(row.line) }</strong>
                        if let Some(name) = &row.name { { format!(" ({name})") } }
                        { ": " }
                        { row.reasons.iter().map(T::batch_row_error).collect::<Vec<_>>().join(" ") }
                    </li>
                }) }
            </ul>
        </section>
    }
}
