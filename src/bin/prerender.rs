//! Build step (`make build`): renders the calculator's default view, Danish and empty, with
//! Yew's server renderer and writes it into the built `index.html`, so a reader on a slow
//! line sees the calculator before the wasm has arrived. The app replaces it on start,
//! keeping anything typed into it meanwhile.

use std::process::ExitCode;

use puljeberegner::prerender::inject;
use puljeberegner::{App, AppProps};

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/index.html".into());
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let markup = tokio::task::LocalSet::new().block_on(
        &runtime,
        yew::LocalServerRenderer::<App>::with_props(AppProps::default())
            .hydratable(false)
            .render(),
    );
    match inject(&page, &markup)
        .and_then(|out| std::fs::write(&path, out).map_err(|e| format!("cannot write {path}: {e}")))
    {
        Ok(()) => {
            println!("prerender: {} bytes of markup into {path}", markup.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
