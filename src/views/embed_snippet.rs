//! "Indlejr beregneren": the iframe and host-script snippet for the current inputs.

use yew::prelude::*;

use crate::texts::{Page as T, Texts};

/// What [`embed_snippet`] shows.
pub struct EmbedSnippetProps {
    /// The calculator's address without a query (`https://host/path/`).
    pub base_url: AttrValue,
    /// The current query (without `?`), reproduced in the iframe.
    pub query: AttrValue,
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

/// The embed section with the snippet in a read-only text area, ready to copy.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn embed_snippet(props: &EmbedSnippetProps) -> Html {
    let snippet = embed_html(&props.base_url, &props.query);
    html! {
        <section class="panel embed-info" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ T::EMBED_HEADING }</h2>
            <p id="embed-hint">{ T::EMBED_LEAD }</p>
            <label class="field-label" for="embed-code">{ T::EMBED_CODE_LABEL }</label>
            <textarea id="embed-code" class="code" readonly=true rows="4" aria-describedby="embed-hint"
                data-testid="embed-code" value={snippet} />
        </section>
    }
}
