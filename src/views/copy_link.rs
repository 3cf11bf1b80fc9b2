//! "Kopiér link": copies the link that reproduces the view, and says it did.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::hooks::CopyLinkState;
use crate::texts::{Page as T, Texts};

/// What [`copy_link`] shows.
pub struct CopyLinkProps {
    /// The full link to copy.
    pub link: AttrValue,
    /// Its state, from [`use_copy_link`](crate::components::hooks::use_copy_link).
    pub state: CopyLinkState,
}

/// A read-only field with the link, and a button that copies it (Clipboard API, else the
/// text is selected for the user to copy).
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let CopyLinkState {
        status,
        onstatus,
        field,
    } = props.state.clone();
    let onclick = {
        let field = field.clone();
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let onstatus = onstatus.clone();
            let field = field.clone();
            crate::browser::copy_text(
                &link,
                Box::new(move |copied| {
                    if copied {
                        onstatus.emit(T::COPIED);
                    } else {
                        if let Some(field) = field.cast::<HtmlInputElement>() {
                            field.select();
                        }
                        onstatus.emit(T::COPY_FALLBACK);
                    }
                }),
            );
        })
    };
    html! {
        <div class="copy-link no-print">
            <label class="field-label" for="share-link">{ T::LINK_LABEL }</label>
            <div class="copy-row">
                <input id="share-link" class="field-input" type="text" readonly=true
                    value={props.link.clone()} ref={field} data-testid="share-link" />
                <button type="button" class="button" {onclick} data-testid="copy-link">{ T::COPY_LINK }</button>
            </div>
            <p class="status" role="status" data-testid="copy-status">{ status.unwrap_or("") }</p>
        </div>
    }
}
