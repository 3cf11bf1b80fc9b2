//! Build step (`make build`): writes into a built page what never needs the wasm, with
//! Yew's server renderer: `prerender <page> [da|en] [batch]`.
//! - Every page: the site header and footer ([`FramePart`]), with its links as for a page
//!   with no inputs (the app keeps them in step), and for English the page's head.
//! - The calculator's pages also get the reference part (a file of its own beside the
//!   page, `reference.html`, and a link to it where the part goes), the embed section, and the
//!   calculator's default view, empty, so a reader on a slow line sees the calculator
//!   (its form and key figures, the app's first drawing) and can fill it in before the
//!   wasm has arrived. It goes into the page's app root, where the figures module writes
//!   a link's values and the first figures into it; the app replaces it on start, keeping
//!   anything typed into it meanwhile.
//! The pages' heads are right from the first byte; the apps do not change them.

use std::process::ExitCode;

use puljeberegner::ids::Id;
use puljeberegner::pages::View;
use puljeberegner::prerender::{
    fill_slot, inject, localize, reference_link, reference_page, EMBED_SLOT, EN_BATCH_HEAD,
    EN_HEAD, FOOTER_SLOT, HEADER_SLOT, REFERENCE_FILE, REFERENCE_PAGE_STYLE, REFERENCE_SLOT,
    REFERENCE_STYLE_FILE,
};
use puljeberegner::texts::reference::ReferenceTexts;
use puljeberegner::texts::{Page as T, Texts};
use puljeberegner::views::embed_snippet::EmbedSection;
use puljeberegner::views::reference::Reference;
use puljeberegner::views::site_frame::{FramePart, FramePartProps};
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
            let current = if batch { View::Batch } else { View::Calculator };
            let header = render_frame(current, false);
            let footer = render_frame(current, true);
            fill_slot(&page, HEADER_SLOT, &header)
                .and_then(|page| fill_slot(&page, FOOTER_SLOT, &footer))
        })
        .and_then(|page| {
            if batch {
                Ok(page)
            } else {
                let reference = format!(
                    r#"<div id="{}">{}</div>"#,
                    Id::Reference.text(),
                    render_reference()
                );
                let file = std::path::Path::new(&path).with_file_name(REFERENCE_FILE);
                let title = format!("{} – {}", T::REFERENCE_LABEL, T::TITLE);
                let lang = if english { "en" } else { "da" };
                std::fs::write(&file, reference_page(lang, &title, &reference))
                    .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
                let style = file.with_file_name(REFERENCE_STYLE_FILE);
                std::fs::write(&style, REFERENCE_PAGE_STYLE)
                    .map_err(|e| format!("cannot write {}: {e}", style.display()))?;
                let embed = server_render(yew::LocalServerRenderer::<EmbedSection>::new());
                inject(&page, &render(english))
                    .and_then(|page| {
                        fill_slot(&page, REFERENCE_SLOT, &reference_link(T::REFERENCE_LABEL))
                    })
                    .and_then(|page| fill_slot(&page, EMBED_SLOT, &embed))
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

/// The site header (or footer) of the page showing `current`.
fn render_frame(current: View, footer: bool) -> String {
    server_render(yew::LocalServerRenderer::<FramePart>::with_props(
        FramePartProps { current, footer },
    ))
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
