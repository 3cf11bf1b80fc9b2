//! Build step (`make build`): renders the calculator's default view, empty, with Yew's
//! server renderer and writes it into a built `index.html` (`dist/index.html`, Danish; with
//! `en`, `dist/en/index.html`, whose head it also puts in English), so a reader on a slow
//! line sees the calculator before the wasm has arrived. The app replaces it on start,
//! keeping anything typed into it meanwhile.

use std::process::ExitCode;

use puljeberegner::prerender::{inject, localize, EN_HEAD};
use puljeberegner::{App, AppProps};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "dist/index.html".into());
    let english = args.next().as_deref() == Some("en");
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|page| {
            if english {
                localize(&page, &EN_HEAD)
            } else {
                Ok(page)
            }
        })
        .and_then(|page| inject(&page, &render(english)))
        .and_then(|out| {
            std::fs::write(&path, out).map_err(|e| format!("cannot write {path}: {e}"))
        });
    match result {
        Ok(()) => {
            println!("prerender: the default view into {path}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The calculator with no inputs, as the server renderer writes it.
fn render(english: bool) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    tokio::task::LocalSet::new().block_on(
        &runtime,
        yew::LocalServerRenderer::<App>::with_props(AppProps {
            query: if english { "lang=en" } else { "" }.into(),
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    )
}
