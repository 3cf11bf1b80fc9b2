//! The approach as three radio buttons, each with its one-line explanation.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::ids::Id;
use crate::texts::{Page as T, Texts};
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`approach_field`] shows.
pub struct ApproachFieldProps {
    /// The chosen approach, if any.
    pub chosen: Option<Approach>,
    /// The message to show when the URL held an unknown approach.
    pub error: Option<String>,
    /// Called with the chosen approach's code.
    pub onchange: Callback<String>,
}

/// The approach radio group (`name="approach"`).
pub fn approach_field(props: &ApproachFieldProps) -> Html {
    let onchange = props
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <fieldset
            class="field field--radios"
            aria-describedby={props.error.is_some().then_some("field-approach-error")}
        >
            <legend class="field-label">{ T::APPROACH_LEGEND }</legend>
            if let Some(error) = &props.error {
                { field_error(&FieldErrorProps { id: "field-approach-error".into(), message: error.clone().into() }) }
            }
            { for Approach::ALL.iter().map(|a| {
                let id = Id::Approach(*a).text();
                let explanation_id = format!("{id}-hint");
                html! {
                    <div class="radio">
                        <input
                            type="radio"
                            id={id}
                            name="approach"
                            value={a.code()}
                            checked={props.chosen == Some(*a)}
                            aria-describedby={explanation_id.clone()}
                            onchange={onchange.clone()}
                        />
                        <label for={id}>{ T::approach_name(*a) }</label>
                        <span class="field-hint" id={explanation_id}>{ T::approach_explanation(*a) }</span>
                    </div>
                }
            }) }
        </fieldset>
    }
}
