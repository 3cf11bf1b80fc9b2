//! Checks of what the build wrote, run after every step, so that a tool update that
//! changes its output fails here, at its cause, and not in a reader's browser:
//! - every import of each wasm is provided by its glue;
//! - every `integrity` attribute is its file's SHA-384;
//! - the policy allows by hash exactly the page's inline scripts and style sheets, and
//!   never `'unsafe-inline'` or `'unsafe-eval'`.

use std::collections::BTreeSet;
use std::path::Path;

use crate::html::{elements, inline_texts, policy};
use crate::page::{csp_hash, integrity};

/// The wasm's imports: (module, name).
pub fn imports(wasm: &[u8]) -> Result<Vec<(String, String)>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("cannot read the wasm: {e}");
    let mut out = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::ImportSection(reader) = payload.map_err(bad)? {
            for import in reader.into_imports() {
                let import = import.map_err(bad)?;
                out.push((import.module.to_string(), import.name.to_string()));
            }
        }
    }
    Ok(out)
}

/// Whether minified `js` has `key` as a key of an object literal: `{key:`, `,key:`,
/// `,"key":`, or a method `,key(`.
fn has_key(js: &str, key: &str) -> bool {
    let bytes = js.as_bytes();
    js.match_indices(key).any(|(at, _)| {
        let (mut start, mut end) = (at, at + key.len());
        if start > 0 && end < bytes.len() && bytes[start - 1] == b'"' && bytes[end] == b'"' {
            start -= 1;
            end += 1;
        }
        let before = js[..start].trim_end().bytes().last();
        let after = js[end..].trim_start().bytes().next();
        matches!(before, Some(b'{' | b',')) && matches!(after, Some(b':' | b'('))
    })
}

/// Every import of `wasm` has its module and its name as keys in `glue` (the imports
/// object wasm-bindgen writes, as renamed and minified).
pub fn imports_provided(wasm: &[u8], glue: &str) -> Result<usize, String> {
    let imports = imports(wasm)?;
    let mut missing = Vec::new();
    for module in imports.iter().map(|(m, _)| m).collect::<BTreeSet<_>>() {
        if !has_key(glue, module) {
            missing.push(format!("module {module}"));
        }
    }
    for (module, name) in &imports {
        if !has_key(glue, name) {
            missing.push(format!("{module} {name}"));
        }
    }
    if missing.is_empty() {
        Ok(imports.len())
    } else {
        Err(format!(
            "the glue does not provide the wasm's imports: {}",
            missing.join(", ")
        ))
    }
}

/// Every `integrity` attribute of the page in `dir` names its file's SHA-384.
pub fn integrity_matches(html: &str, dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    for name in ["link", "script"] {
        for element in elements(html, name)? {
            let Some(want) = element.attr("integrity") else {
                continue;
            };
            let url = element
                .attr("href")
                .or(element.attr("src"))
                .ok_or(format!("{} has integrity but no URL", element.tag))?;
            let path = dir.join(url.trim_start_matches("./"));
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            if integrity(&bytes) != want {
                return Err(format!("the integrity of {url} is not its file's SHA-384"));
            }
            count += 1;
        }
    }
    Ok(count)
}

/// The policy's `script-src` and `style-src` hashes are exactly those of the page's
/// inline scripts and style sheets; no `'unsafe-inline'`, no `'unsafe-eval'`.
pub fn csp_matches(html: &str) -> Result<(), String> {
    let (value, _) = policy(html)?;
    for word in ["'unsafe-inline'", "'unsafe-eval'"] {
        if value.contains(word) {
            return Err(format!("the policy allows {word}"));
        }
    }
    let (scripts, styles) = inline_texts(html)?;
    for (directive, texts) in [("script-src", scripts), ("style-src", styles)] {
        let allowed: BTreeSet<&str> = value
            .split(';')
            .map(str::split_whitespace)
            .find_map(|mut words| (words.next() == Some(directive)).then_some(words))
            .ok_or(format!("no {directive} in the policy"))?
            .filter(|w| w.starts_with("'sha256-"))
            .collect();
        let hashed: Vec<String> = texts.iter().map(|t| csp_hash(t)).collect();
        let wanted: BTreeSet<&str> = hashed.iter().map(String::as_str).collect();
        if allowed != wanted {
            let extra: Vec<_> = allowed.difference(&wanted).collect();
            let missing: Vec<_> = wanted.difference(&allowed).collect();
            return Err(format!(
                "{directive} does not match the page's inline texts: not in the page {extra:?}, not allowed {missing:?}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wasm(imports: &[(&str, &str)]) -> Vec<u8> {
        use wasm_encoder::*;
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut section = ImportSection::new();
        for (m, n) in imports {
            section.import(m, n, EntityType::Function(0));
        }
        module.section(&section);
        module.finish()
    }

    const GLUE: &str = r#"function n(){const n={__proto__:null,$:function(n){return n},Aa:function(){}};return{__proto__:null,a:n}}"#;

    #[test]
    fn every_import_must_be_in_the_glue() {
        assert_eq!(
            imports_provided(&wasm(&[("a", "$"), ("a", "Aa")]), GLUE),
            Ok(2)
        );
        let err = imports_provided(&wasm(&[("a", "$"), ("a", "B")]), GLUE).unwrap_err();
        assert!(err.contains("a B"), "{err}");
        // A name only in a function's body is no key.
        assert!(imports_provided(&wasm(&[("a", "null")]), GLUE).is_err());
        assert!(imports_provided(&wasm(&[("b", "$")]), GLUE)
            .unwrap_err()
            .contains("module b"));
        assert!(has_key(r#"{"./x_bg.js":n}"#, "./x_bg.js"));
        assert!(has_key("{a(){}}", "a"));
    }

    #[test]
    fn integrity_must_be_the_files() {
        let dir = std::env::temp_dir().join(format!("xtask-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app.js"), "export default 1;").unwrap();
        let good = format!(
            r#"<link rel="modulepreload" href="./app.js" integrity="{}"><link rel="icon" href="data:,">"#,
            integrity(b"export default 1;")
        );
        assert_eq!(integrity_matches(&good, &dir), Ok(1));
        std::fs::write(dir.join("app.js"), "export default 2;").unwrap();
        assert!(integrity_matches(&good, &dir)
            .unwrap_err()
            .contains("./app.js"));
        assert!(integrity_matches(&good.replace("app.js", "gone.js"), &dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_policy_must_allow_exactly_the_inline_texts() {
        let page = |script_src: &str, style_src: &str| {
            format!(
                r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' {script_src}; style-src 'self' {style_src}"><style>p{{}}</style><script type="module">go()</script><script src="./x.js"></script>"#
            )
        };
        let (go, p) = (csp_hash("go()"), csp_hash("p{}"));
        assert!(csp_matches(&page(&go, &p)).is_ok());
        assert!(csp_matches(&page("", &p))
            .unwrap_err()
            .contains("not allowed"));
        let extra = format!("{go} {}", csp_hash("old()"));
        assert!(csp_matches(&page(&extra, &p))
            .unwrap_err()
            .contains("not in the page"));
        assert!(csp_matches(&page(&go, "")).is_err());
        assert!(csp_matches(&page(&format!("{go} 'unsafe-inline'"), &p)).is_err());
        assert!(csp_matches(&page(&format!("{go} 'unsafe-eval'"), &p)).is_err());
    }
}
