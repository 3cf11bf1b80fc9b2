//! `cargo xtask <step>`: the build program's command line.
//!
//! - `figures <page folder> <da|en>`: builds the figures module into a built calculator
//!   page's folder and puts it on the page's critical path (the pinned wasm nightly from
//!   `WASM_TOOLCHAIN`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["figures", dir, lang @ ("da" | "en")] => figures(Path::new(dir), lang),
        _ => Err("usage: cargo xtask figures <page folder> <da|en>".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The figures module into the page in `dir`.
fn figures(dir: &Path, lang: &str) -> Result<(), String> {
    let toolchain = std::env::var("WASM_TOOLCHAIN").map_err(|_| "WASM_TOOLCHAIN is not set")?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| "target".into(), std::path::PathBuf::from);
    let script = std::fs::read_to_string("static/figures.js")
        .map_err(|e| format!("cannot read static/figures.js: {e}"))?;
    let built = xtask::figures::build(
        dir,
        lang,
        &script,
        &toolchain,
        &target.join("xtask"),
        &target,
    )?;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let page = xtask::figures::inject(&page, &built)?;
    std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!(
        "figures: {} and {} in {}",
        built.module,
        built.wasm,
        dir.display()
    );
    Ok(())
}
