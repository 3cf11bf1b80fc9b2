//! "Indlejr beregneren": the iframe and host-script code for the current inputs.

use yew::prelude::*;

use crate::ids::Id;
use crate::texts::{Page as T, Texts};

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

/// The embed section: what each part of the code does, a read-only text area for the
/// code and a button that copies it. Its words never change, so the build step writes it
/// into the calculator's page (`#embed`), hidden: the app fills in the code for the
/// current inputs, which needs the page's own address, and shows it
/// ([`crate::page_parts::show_embed_code`]). The copying is the page's script
/// (`static/copy.js`), as for the share link.
pub fn embed_section() -> Html {
    html! {
        <div id={Id::Embed.text()} class="container no-print" hidden=true>
            <section class="panel embed-info" aria-labelledby="embed-heading">
                <h2 id={Id::EmbedHeading.text()}>{ T::EMBED_HEADING }</h2>
                <p id="embed-hint">{ T::EMBED_LEAD }</p>
                <label class="field-label" for={Id::EmbedCode.text()}>{ T::EMBED_CODE_LABEL }</label>
                <textarea id={Id::EmbedCode.text()} class="code" readonly=true rows="4" aria-describedby="embed-hint"
                    data-testid="embed-code" />
                <button type="button" class="button" data-copy={Id::EmbedCode.text()} data-copied={T::EMBED_COPIED}
                    data-fallback={T::EMBED_COPY_FALLBACK} data-testid="copy-embed">{ T::EMBED_COPY }</button>
                <p class="status" id="embed-code-status" role="status" data-testid="copy-embed-status"></p>
            </section>
        </div>
    }
}

/// [`embed_section`] as a component, for the server renderer.
#[function_component]
pub fn EmbedSection() -> Html {
    embed_section()
}
