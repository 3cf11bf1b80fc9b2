//! A field's error message: "Fejl:" for screen readers first (DKFDS), then the message.

use yew::prelude::*;

use crate::texts::{Page as T, Texts};

/// What [`field_error`] shows.
pub struct FieldErrorProps {
    /// The element's id, which the field's `aria-describedby` names.
    pub id: AttrValue,
    /// What is wrong and what to type instead.
    pub message: AttrValue,
}

/// "Fejl: " / "Error: ", visually hidden: what a screen reader says before an error message
/// (also before the batch page's message that the whole text is refused).
pub fn error_prefix() -> Html {
    html! { <span class="visually-hidden">{ T::ERROR_PREFIX }{ " " }</span> }
}

/// The message under the field, red; its "Fejl:" / "Error:" prefix is visually hidden.
pub fn field_error(props: &FieldErrorProps) -> Html {
    html! {
        <span class="field-error" id={props.id.clone()}>
            { error_prefix() }
            { props.message.clone() }
        </span>
    }
}
