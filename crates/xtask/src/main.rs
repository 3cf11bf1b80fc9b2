//! `cargo xtask <step>`: the build program's command line. It runs in the workspace's
//! root, with `.tools/node_modules/.bin` (wasm-opt) first on its tools' PATH.
//!
//! - `dist`: every page of the site built, finished and checked (`make build`).
//! - `pins`: tools.toml checked against the other files and the installed tools.
//! - `figures <page folder> <da|en>`: the figures module into a built calculator page.
//! - `check <page folder>…`: the checks of `dist` again, on built pages.
//! - `baseline <out folder>`: the bare Yew page of `make bench`, built as the pages are.

use std::path::Path;
use std::process::ExitCode;

use xtask::dist;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = std::env::set_current_dir(dist::root())
        .map_err(|e| format!("cannot enter the workspace's root: {e}"))
        .and_then(|()| {
            let tools = std::path::absolute(".tools/node_modules/.bin").map_err(|e| e.to_string())?;
            let path = std::env::var_os("PATH").unwrap_or_default();
            let paths = std::iter::once(tools).chain(std::env::split_paths(&path));
            let path = std::env::join_paths(paths).map_err(|e| e.to_string())?;
            std::env::set_var("PATH", path);
            match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                ["dist"] => dist::dist(),
                ["pins"] => dist::pins().map(|p| println!("{p:?}")),
                ["figures", dir, lang @ ("da" | "en")] => {
                    dist::pins().and_then(|pins| dist::figures_page(Path::new(dir), lang, &pins))
                }
                ["baseline", out] => dist::baseline(Path::new(out)),
                ["check", ref dirs @ ..] if !dirs.is_empty() => {
                    dirs.iter().try_for_each(|d| dist::check_page(Path::new(d)))
                }
                _ => Err("usage: cargo xtask dist | pins | check <page folder>… | figures <page folder> <da|en> | baseline <out folder>".to_string()),
            }
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
