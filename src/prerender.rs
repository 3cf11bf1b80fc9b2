//! The build step that pre-renders the calculator's default view into `index.html`
//! (`src/bin/prerender.rs` renders; this puts the markup in its place). No web imports.

/// The element in `index.html` the app is mounted in, empty as Trunk writes it.
pub const APP_ROOT: &str = r#"<div id="app"></div>"#;

/// `page` with `markup` inside its app root, marked `data-prerendered` until the app
/// replaces it. Fails when the page has no empty app root, or more than one.
pub fn inject(page: &str, markup: &str) -> Result<String, String> {
    match page.matches(APP_ROOT).count() {
        1 => Ok(page.replacen(
            APP_ROOT,
            &format!(r#"<div id="app" data-prerendered="">{markup}</div>"#),
            1,
        )),
        0 => Err(format!(
            "no empty {APP_ROOT} in the page (pre-rendered already?)"
        )),
        n => Err(format!("{n} × {APP_ROOT} in the page, expected one")),
    }
}

/// The English page's head and no-script message, which `index.html` has in Danish; used
/// only by the build step (never in the wasm).
pub const EN_HEAD: PageHead = PageHead {
    lang: "en",
    title: "Grant calculator – the pool for spreading companies' social responsibility (STAR)",
    description: "Work out the unit price and the payout for STAR's pool for spreading companies' social responsibility, and compare with round one.",
    noscript: "The grant calculator needs JavaScript and WebAssembly. Turn JavaScript on in your browser.",
};

/// The English batch page's head (`batch.html` has the Danish one).
pub const EN_BATCH_HEAD: PageHead = PageHead {
    lang: "en",
    title: "Check many applications – Grant calculator",
    description: "Check many applications to STAR's pool for spreading companies' social responsibility at once: unit price, threshold and comparison with round one.",
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
