//! "Hvilken kolonne er hvilken?": for each column a batch's header does not name, a
//! labelled select of the header's other columns (heading and position); what is still
//! wrong in an error summary linking to its select.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::domain::batch::{ChoiceProblem, Column, ColumnChoice, Header};
use crate::ids::Id;
use crate::texts::batch::BatchTexts;
use crate::texts::{Page as T, Texts};
use crate::views::error_summary::{error_summary, ErrorSummaryProps};
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`column_choice`] shows.
pub struct ColumnChoiceProps {
    /// The batch's header.
    pub header: Header,
    /// The caseworker's choice, fitted to the header.
    pub choice: ColumnChoice,
    /// Whether a choice made for other headings is not applied to these.
    pub reset: bool,
    /// Called with a column and the position chosen for it (`None`: none).
    pub onchoose: Callback<(Column, Option<usize>)>,
}

/// The form; nothing when the header names all four columns.
#[inline(never)] // drawn only for a header that lacks a column: kept out of BatchView's function
pub fn column_choice(props: &ColumnChoiceProps) -> Html {
    let unnamed = props.header.unnamed();
    if unnamed.is_empty() {
        return html! {};
    }
    // Each unnamed column and what is wrong with its choice.
    let fields: Vec<(Column, Option<String>)> = unnamed
        .into_iter()
        .map(|c| {
            let problem = props.choice.problem(c).map(|p| match p {
                ChoiceProblem::NotChosen => T::choice_missing(c),
                ChoiceProblem::Taken { by } => T::choice_taken(c, by),
            });
            (c, problem)
        })
        .collect();
    let errors = fields
        .iter()
        .filter_map(|(c, problem)| Some((Id::ColumnChoice(*c), problem.clone()?)))
        .collect();
    // Keyed by the headings: drawn anew for other headings, so that no select shows a
    // choice of the ones before.
    let key = props.header.headings.join("\n");
    html! {
        <section {key} class="panel no-print" aria-labelledby="column-choice-heading" data-testid="column-choice">
            <h2 id="column-choice-heading">{ T::CHOICE_HEADING }</h2>
            <p class="field-hint">{ T::CHOICE_HINT }</p>
            if props.reset {
                <p class="status" data-testid="column-choice-reset">{ T::CHOICE_RESET }</p>
            }
            { error_summary(&ErrorSummaryProps { errors }) }
            { for fields.into_iter().map(|(c, message)| {
                let id = Id::ColumnChoice(c).text();
                let error_id = format!("{id}-error");
                let chosen = props.choice.chosen(c);
                let onchange = props.onchoose.reform(move |e: Event| {
                    (c, e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok())
                });
                html! {
                    <div class="field">
                        <label class="field-label" for={id}>{ T::column(c) }</label>
                        if let Some(message) = &message {
                            { field_error(&FieldErrorProps { id: error_id.clone().into(), message: message.clone().into() }) }
                        }
                        <select id={id} name={id} class="field-input" {onchange}
                            aria-invalid={message.is_some().then_some("true")}
                            aria-describedby={message.is_some().then_some(error_id)}>
                            <option value="" selected={chosen.is_none()}>{ T::CHOICE_NONE }</option>
                            { for props.header.choices().map(|(i, heading)| html! {
                                <option value={i.to_string()} selected={chosen == Some(i)}>{ T::choice_option(i + 1, heading) }</option>
                            }) }
                        </select>
                    </div>
                }
            }) }
        </section>
    }
}
