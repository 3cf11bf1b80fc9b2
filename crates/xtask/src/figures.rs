//! The figures module (crates/figures) built for one calculator page and put on its
//! critical path: the wasm by the pinned nightly, its glue by wasm-bindgen (`--target
//! web`) with the page script `static/figures.js` after it in one module made small by
//! terser, the wasm made small by wasm-opt, both named after their content, and the page
//! told to fetch them first, right after its policy (`fetchpriority="high"`).

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::page::{insert_after_csp, integrity};
use crate::run::{run, wasm_env};
use crate::slim::slim;

/// What the page script (`static/figures.js`) imports from the glue, as its first line
/// must say it; the build puts the script after the glue in one module instead.
pub const SCRIPT_IMPORT: &str =
    "import init, { start, input, pause, check_after_ms } from './figures.js';";
/// The functions the page script calls, each exported by the glue (`export function …(`).
pub const GLUE_FUNCTIONS: [&str; 4] = ["start", "input", "pause", "check_after_ms"];
/// How the glue names its default export, the `init` of the script's import.
pub const GLUE_INIT: &str = "__wbg_init as default";
/// The wasm's name in the page script, replaced by its content name.
pub const SCRIPT_WASM: &str = "./figures_bg.wasm";

/// The two files of a built figures module, as written into the page's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The module's file name (`figures-<hash>.js`): the glue and the page script.
    pub module: String,
    /// The wasm's file name (`figures-<hash>_bg.wasm`).
    pub wasm: String,
    /// The module's bytes, for its integrity value.
    pub module_bytes: Vec<u8>,
}

/// The glue and the page script as one module (unminified): the script's import of the
/// glue becomes a name for the glue's `init`, and its wasm's name `wasm`. Fails when the
/// script does not start with [`SCRIPT_IMPORT`] or names the wasm other than once, or the
/// glue does not export what the script imports (a wasm-bindgen update would say so here).
pub fn module_source(glue: &str, script: &str, wasm: &str) -> Result<String, String> {
    let body = script
        .lines()
        .skip_while(|line| line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let body = body
        .strip_prefix(SCRIPT_IMPORT)
        .ok_or(format!("static/figures.js must start with {SCRIPT_IMPORT}"))?;
    if body.matches(SCRIPT_WASM).count() != 1 {
        return Err(format!("static/figures.js must name {SCRIPT_WASM} once"));
    }
    if !glue.contains(GLUE_INIT) {
        return Err(format!("the glue does not export {GLUE_INIT}"));
    }
    for name in GLUE_FUNCTIONS {
        if !glue.contains(&format!("export function {name}(")) {
            return Err(format!("the glue does not export the function {name}"));
        }
    }
    Ok(format!(
        "{glue}\nconst init = __wbg_init;{}",
        body.replace(SCRIPT_WASM, &format!("./{wasm}"))
    ))
}

/// What a page needs to run the figures module, for right after its policy: the module
/// and the wasm, both asked for at once at high priority.
pub fn head_markup(built: &Built) -> String {
    format!(
        concat!(
            r#"<script type="module" src="./{module}" integrity="{integrity}" fetchpriority="high"></script>"#,
            r#"<link rel="preload" href="./{wasm}" as="fetch" type="application/wasm" crossorigin="" fetchpriority="high">"#,
        ),
        module = built.module,
        integrity = integrity(&built.module_bytes),
        wasm = built.wasm,
    )
}

/// `page` with the figures module on its critical path, asked for first, right after the
/// page's policy (a file of the site: allowed by the policy's `'self'`).
pub fn inject(page: &str, built: &Built) -> Result<String, String> {
    insert_after_csp(page, &head_markup(built))
}

/// An ES module made small by terser (npm, in node_modules; its exports keep their
/// names): the glue, and the page script before it is inlined (1,0 kB and 1,2 kB gzip
/// less, 2026-12-07).
pub fn minify_module(source: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut child = Command::new("node_modules/.bin/terser")
        .args(["--module", "--compress", "--mangle"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start node_modules/.bin/terser (npm ci): {e}"))?;
    child
        .stdin
        .take()
        .ok_or("terser has no stdin")?
        .write_all(source)
        .map_err(|e| format!("cannot write to terser: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("terser failed: {e}"))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(format!("terser failed: {}", out.status));
    }
    Ok(out.stdout)
}

/// The content name of a module: `figures-` and the first 16 hex digits of the SHA-256 of
/// its wasm and glue.
pub fn content_name(wasm: &[u8], glue: &[u8]) -> String {
    let digest = Sha256::new()
        .chain_update(wasm)
        .chain_update(glue)
        .finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("figures-{hex}")
}

/// Builds the figures module in `lang` (`da`, `en`) with the page script `script` into
/// `out_dir` (a page's folder of the site), with the wasm nightly `toolchain`; `work`
/// holds the intermediate files, `target` is cargo's target folder.
pub fn build(
    out_dir: &Path,
    lang: &str,
    script: &str,
    toolchain: &str,
    work: &Path,
    target: &Path,
) -> Result<Built, String> {
    let mut cargo = Command::new("cargo");
    cargo.args([
        "build",
        "--release",
        "--offline",
        "--quiet",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "figures",
        "--features",
        &format!("lang-{lang}"),
    ]);
    wasm_env(&mut cargo, toolchain);
    run(&mut cargo)?;
    let wasm_in: PathBuf = target
        .join("wasm32-unknown-unknown")
        .join("release")
        .join("figures.wasm");
    let bindgen_dir = work.join(format!("figures-{lang}"));
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "figures",
            "--out-dir",
        ])
        .arg(&bindgen_dir)
        .arg(&wasm_in))?;
    let small = bindgen_dir.join("figures_small.wasm");
    run(Command::new("wasm-opt")
        .args([
            "-Oz",
            // As the app's wasm (index.html): a function with one caller is inlined only
            // up to 100 bytes (290 B gzip less here than wasm-opt's default, 2026-12-07).
            "-ocimfs",
            "100",
            "--converge",
            "--strip-producers",
            "--strip-target-features",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .arg(bindgen_dir.join("figures_bg.wasm"))
        .arg("-o")
        .arg(&small))?;
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let glue = String::from_utf8(read(&bindgen_dir.join("figures.js"))?)
        .map_err(|e| format!("the glue is not UTF-8: {e}"))?;
    // Short names between the wasm and its glue, as on the app's (crate::slim).
    let (glue, _) = slim(&small, &glue, &[])?;
    let wasm = read(&small)?;
    let name = content_name(&wasm, format!("{glue}{script}").as_bytes());
    let wasm_name = format!("{name}_bg.wasm");
    let module = minify_module(module_source(&glue, script, &wasm_name)?.as_bytes())?;
    let built = Built {
        module: format!("{name}.js"),
        wasm: wasm_name,
        module_bytes: module,
    };
    let write = |file: &str, bytes: &[u8]| {
        let path = out_dir.join(file);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(&built.module, &built.module_bytes)?;
    write(&built.wasm, &wasm)?;
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "export function start(q) {}\nexport function input(n, v) {}\nexport function pause() {}\nexport function check_after_ms() {}\nasync function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };";

    fn script(body: &str) -> String {
        format!("// A comment.\n{SCRIPT_IMPORT}\n{body}")
    }

    #[test]
    fn the_script_follows_the_glue_in_one_module() {
        let module = module_source(
            GLUE,
            &script(
                "await init({ module_or_path: new URL('./figures_bg.wasm', import.meta.url) });",
            ),
            "figures-0123456789abcdef_bg.wasm",
        )
        .unwrap();
        assert!(module.starts_with(GLUE));
        assert!(module.contains("const init = __wbg_init;\nawait init({ module_or_path: new URL('./figures-0123456789abcdef_bg.wasm', import.meta.url) });"));
        assert!(!module.contains("import "));
    }

    #[test]
    fn a_script_or_glue_that_does_not_fit_is_refused() {
        let ok = script("init('./figures_bg.wasm');");
        assert!(module_source(GLUE, "init('./figures_bg.wasm');", "w").is_err());
        assert!(module_source(GLUE, &script("init();"), "w").is_err());
        assert!(module_source(
            GLUE,
            &script("init('./figures_bg.wasm'); './figures_bg.wasm'"),
            "w"
        )
        .is_err());
        assert!(module_source(
            &GLUE.replace("export function pause", "function pause"),
            &ok,
            "w"
        )
        .is_err());
        assert!(module_source(
            &GLUE.replace("__wbg_init as default", "init as default"),
            &ok,
            "w"
        )
        .is_err());
        assert!(module_source(GLUE, &ok, "w").is_ok());
    }

    #[test]
    fn the_page_asks_for_both_files_first() {
        let built = Built {
            module: "figures-0123456789abcdef.js".into(),
            wasm: "figures-0123456789abcdef_bg.wasm".into(),
            module_bytes: b"export default 1;".to_vec(),
        };
        let page = r#"<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'" /><style></style></head></html>"#;
        let page = inject(page, &built).unwrap();
        assert!(page.contains(r#"content="script-src 'self'" /><script type="module" src="./figures-0123456789abcdef.js" integrity="sha384-"#));
        assert!(page.contains(r#"fetchpriority="high"></script><link rel="preload" href="./figures-0123456789abcdef_bg.wasm" as="fetch" type="application/wasm" crossorigin="" fetchpriority="high"><style>"#));
    }

    #[test]
    fn content_names_follow_the_content() {
        let a = content_name(b"wasm", b"glue");
        assert_eq!(a, content_name(b"wasm", b"glue"));
        assert_ne!(a, content_name(b"wasm", b"glue2"));
        assert_eq!(a.len(), "figures-".len() + 16);
    }
}
