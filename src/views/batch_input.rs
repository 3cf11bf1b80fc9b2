//! The batch check's input: the text area, the file to read, whether the text is kept,
//! and the example with its "Fortryd".

use yew::prelude::*;

use crate::texts::batch::BatchTexts;
use crate::texts::Page as T;
use crate::views::field_error::{field_error, FieldErrorProps};

/// What [`batch_input`] shows.
pub struct BatchInputProps {
    /// The text area's text, exactly.
    pub text: AttrValue,
    /// What went wrong with the file last chosen, if anything.
    pub file_error: Option<String>,
    /// Whether the browser kept the text for Back and reload: `None` until it has tried.
    pub kept: Option<bool>,
    /// Whether the example replaced the caseworker's own text, which can be had back.
    pub can_undo: bool,
    /// Called on every change of the text area.
    pub oninput: Callback<InputEvent>,
    /// Called when a file is chosen.
    pub onfile: Callback<Event>,
    /// The example button.
    pub onexample: Callback<MouseEvent>,
    /// "Fortryd", the example undone.
    pub onundo: Callback<MouseEvent>,
}

/// The input panel.
pub fn batch_input(props: &BatchInputProps) -> Html {
    let file_error = &props.file_error;
    html! {
        <section class="panel no-print-input" aria-labelledby="batch-input-heading">
            <h2 id="batch-input-heading" class="visually-hidden">{ T::PASTE_LABEL }</h2>
            <div class="field">
                <label class="field-label" for="batch-text">{ T::PASTE_LABEL }</label>
                <span class="field-hint" id="batch-hint">{ T::PASTE_HINT }</span>
                <textarea id="batch-text" name="batch" class="field-input field-textarea" rows="10"
                    spellcheck="false" aria-describedby="batch-hint" value={props.text.clone()} oninput={props.oninput.clone()} />
            </div>
            <div class="field no-print">
                <label class="field-label" for="batch-file">{ T::FILE_LABEL }</label>
                if let Some(error) = file_error {
                    { field_error(&FieldErrorProps { id: "batch-file-error".into(), message: error.clone().into() }) }
                }
                <input id="batch-file" type="file" accept=".csv,.txt,text/csv,text/plain" onchange={props.onfile.clone()}
                    aria-invalid={file_error.is_some().then_some("true")}
                    aria-describedby={file_error.is_some().then_some("batch-file-error")} />
            </div>
            <p class="field-hint" data-testid="batch-kept">
                { if props.kept == Some(false) { T::BATCH_NOT_KEPT } else { T::BATCH_KEPT } }
            </p>
            // When the example has replaced the caseworker's text, the way back is right
            // beside the button, a button of the first kind.
            <div class="actions no-print">
                <button type="button" class="button button--secondary" onclick={props.onexample.clone()}>{ T::EXAMPLE_BUTTON }</button>
                if props.can_undo {
                    <p class="status" role="status" data-testid="example-replaced">
                        { T::EXAMPLE_REPLACED }{ " " }
                        <button type="button" class="button" onclick={props.onundo.clone()} data-testid="example-undo">{ T::UNDO }</button>
                    </p>
                }
            </div>
        </section>
    }
}
