//! Short names between a wasm and its JavaScript glue.
//!
//! wasm-bindgen names every function the wasm imports from its glue, and every closure it
//! exports to it, with a Rust path and a 16-digit hash (`__wbg_setAttribute_9bad76f3…`),
//! written in the wasm and again in the glue. Random hex does not compress. binaryen's
//! `wasm-opt --minify-imports-and-exports-and-modules` renames every import and export of
//! the wasm to one or two letters, puts all imports in one module `a`, and prints the
//! mapping (JSON); [`rewrite_glue`] renames them in the glue the same way. The exports a
//! test calls by name ([`KEEP_EXPORTS`]) get their names back ([`rename_exports`]).
//! terser then minifies the glue (`figures::minify_module`).
//!
//! Measured 2026-12-07, gzip -9, wasm + glue, on one build of the calculator's wasm (da):
//! no renaming 94.553 bytes (the glue minified by terser 93.218); renamed by hand as the
//! old tools/slim_glue.py did, then terser, 89.269; by binaryen, then terser, 89.018. The
//! built site against the one the Python steps built: calculator 88.999 → 88.812, figures
//! module 18.585 → 18.425 (which had no renaming before).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde::Deserialize;

use crate::run::output;

/// Exports of the apps' wasm that a test calls by name on the instance
/// (tests/e2e/robustness.spec.js: a real trap from the app's allocator), which keep their
/// names.
pub const KEEP_EXPORTS: &[&str] = &["__wbindgen_malloc"];

/// The wasm features of rustc's wasm32 output that binaryen must be told of, since the
/// built wasm no longer says (`--strip-target-features`).
pub const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// What `wasm-opt --minify-imports-and-exports-and-modules` prints.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// `[module, old name, new name]`.
    pub imports: Vec<(String, String, String)>,
    /// `[old name, new name]`.
    pub exports: Vec<(String, String)>,
}

/// The module binaryen puts every import in.
pub const MODULE: &str = "a";

impl Mapping {
    /// Reads binaryen's output.
    pub fn parse(text: &str) -> Result<Self, String> {
        let map: Mapping = serde_json::from_str(text)
            .map_err(|e| format!("wasm-opt printed no mapping binaryen's way: {e}"))?;
        if map.imports.is_empty() && map.exports.is_empty() {
            return Err("wasm-opt renamed nothing".into());
        }
        Ok(map)
    }

    /// The one module every import came from (wasm-bindgen's `./<name>_bg.js`).
    pub fn module(&self) -> Result<&str, String> {
        let modules: BTreeSet<&str> = self.imports.iter().map(|(m, _, _)| m.as_str()).collect();
        match modules.len() {
            1 => Ok(modules.into_iter().next().unwrap_or_default()),
            n => Err(format!(
                "the wasm imports from {n} modules ({modules:?}); the glue's imports are rewritten for one"
            )),
        }
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// `text` with every whole identifier `old` for which `keep(prefix, next byte)` holds
/// replaced by `new` (the prefix is what precedes the identifier); and how many.
fn replace_ident(
    text: &str,
    old: &str,
    new: &str,
    keep: impl Fn(&str, Option<u8>) -> bool,
) -> (String, usize) {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut count = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find(old).map(|i| i + from) {
        let end = at + old.len();
        from = end;
        let whole =
            (at == 0 || !is_ident(bytes[at - 1])) && bytes.get(end).is_none_or(|&b| !is_ident(b));
        if whole && keep(&text[..at], bytes.get(end).copied()) {
            out.push_str(&text[last..at]);
            out.push_str(new);
            last = end;
            count += 1;
        }
    }
    out.push_str(&text[last..]);
    (out, count)
}

/// wasm-bindgen's glue (`--target web`, before minifying) renamed as binaryen renamed the
/// wasm: each import's key in the imports object, the module's key, and each use of an
/// export (`wasm.<name>`) but those in `keep`. Fails when the glue is not as expected, so
/// a new wasm-bindgen that writes it otherwise stops the build here.
pub fn rewrite_glue(glue: &str, map: &Mapping, keep: &[&str]) -> Result<String, String> {
    let module = map.module()?;
    let quoted = format!("\"{module}\":");
    if glue.matches(&quoted).count() != 1 {
        return Err(format!("the glue does not name module {module} once"));
    }
    let mut js = glue.replacen(&quoted, &format!("\"{MODULE}\":"), 1);
    for (_, old, new) in &map.imports {
        let (next, n) = replace_ident(&js, old, new, |_, after| after == Some(b':'));
        if n != 1 {
            return Err(format!(
                "the glue provides import {old} {n} times, not once"
            ));
        }
        js = next;
    }
    for (old, new) in &map.exports {
        if keep.contains(&old.as_str()) {
            continue;
        }
        js = replace_ident(&js, old, new, |before, _| before.ends_with("wasm.")).0;
    }
    // Every export the glue uses is one the wasm has now.
    let exports: BTreeSet<&str> = map
        .exports
        .iter()
        .map(|(old, new)| {
            if keep.contains(&old.as_str()) {
                old.as_str()
            } else {
                new.as_str()
            }
        })
        .collect();
    let mut rest = js.as_str();
    while let Some(at) = rest.find("wasm.") {
        let tail = &rest[at + 5..];
        let name_end = tail
            .bytes()
            .position(|b| !is_ident(b))
            .unwrap_or(tail.len());
        let before_ok = at == 0 || !is_ident(rest.as_bytes()[at - 1]);
        if before_ok && !exports.contains(&tail[..name_end]) {
            return Err(format!(
                "the glue uses wasm.{} , which the wasm does not export",
                &tail[..name_end]
            ));
        }
        rest = &tail[name_end..];
    }
    Ok(js)
}

/// `wasm` with the exports named in `renames` (current name → new name) renamed; every
/// other byte as it was.
pub fn rename_exports(wasm: &[u8], renames: &BTreeMap<&str, &str>) -> Result<Vec<u8>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("cannot read the wasm: {e}");
    let mut module = wasm_encoder::Module::new();
    let mut done = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            wasmparser::Payload::ExportSection(reader) => {
                let mut section = wasm_encoder::ExportSection::new();
                for export in reader {
                    let export = export.map_err(bad)?;
                    let name = match renames.get(export.name) {
                        Some(new) => {
                            done += 1;
                            *new
                        }
                        None => export.name,
                    };
                    section.export(name, export.kind.into(), export.index);
                }
                module.section(&section);
            }
            other => {
                if let Some((id, range)) = other.as_section() {
                    module.section(&wasm_encoder::RawSection {
                        id,
                        data: &wasm[range],
                    });
                }
            }
        }
    }
    if done != renames.len() {
        return Err(format!(
            "the wasm lacks some of the exports {:?}",
            renames.keys()
        ));
    }
    Ok(module.finish())
}

/// Renames the imports and exports of the wasm at `wasm_path` (rewritten in place) and in
/// its glue (`glue`, wasm-bindgen's, not yet minified), but the exports in `keep`; returns
/// the new glue and how many names changed.
pub fn slim(wasm_path: &Path, glue: &str, keep: &[&str]) -> Result<(String, usize), String> {
    let out = wasm_path.with_extension("min.wasm");
    let mapping = output(
        Command::new("wasm-opt")
            .arg(wasm_path)
            .arg("--minify-imports-and-exports-and-modules")
            // Optimize levels without passes: the code written as compactly as the -Oz run
            // before wrote it (StackIR optimized); without them it grows.
            .args(["--optimize-level", "2", "--shrink-level", "2"])
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(&out),
    )?;
    let map = Mapping::parse(&mapping)?;
    let glue = rewrite_glue(glue, &map, keep)?;
    let renamed = std::fs::read(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    let back: BTreeMap<&str, &str> = map
        .exports
        .iter()
        .filter(|(old, _)| keep.contains(&old.as_str()))
        .map(|(old, new)| (new.as_str(), old.as_str()))
        .collect();
    let wasm = rename_exports(&renamed, &back)?;
    std::fs::write(wasm_path, wasm)
        .map_err(|e| format!("cannot write {}: {e}", wasm_path.display()))?;
    std::fs::remove_file(&out).map_err(|e| format!("cannot remove {}: {e}", out.display()))?;
    Ok((glue, map.imports.len() + map.exports.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = r#"{
 "imports": [
  ["./app_bg.js", "__wbg_log_0123456789abcdef", "$"],
  ["./app_bg.js", "__wbindgen_init_externref_table", "A"]
 ],
"exports": [
  ["memory", "b"],
  ["__wbindgen_malloc", "c"],
  ["closure_invoke_0123456789abcdef", "d"]
 ]
}
"#;

    const GLUE: &str = r#"function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(arg0) {
            console.log(arg0);
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.memory;
        },
    };
    return {
        __proto__: null,
        "./app_bg.js": import0,
    };
}
function closure_invoke_0123456789abcdef(a) { wasm.closure_invoke_0123456789abcdef(a); }
function pass(s) { return wasm.__wbindgen_malloc(s.length, 1) + wasm.memory.buffer; }
"#;

    #[test]
    fn reads_binaryens_mapping() {
        let map = Mapping::parse(MAP).unwrap();
        assert_eq!(map.module().unwrap(), "./app_bg.js");
        assert_eq!(
            map.exports[2],
            ("closure_invoke_0123456789abcdef".into(), "d".into())
        );
        assert!(Mapping::parse("{\"imports\": [], \"exports\": []}").is_err());
        assert!(Mapping::parse("wasm-opt: error").is_err());
        let two = MAP.replace(
            "[\"./app_bg.js\", \"__wbindgen_init",
            "[\"env\", \"__wbindgen_init",
        );
        assert!(Mapping::parse(&two).unwrap().module().is_err());
    }

    #[test]
    fn renames_the_glue_as_the_wasm() {
        let map = Mapping::parse(MAP).unwrap();
        let js = rewrite_glue(GLUE, &map, &["__wbindgen_malloc"]).unwrap();
        assert!(js.contains("        $: function(arg0)"));
        assert!(js.contains("        A: function()"));
        assert!(js.contains("\"a\": import0"));
        assert!(js.contains("const table = wasm.b;"));
        // The export renamed where the glue calls it, not the glue's own function's name.
        assert!(js.contains("function closure_invoke_0123456789abcdef(a) { wasm.d(a); }"));
        // A kept export keeps its name.
        assert!(js.contains("wasm.__wbindgen_malloc(s.length, 1) + wasm.b.buffer"));
    }

    #[test]
    fn a_glue_unlike_wasm_bindgens_is_refused() {
        let map = Mapping::parse(MAP).unwrap();
        let no_import = GLUE.replace("__wbg_log_0123456789abcdef:", "log:");
        assert!(rewrite_glue(&no_import, &map, &[])
            .unwrap_err()
            .contains("__wbg_log"));
        let no_module = GLUE.replace("\"./app_bg.js\":", "wbg:");
        assert!(rewrite_glue(&no_module, &map, &[]).is_err());
        let unknown = format!("{GLUE}wasm.__wbindgen_free(1);");
        assert!(rewrite_glue(&unknown, &map, &[])
            .unwrap_err()
            .contains("__wbindgen_free"));
    }

    /// A small module: one import, a memory and two functions exported.
    fn fixture() -> Vec<u8> {
        use wasm_encoder::*;
        let mut module = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = ImportSection::new();
        imports.import("a", "$", EntityType::Function(0));
        module.section(&imports);
        let mut functions = FunctionSection::new();
        functions.function(0);
        module.section(&functions);
        let mut memories = MemorySection::new();
        memories.memory(MemoryType {
            minimum: 1,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        module.section(&memories);
        let mut exports = ExportSection::new();
        exports.export("b", ExportKind::Memory, 0);
        exports.export("c", ExportKind::Func, 1);
        module.section(&exports);
        let mut code = CodeSection::new();
        let mut f = Function::new([]);
        f.instruction(&Instruction::Call(0));
        f.instruction(&Instruction::End);
        code.function(&f);
        module.section(&code);
        module.section(&CustomSection {
            name: "name".into(),
            data: b"\0"[..].into(),
        });
        module.finish()
    }

    fn exports(wasm: &[u8]) -> Vec<String> {
        let mut names = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            if let wasmparser::Payload::ExportSection(r) = payload.unwrap() {
                names.extend(r.into_iter().map(|e| e.unwrap().name.to_string()));
            }
        }
        names
    }

    #[test]
    fn gives_exports_their_names_back_and_leaves_the_rest() {
        let wasm = fixture();
        let back = BTreeMap::from([("c", "__wbindgen_malloc")]);
        let out = rename_exports(&wasm, &back).unwrap();
        assert_eq!(exports(&out), ["b", "__wbindgen_malloc"]);
        wasmparser::validate(&out).unwrap();
        assert_eq!(out.len(), wasm.len() + "__wbindgen_malloc".len() - 1);
        // Nothing to rename: the same bytes.
        assert_eq!(rename_exports(&wasm, &BTreeMap::new()).unwrap(), wasm);
        assert!(rename_exports(&wasm, &BTreeMap::from([("x", "y")])).is_err());
    }
}
