//! A labelled text input with its hint and, when the text is not accepted, its error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ids::Id;
use crate::state::Field;
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`text_field`] shows.
pub struct TextFieldProps {
    /// The field: its control's `name` (= the URL parameter) and its id.
    pub field: Field,
    /// The visible label.
    pub label: AttrValue,
    /// A line saying what to type.
    pub hint: AttrValue,
    /// Exactly what the user typed.
    pub value: AttrValue,
    /// The message to show when the value is not accepted.
    pub error: Option<String>,
    /// `numeric` for counts, `decimal` for amounts.
    pub inputmode: &'static str,
    /// Called with the new text on every keystroke.
    pub oninput: Callback<String>,
}

/// A text input in the DKFDS manner: label, hint, `aria-invalid`, and the error *below*
/// the field, so a message that appears while the reader is in the field (after a pause
/// in typing) moves nothing above the cursor. No placeholder: the hint says what an empty
/// field means (grey example values looked like filled-in ones).
#[inline(never)] // four fields share one copy of it in the wasm (0,15 kB gzip less)
pub fn text_field(props: &TextFieldProps) -> Html {
    let id = Id::Field(props.field).text();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let oninput = props
        .oninput
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class="field">
            <label class="field-label" for={id}>{ props.label.clone() }</label>
            <span class="field-hint" id={hint_id}>{ props.hint.clone() }</span>
            <input
                class="field-input"
                id={id}
                name={props.field.name()}
                type="text"
                inputmode={props.inputmode}
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described_by}
                {oninput}
            />
            if let Some(error) = &props.error {
                { field_error(&FieldErrorProps { id: error_id.into(), message: error.clone().into() }) }
            }
        </div>
    }
}
