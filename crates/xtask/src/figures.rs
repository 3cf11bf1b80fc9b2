//! The figures module (crates/figures) built for one calculator page and put on its
//! critical path: the wasm by the pinned nightly, its glue by wasm-bindgen (`--target
//! web`), the wasm made small by wasm-opt, both named after their content, and the page
//! told to fetch them first (`modulepreload` and `preload`, `fetchpriority="high"`) and to
//! run `static/figures.js` inline as a module, allowed by its hash in the page's policy.

use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::page::{allow_in_csp, csp_hash, insert_after_csp, insert_in_head, integrity};
use crate::run::{run, target_dir, wasm_env};
use crate::slim::slim;

/// The names the page script (`static/figures.js`) imports and fetches, which the build
/// replaces by the files' content-named ones.
pub const SCRIPT_GLUE: &str = "./figures.js";
/// See [`SCRIPT_GLUE`].
pub const SCRIPT_WASM: &str = "./figures_bg.wasm";

/// The two files of a built figures module, as written into the page's folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The glue's file name (`figures-<hash>.js`).
    pub glue: String,
    /// The wasm's file name (`figures-<hash>_bg.wasm`).
    pub wasm: String,
    /// The glue's bytes, for its integrity value.
    pub glue_bytes: Vec<u8>,
}

/// What a page needs to run the figures module: the preloads, for the head's start, and
/// the inline module script (`script`: static/figures.js, its two names replaced by
/// `built`'s), for the head's end; and that script as inlined, for its hash.
pub fn head_markup(script: &str, built: &Built) -> Result<(String, String, String), String> {
    for name in [SCRIPT_GLUE, SCRIPT_WASM] {
        if script.matches(name).count() != 1 {
            return Err(format!("the figures script must name {name} once"));
        }
    }
    if script.contains("</script") {
        return Err("the figures script contains </script".into());
    }
    let script = script
        .replace(SCRIPT_GLUE, &format!("./{}", built.glue))
        .replace(SCRIPT_WASM, &format!("./{}", built.wasm));
    let preloads = format!(
        concat!(
            r#"<link rel="modulepreload" href="./{glue}" integrity="{integrity}" fetchpriority="high">"#,
            r#"<link rel="preload" href="./{wasm}" as="fetch" type="application/wasm" crossorigin="" fetchpriority="high">"#,
        ),
        glue = built.glue,
        integrity = integrity(&built.glue_bytes),
        wasm = built.wasm,
    );
    let module = format!(r#"<script type="module">{script}</script>"#);
    Ok((preloads, module, script))
}

/// `page` with the figures module on its critical path: its files asked for first, right
/// after the page's policy, its script at the end of the head, allowed by hash.
pub fn inject(page: &str, script: &str, built: &Built) -> Result<String, String> {
    let (preloads, module, script) = head_markup(script, built)?;
    let page = insert_after_csp(page, &preloads)?;
    let page = insert_in_head(&page, &module)?;
    allow_in_csp(&page, "script-src", &csp_hash(&script))
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

/// Builds the figures module in `lang` (`da`, `en`) into `out_dir` (a page's folder of
/// the site), with the wasm nightly `toolchain`; `work` holds the intermediate files.
pub fn build(out_dir: &Path, lang: &str, toolchain: &str, work: &Path) -> Result<Built, String> {
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
    let wasm_in: PathBuf = target_dir().join("wasm32-unknown-unknown/release/figures.wasm");
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
    // Short names between the wasm and its glue, as on the app's (crate::slim).
    let glue = String::from_utf8(read(&bindgen_dir.join("figures.js"))?)
        .map_err(|e| format!("wasm-bindgen wrote no UTF-8: {e}"))?;
    let (glue, _) = slim(&small, &glue, &[])?;
    let wasm = read(&small)?;
    let glue = minify_module(glue.as_bytes())?;
    let name = content_name(&wasm, &glue);
    let built = Built {
        glue: format!("{name}.js"),
        wasm: format!("{name}_bg.wasm"),
        glue_bytes: glue.clone(),
    };
    let write = |file: &str, bytes: &[u8]| {
        let path = out_dir.join(file);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(&built.glue, &glue)?;
    write(&built.wasm, &wasm)?;
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built() -> Built {
        Built {
            glue: "figures-0123456789abcdef.js".into(),
            wasm: "figures-0123456789abcdef_bg.wasm".into(),
            glue_bytes: b"export default 1;".to_vec(),
        }
    }

    const SCRIPT: &str = "import init from './figures.js'; init('./figures_bg.wasm');";
    const PAGE: &str = r#"<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'" /></head><body></body></html>"#;

    #[test]
    fn the_page_fetches_both_files_first_and_allows_exactly_its_script() {
        let page = inject(PAGE, SCRIPT, &built()).unwrap();
        let script = "import init from './figures-0123456789abcdef.js'; init('./figures-0123456789abcdef_bg.wasm');";
        assert!(page.contains(&format!("<script type=\"module\">{script}</script></head>")));
        assert!(page.contains(&format!("script-src 'self' {};", csp_hash(script))));
        // The preloads right after the policy, before anything else the head asks for.
        assert!(page.contains(r#"style-src 'self'" /><link rel="modulepreload""#));
        assert!(page.contains(
            r#"<link rel="modulepreload" href="./figures-0123456789abcdef.js" integrity="sha384-"#
        ));
        assert!(page.contains(r#"<link rel="preload" href="./figures-0123456789abcdef_bg.wasm" as="fetch" type="application/wasm" crossorigin="" fetchpriority="high">"#));
    }

    #[test]
    fn a_script_that_does_not_name_its_files_once_is_refused() {
        assert!(inject(PAGE, "import init from './other.js';", &built()).is_err());
        assert!(inject(PAGE, &format!("{SCRIPT}{SCRIPT}"), &built()).is_err());
        assert!(inject(PAGE, &format!("{SCRIPT}</script>"), &built()).is_err());
    }

    #[test]
    fn content_names_follow_the_content() {
        let a = content_name(b"wasm", b"glue");
        assert_eq!(a, content_name(b"wasm", b"glue"));
        assert_ne!(a, content_name(b"wasm", b"glue2"));
        assert_eq!(a.len(), "figures-".len() + 16);
    }
}
