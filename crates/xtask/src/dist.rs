//! `cargo xtask dist`: every page of the site built, finished and checked, in order:
//! the four Trunk builds, the pre-render of each page, the figures module on the two
//! calculator pages, then on each page short names between its wasm and glue (the glue
//! minified), its comments out and style sheet minified, its inline scripts and style
//! hashed into its policy; last the checks of what was written.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::html::elements;
use crate::page::integrity;
use crate::pins::Pins;
use crate::run::{output, run, target_dir, wasm_env};
use crate::{check, csp, figures, minify, slim};

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Its folder, which Trunk writes (and empties first: a folder before its subfolders).
    pub dir: &'static str,
    /// Trunk's source page.
    pub source: &'static str,
    /// `da` or `en` (feature `lang-da` or `lang-en`: a page's wasm carries one language).
    pub lang: &'static str,
    /// The batch check, not the calculator.
    pub batch: bool,
}

/// The four pages, each with its own wasm: the calculator (index.html) and the batch check
/// (batch.html), each in Danish and English. The calculator's get the figures module.
pub const PAGES: [Page; 4] = [
    Page {
        dir: "dist",
        source: "index.html",
        lang: "da",
        batch: false,
    },
    Page {
        dir: "dist/en",
        source: "index.html",
        lang: "en",
        batch: false,
    },
    Page {
        dir: "dist/batch",
        source: "batch.html",
        lang: "da",
        batch: true,
    },
    Page {
        dir: "dist/en/batch",
        source: "batch.html",
        lang: "en",
        batch: true,
    },
];

/// The workspace's root (where Cargo.toml, tools.toml and the pages' sources are).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// tools.toml, checked against every other file that names a version and against the
/// installed tools (run in the workspace's root).
pub fn pins() -> Result<Pins, String> {
    let pins = Pins::parse(&read(Path::new("tools.toml"))?)?;
    for file in ["Cargo.toml", "benches/baseline/Cargo.toml"] {
        pins.check_cargo_toml(file, &read(Path::new(file))?)?;
    }
    for file in ["Trunk.toml", "benches/baseline/Trunk.toml"] {
        pins.check_trunk_toml(file, &read(Path::new(file))?)?;
    }
    pins.check_installed(
        &output(Command::new("trunk").arg("--version"))?,
        &output(Command::new("wasm-bindgen").arg("--version"))?,
        &output(Command::new("wasm-opt").arg("--version"))?,
    )?;
    output(
        Command::new("rustc")
            .arg(format!("+{}", pins.wasm_toolchain))
            .arg("--version"),
    )
    .map_err(|e| {
        format!(
            "the wasm toolchain {} is not installed (make setup): {e}",
            pins.wasm_toolchain
        )
    })?;
    Ok(pins)
}

/// Trunk's release build of `source` into `dist` (absolute or from `dir`), by the wasm
/// nightly, run in `dir`.
pub fn trunk(
    dir: &Path,
    source: &str,
    features: Option<&str>,
    dist: &Path,
    pins: &Pins,
) -> Result<(), String> {
    let mut trunk = Command::new("trunk");
    trunk
        .current_dir(dir)
        .args(["build", source, "--release", "--offline"]);
    if let Some(features) = features {
        trunk.args(["--features", features]);
    }
    trunk.arg("--dist").arg(dist);
    wasm_env(&mut trunk, &pins.wasm_toolchain);
    run(&mut trunk)
}

/// The pre-render of `page` (src/bin/prerender.rs, native, on stable).
pub fn prerender(page: &Page) -> Result<(), String> {
    let features = match page.lang {
        "en" => "prerender,lang-en",
        _ => "prerender",
    };
    let mut cargo = Command::new("cargo");
    cargo
        .args([
            "run",
            "--quiet",
            "--offline",
            "--features",
            features,
            "--bin",
            "prerender",
            "--",
        ])
        .arg(format!("{}/index.html", page.dir))
        .arg(page.lang);
    if page.batch {
        cargo.arg("batch");
    }
    run(&mut cargo)
}

/// The figures module into the calculator page in `dir` (`cargo xtask figures`).
pub fn figures_page(dir: &Path, lang: &str, pins: &Pins) -> Result<(), String> {
    let target = target_dir();
    let script = read(Path::new("static/figures.js"))?;
    let work = target.join("xtask");
    let built = figures::build(dir, lang, &script, &pins.wasm_toolchain, &work, &target)?;
    let index = dir.join("index.html");
    write(&index, figures::inject(&read(&index)?, &built)?)?;
    println!(
        "figures: {} and {} in {}",
        built.module,
        built.wasm,
        dir.display()
    );
    Ok(())
}

/// `html` with the `integrity` of each element whose URL names `file` set to `value`;
/// and how many there were.
pub fn set_integrity(html: &str, file: &str, value: &str) -> Result<(String, usize), String> {
    let mut out = html.to_string();
    let mut count = 0;
    for name in ["link", "script"] {
        // From the end, so earlier ranges stay right.
        for element in elements(html, name)?.into_iter().rev() {
            let url = element
                .attr("href")
                .or(element.attr("src"))
                .unwrap_or_default();
            let names_file = url.rsplit('/').next() == Some(file);
            let Some(old) = element.attr("integrity").filter(|_| names_file) else {
                continue;
            };
            let tag = element.tag.replacen(
                &format!("integrity=\"{old}\""),
                &format!("integrity=\"{value}\""),
                1,
            );
            out.replace_range(
                element.range.start..element.range.start + element.tag.len(),
                &tag,
            );
            count += 1;
        }
    }
    Ok((out, count))
}

/// Trunk's wasm and glue in a page's folder: the one `<name>_bg.wasm` that is not the
/// figures module's, and `<name>.js`.
pub fn trunk_files(dir: &Path) -> Result<(PathBuf, PathBuf), String> {
    let mut wasms = Vec::new();
    for entry in
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?
    {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with("_bg.wasm") && !name.starts_with("figures-") {
            wasms.push(name);
        }
    }
    match &wasms[..] {
        [wasm] => {
            let glue = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
            Ok((dir.join(wasm), dir.join(glue)))
        }
        _ => Err(format!(
            "{} has {} wasm files of Trunk's, not one",
            dir.display(),
            wasms.len()
        )),
    }
}

/// Short names between the page's wasm and glue, the glue minified, and the page's
/// integrity attributes for both (in the page in `dir`).
pub fn slim_page(dir: &Path) -> Result<(), String> {
    let (wasm_path, glue_path) = trunk_files(dir)?;
    let before = std::fs::metadata(&wasm_path).map(|m| m.len()).unwrap_or(0);
    let (glue, names) = slim::slim(&wasm_path, &read(&glue_path)?, slim::KEEP_EXPORTS)?;
    let glue = figures::minify_module(glue.as_bytes())?;
    write(&glue_path, &glue)?;
    let wasm = std::fs::read(&wasm_path).map_err(|e| e.to_string())?;
    let index = dir.join("index.html");
    let mut html = read(&index)?;
    for (path, bytes) in [(&wasm_path, &wasm), (&glue_path, &glue)] {
        let file = path.file_name().unwrap_or_default().to_string_lossy();
        let (next, n) = set_integrity(&html, &file, &integrity(bytes))?;
        if n > 1 {
            return Err(format!(
                "{n} integrity attributes for {file} in {}",
                index.display()
            ));
        }
        html = next;
    }
    write(&index, html)?;
    println!(
        "slim: {names} names; wasm {before} → {} bytes, glue {} bytes, in {}",
        wasm.len(),
        glue.len(),
        dir.display()
    );
    Ok(())
}

/// The page's steps after the build: slim, minify, policy.
pub fn finish_page(dir: &Path) -> Result<(), String> {
    slim_page(dir)?;
    let index = dir.join("index.html");
    let html = minify::minify_page(&read(&index)?)?;
    write(&index, csp::hash_inline(&html)?)
}

/// Every check of the page in `dir`.
pub fn check_page(dir: &Path) -> Result<(), String> {
    check::csp_matches(&read(&dir.join("index.html"))?)
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    check_files(dir, "the policy, ")
}

/// The checks of the page's files in `dir`: its integrity values, each wasm's imports in
/// its glue (`done` names the checks made before, for the report).
pub fn check_files(dir: &Path, done: &str) -> Result<(), String> {
    let in_page = |e: String| format!("{}: {e}", dir.display());
    let html = read(&dir.join("index.html"))?;
    let integrities = check::integrity_matches(&html, dir).map_err(in_page)?;
    let mut imports = 0;
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm") {
            let wasm = std::fs::read(&path).map_err(|e| e.to_string())?;
            let glue = read(&dir.join(format!("{stem}.js")))?;
            imports += check::imports_provided(&wasm, &glue)
                .map_err(|e| in_page(format!("{name}: {e}")))?;
        }
    }
    println!(
        "checked {}: {done}{integrities} integrity values, {imports} imports",
        dir.display()
    );
    Ok(())
}

/// `cargo xtask dist`.
pub fn dist() -> Result<(), String> {
    let start = Instant::now();
    let pins = pins()?;
    for page in &PAGES {
        let features = format!("lang-{}", page.lang);
        trunk(
            Path::new("."),
            page.source,
            Some(&features),
            Path::new(page.dir),
            &pins,
        )?;
    }
    // Grouped by language: each group one native build.
    for lang in ["da", "en"] {
        for page in PAGES.iter().filter(|p| p.lang == lang) {
            prerender(page)?;
        }
    }
    for page in PAGES.iter().filter(|p| !p.batch) {
        figures_page(Path::new(page.dir), page.lang, &pins)?;
    }
    for page in &PAGES {
        finish_page(Path::new(page.dir))?;
    }
    for page in &PAGES {
        check_page(Path::new(page.dir))?;
    }
    println!("dist: built and checked in {} s", start.elapsed().as_secs());
    Ok(())
}

/// `cargo xtask baseline <out>`: the bare Yew page of `make bench` (benches/baseline),
/// built as the pages are (the wasm nightly, short names, the glue minified), into `out`.
pub fn baseline(out: &Path) -> Result<(), String> {
    let pins = pins()?;
    let out = std::path::absolute(out).map_err(|e| e.to_string())?;
    let target = std::path::absolute(target_dir().join("bench/baseline-target"))
        .map_err(|e| e.to_string())?;
    let mut trunk = Command::new("trunk");
    trunk
        .current_dir("benches/baseline")
        .args(["build", "index.html", "--release", "--offline", "--dist"])
        .arg(&out)
        .env("CARGO_TARGET_DIR", target);
    wasm_env(&mut trunk, &pins.wasm_toolchain);
    run(&mut trunk)?;
    slim_page(&out)?;
    check_files(&out, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_the_integrity_of_one_files_elements() {
        let html = r#"<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-old"><link rel="preload" href="./app-1_bg.wasm" integrity="sha384-w" as="fetch"><link rel="modulepreload" href="./figures-2.js" integrity="sha384-f">"#;
        let (out, n) = set_integrity(html, "app-1.js", "sha384-new").unwrap();
        assert_eq!(n, 1);
        assert_eq!(out, html.replace("sha384-old", "sha384-new"));
        let (out, n) = set_integrity(&out, "app-1_bg.wasm", "sha384-w2").unwrap();
        assert_eq!(n, 1);
        assert!(out.contains(r#"href="./app-1_bg.wasm" integrity="sha384-w2""#));
        assert!(out.contains("sha384-f"));
        assert_eq!(set_integrity(html, "other.js", "x").unwrap().1, 0);
    }

    #[test]
    fn finds_trunks_files_beside_the_figures_module() {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for f in [
            "app-1_bg.wasm",
            "app-1.js",
            "figures-2_bg.wasm",
            "figures-2.js",
        ] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        assert_eq!(
            trunk_files(&dir).unwrap(),
            (dir.join("app-1_bg.wasm"), dir.join("app-1.js"))
        );
        std::fs::write(dir.join("other-3_bg.wasm"), "").unwrap();
        assert!(trunk_files(&dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_finished_page_passes_the_policy_check() {
        let page = r#"<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" />
    <style>
.a { color: red; }
</style>
    <style>.b::before { content: "▶ "; }</style>
    <!-- a comment -->
    <script>fail()</script>
<script type="module">import init from './app-1.js'; init();</script></head><body><script>{ guard() }</script></body></html>"#;
        let done = csp::hash_inline(&minify::minify_page(page).unwrap()).unwrap();
        check::csp_matches(&done).unwrap();
        assert!(
            done.contains("<style>.a{color:red}.b:before{content:\"▶ \"}</style>\n    <script>fail()</script>"),
            "{done}"
        );
        // A script changed after the policy was written fails the check.
        assert!(check::csp_matches(&done.replace("guard()", "other()")).is_err());
    }

    #[test]
    fn the_pages_come_before_their_subfolders() {
        for (i, page) in PAGES.iter().enumerate() {
            assert!(PAGES[i + 1..]
                .iter()
                .all(|later| !page.dir.starts_with(later.dir)));
        }
    }
}
