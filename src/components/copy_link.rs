//! "Kopiér link": copies the link that reproduces the view, and says it did.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;

/// Props of [`CopyLink`].
#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The page language.
    pub lang: Lang,
    /// The full link to copy.
    pub link: AttrValue,
}

/// A read-only field with the link, and a button that copies it (Clipboard API, else the
/// text is selected for the user to copy).
#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let t = props.lang.site_texts();
    let status = use_state(|| None::<&'static str>);
    let input = use_node_ref();
    let onclick = {
        let status = status.clone();
        let input = input.clone();
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let input = input.clone();
            crate::browser::copy_text(&link, move |copied| {
                if copied {
                    status.set(Some(t.copied));
                } else {
                    if let Some(field) = input.cast::<HtmlInputElement>() {
                        field.select();
                    }
                    status.set(Some(t.copy_fallback));
                }
            });
        })
    };
    html! {
        <div class="copy-link no-print">
            <label class="field-label" for="share-link">{ t.link_label }</label>
            <div class="copy-row">
                <input id="share-link" class="field-input" type="text" readonly=true
                    value={props.link.clone()} ref={input} data-testid="share-link" />
                <button type="button" class="button" {onclick} data-testid="copy-link">{ t.copy_link }</button>
            </div>
            <p class="status" role="status" data-testid="copy-status">{ status.unwrap_or("") }</p>
        </div>
    }
}
