//! "Indlejr beregneren": the iframe and host-script snippet for the current inputs.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::hooks::CopyLinkState;
use crate::texts::{Page as T, Texts};

/// What [`embed_snippet`] shows.
pub struct EmbedSnippetProps {
    /// The calculator's address without a query (`https://host/path/`).
    pub base_url: AttrValue,
    /// The current query (without `?`, without `embed`), reproduced in the iframe.
    pub query: AttrValue,
    /// The "Kopiér koden" button's state, from
    /// [`use_copy_link`](crate::components::hooks::use_copy_link).
    pub copy: CopyLinkState,
}

/// The HTML an information page pastes to embed the calculator with these inputs. The
/// frame may scroll (no `scrolling="no"`): when an editor's system strips the script,
/// the whole calculator can still be reached; the script turns scrolling off once it
/// sizes the frame.
pub fn embed_html(base_url: &str, query: &str) -> String {
    let dir = match base_url.rfind('/') {
        Some(i) => &base_url[..=i],
        None => base_url,
    };
    let query = if query.is_empty() {
        "embed=1".to_string()
    } else {
        format!("{query}&embed=1")
    };
    let src = format!("{dir}?{query}").replace('&', "&amp;");
    format!(
        "<iframe data-puljeberegner src=\"{src}\" title=\"{}\" width=\"100%\" height=\"1200\" frameborder=\"0\" allow=\"clipboard-write\"></iframe>\n<script src=\"{dir}embed.js\" defer></script>",
        T::EMBED_IFRAME_TITLE
    )
}

/// The embed section: what each part of the code does, the code in a read-only text
/// area, and a button that copies it (Clipboard API, else the code is selected).
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn embed_snippet(props: &EmbedSnippetProps) -> Html {
    let snippet = embed_html(&props.base_url, &props.query);
    let CopyLinkState {
        status,
        onstatus,
        field,
    } = props.copy.clone();
    let onclick = {
        let field = field.clone();
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            let (onstatus, field) = (onstatus.clone(), field.clone());
            crate::browser::copy_text(
                &snippet,
                Box::new(move |copied| {
                    if !copied {
                        if let Some(field) = field.cast::<HtmlTextAreaElement>() {
                            field.select();
                        }
                    }
                    onstatus.emit(if copied {
                        T::EMBED_COPIED
                    } else {
                        T::EMBED_COPY_FALLBACK
                    });
                }),
            );
        })
    };
    html! {
        <section class="panel embed-info" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ T::EMBED_HEADING }</h2>
            <p id="embed-hint">{ T::EMBED_LEAD }</p>
            <label class="field-label" for="embed-code">{ T::EMBED_CODE_LABEL }</label>
            <textarea id="embed-code" class="code" readonly=true rows="4" aria-describedby="embed-hint"
                data-testid="embed-code" value={snippet} ref={field} />
            <button type="button" class="button" {onclick} data-testid="copy-embed">{ T::EMBED_COPY }</button>
            <p class="status" role="status" data-testid="copy-embed-status">{ status.unwrap_or("") }</p>
        </section>
    }
}
