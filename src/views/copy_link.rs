//! "Kopiér link": the link that reproduces the view, and a button that copies it.

use yew::prelude::*;

use crate::texts::{Page as T, Texts};

/// What [`copy_link`] shows.
pub struct CopyLinkProps {
    /// The full link to copy.
    pub link: AttrValue,
}

/// A read-only field with the link, and a button that copies it. The copying is the
/// page's own script (`static/copy.js`, no wasm): the Clipboard API, else the text is
/// selected for the user to copy; it writes what happened into the status line, which
/// this view leaves empty.
pub fn copy_link(props: &CopyLinkProps) -> Html {
    html! {
        <div class="copy-link no-print">
            <label class="field-label" for="share-link">{ T::LINK_LABEL }</label>
            <div class="copy-row">
                <input id="share-link" class="field-input" type="text" readonly=true
                    value={props.link.clone()} data-testid="share-link" />
                <button type="button" class="button" data-copy="share-link" data-copied={T::COPIED}
                    data-fallback={T::COPY_FALLBACK} data-testid="copy-link">{ T::COPY_LINK }</button>
            </div>
            <p class="status" id="share-link-status" role="status" data-testid="copy-status"></p>
        </div>
    }
}
