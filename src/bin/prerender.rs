//! Build step (`make build`): renders the calculator's default view, empty, with Yew's
//! server renderer and writes it into a built `index.html` (`dist/index.html`, Danish; with
//! `en`, `dist/en/index.html`, whose head it also puts in English), so a reader on a slow
//! line sees the calculator (its form and key figures, the app's first drawing) and can
//! fill it in before the wasm has arrived. It goes into the page's
//! `<noscript id="prerendered">`, which the page's guard script moves into the app root
//! (for a link without a query); the app replaces it on start, keeping anything typed
//! into it meanwhile. With `en batch` it only puts the English batch page's head in
//! English (`dist/en/batch/index.html`; the batch page is not pre-rendered).
//! The pages' heads are right from the first byte; the apps do not change them.

use std::process::ExitCode;

use puljeberegner::prerender::{inject, inject_reference, localize, EN_BATCH_HEAD, EN_HEAD};
use puljeberegner::views::reference::Reference;
use puljeberegner::{App, AppProps};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "dist/index.html".into());
    let english = args.next().as_deref() == Some("en");
    let batch = args.next().as_deref() == Some("batch");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|page| match (english, batch) {
            (true, true) => localize(&page, &EN_BATCH_HEAD),
            (true, false) => localize(&page, &EN_HEAD),
            (false, _) => Ok(page),
        })
        .and_then(|page| {
            if batch {
                Ok(page)
            } else {
                inject(&page, &render(english))
                    .and_then(|page| inject_reference(&page, &render_reference()))
            }
        })
        .and_then(|out| {
            std::fs::write(&path, out).map_err(|e| format!("cannot write {path}: {e}"))
        });
    match result {
        Ok(()) => {
            println!("prerender: {path}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The page's reference part, as the server renderer writes it (the page's language is
/// this build's: feature `lang-en`).
fn render_reference() -> String {
    server_render(yew::LocalServerRenderer::<Reference>::new())
}

/// The calculator with no inputs, as the server renderer writes it.
fn render(english: bool) -> String {
    server_render(yew::LocalServerRenderer::<App>::with_props(AppProps {
        query: if english { "lang=en" } else { "" }.into(),
        // The app's first drawing (the form and the key figures): the rest of the page
        // needs the wasm to be of use, and would only lengthen the page it arrives on.
        results_first: true,
        ..AppProps::default()
    }))
}

/// A component's markup, without hydration marks, rendered on a one-thread runtime.
fn server_render<C: yew::BaseComponent>(renderer: yew::LocalServerRenderer<C>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    tokio::task::LocalSet::new().block_on(&runtime, renderer.hydratable(false).render())
}
