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
