//! The build step that pre-renders the calculator's default view into `index.html`
//! (`src/bin/prerender.rs` renders; this puts the markup in its place). No web imports.

/// Where `index.html` keeps the pre-rendered view: the app's root, empty as Trunk writes
/// it. The view is written into it as the page's own content (marked `data-prerendered`):
/// shown without JavaScript, filled in by the figures module (crates/figures) for a link's
/// values and what the reader types, and replaced by the app when it starts, which keeps
/// what was typed.
pub const PRERENDER_SLOT: &str = r#"<div id="app"></div>"#;

/// `page` with `markup` in its app root, marked pre-rendered. Fails when the page has no
/// empty app root, or more than one.
pub fn inject(page: &str, markup: &str) -> Result<String, String> {
    fill_slot(
        page,
        PRERENDER_SLOT,
        &format!(r#"<div id="app" data-prerendered="">{markup}</div>"#),
    )
}

/// Where `index.html` keeps the page's reference part (the rule and the assumptions, the
/// facts, lessons, caveats, round two and the sources: [`crate::views::reference`]): a
/// slot the build replaces with [`reference_link`]. The part itself is a file of its own
/// beside the page, [`REFERENCE_FILE`] ([`reference_page`]): not on the way to the first
/// figure (about 5 kB gzip the critical path no longer carries), and no text hidden in
/// the page. The page's guard script fetches it once the app has started (Trunk's
/// `TrunkApplicationStarted`), or 2 s after the page's load without an app, and puts its
/// part where the link was; without JavaScript the link leads to it.
pub const REFERENCE_SLOT: &str = r#"<div id="reference-src"></div>"#;

/// The reference part's file, beside each calculator page.
pub const REFERENCE_FILE: &str = "reference.html";

/// What stands in the reference part's place until the page's guard script has put the
/// part there: a link to it, named as the part is (`label`).
pub fn reference_link(label: &str) -> String {
    format!(
        r#"<p class="container no-print" id="reference-src"><a href="{REFERENCE_FILE}">{}</a></p>"#,
        escape_text(label)
    )
}

/// The reference part's own page ([`REFERENCE_FILE`]): a whole document in the page's
/// language `lang`, titled `title`, whose `#reference` element (`part`) the guard script
/// takes; read as it is without JavaScript, with its own few rules
/// ([`REFERENCE_STYLE_FILE`]: the page's guard script takes the part only, which the
/// calculator's own style sheet styles there; a file, not a `<style>`, which the page's
/// policy would refuse while the script parses the document).
pub fn reference_page(lang: &str, title: &str, part: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>{}</title><link rel="stylesheet" href="{REFERENCE_STYLE_FILE}"></head><body>{part}</body></html>"#,
        escape_text(title)
    )
}

/// The reference page's style sheet, beside it: [`REFERENCE_PAGE_STYLE`].
pub const REFERENCE_STYLE_FILE: &str = "reference.css";

/// The reference page's own few rules, read without JavaScript: a readable column, and
/// round one's caveats under their section's heading only (the heading they carry is for
/// under the round-one table, as in `styles/main.css`).
pub const REFERENCE_PAGE_STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:0 auto;padding:1rem}.caveats>.caveats-near>p:first-child{display:none}";

/// `text` safe as HTML text and attribute value.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where both pages keep the site header and footer ([`crate::views::site_frame`]), each
/// replaced by the element it stands for.
pub const HEADER_SLOT: &str = r#"<div id="site-header"></div>"#;
/// See [`HEADER_SLOT`].
pub const FOOTER_SLOT: &str = r#"<div id="site-footer"></div>"#;

/// Where `index.html` keeps the embed section
/// ([`crate::views::embed_snippet::embed_section`]), replaced by it.
pub const EMBED_SLOT: &str = r#"<div id="embed"></div>"#;

/// `page` with its one empty `slot` replaced by `markup`. Fails when the page has no such
/// slot, or more than one.
pub fn fill_slot(page: &str, slot: &str, markup: &str) -> Result<String, String> {
    match page.matches(slot).count() {
        1 => Ok(page.replacen(slot, markup, 1)),
        0 => Err(format!("no empty {slot} in the page")),
        n => Err(format!("{n} × {slot} in the page, expected one")),
    }
}

/// The English page's head and no-script message, which `index.html` has in Danish; used
/// only by the build step (never in the wasm).
pub const EN_HEAD: PageHead = PageHead {
    lang: "en",
    title: "Grant calculator – the pool for promoting corporate social responsibility (STAR)",
    description: "Work out the unit price and the payout for STAR's pool for promoting corporate social responsibility, and compare with round one.",
    noscript: "The grant calculator needs JavaScript and WebAssembly. Turn JavaScript on in your browser.",
};

/// The English batch page's head (`batch.html` has the Danish one).
pub const EN_BATCH_HEAD: PageHead = PageHead {
    lang: "en",
    title: "Check many applications – Grant calculator",
    description: "Check many applications to STAR's pool for promoting corporate social responsibility at once: unit price, threshold and comparison with round one.",
    noscript: EN_HEAD.noscript,
};

/// What a page says about itself before its app runs.
pub struct PageHead {
    /// The `<html lang>`.
    pub lang: &'static str,
    /// The `<title>`.
    pub title: &'static str,
    /// The `<meta name="description">`.
    pub description: &'static str,
    /// The text of the `<noscript>` message.
    pub noscript: &'static str,
}

/// `page` (Trunk's output of `index.html`, in Danish) with `head`'s language, title,
/// description and no-script message. Fails when one of them is not where it should be.
pub fn localize(page: &str, head: &PageHead) -> Result<String, String> {
    let mut out = page.to_string();
    let mut replace_between = |start: &str, end: &str, with: &str| -> Result<(), String> {
        let from = out.find(start).ok_or(format!("no {start} in the page"))? + start.len();
        let to = from
            + out[from..]
                .find(end)
                .ok_or(format!("no {end} after {start}"))?;
        out.replace_range(from..to, with);
        Ok(())
    };
    replace_between("<html lang=\"", "\"", head.lang)?;
    replace_between("<title>", "</title>", head.title)?;
    replace_between(
        "<meta name=\"description\" content=\"",
        "\"",
        head.description,
    )?;
    replace_between(
        "<noscript><p class=\"container warning\">",
        "</p>",
        head.noscript,
    )?;
    Ok(out)
}
