//! Security, where clippy cannot look. The Rust APIs that turn a string into markup or
//! script, and Yew's computed classes (`class={…}` in `html!`, `classes!`), are banned in
//! clippy.toml and denied in Cargo.toml's `[workspace.lints]` (`make lint`). Scanned here:
//! the names of those sinks in the Rust sources' text, which a `js_sys::Reflect` call or
//! a hand-written binding would reach without naming a banned API; and the scripts of the
//! static files and of the pages.

use std::fs;
use std::path::Path;

/// What reaches a markup or script sink by name rather than through a banned API:
/// `Reflect::set(&element, &"innerHTML".into(), …)`, a binding of the page's `eval` or
/// `Function`, or JavaScript of the wasm's own (`inline_js`).
const RUST_FORBIDDEN: [&str; 9] = [
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "srcdoc",
    "document.write",
    "\"eval\"",
    "js_name = eval",
    "js_name = Function",
    "inline_js",
];

#[test]
fn no_sink_is_reached_by_name_from_rust() {
    for dir in ["src", "crates"] {
        let found = crate::support::source_lines_where(dir, |line| {
            RUST_FORBIDDEN.iter().any(|needle| line.contains(needle))
        });
        assert!(
            found.is_empty(),
            "markup or script sinks named in {dir}/:\n{}",
            found.join("\n")
        );
    }
}

/// The same sinks in the static files' and the pages' scripts.
const SCRIPT_FORBIDDEN: [&str; 9] = [
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "srcdoc",
    "document.write",
    "eval(",
    "Function(",
    "DOMParser",
    "createContextualFragment",
];

#[test]
fn the_static_files_use_no_raw_html_either() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static");
    for entry in fs::read_dir(dir).expect("static/ is readable") {
        let path = entry.expect("an entry").path();
        let text = fs::read_to_string(&path).expect("a static file");
        for needle in SCRIPT_FORBIDDEN {
            assert!(!text.contains(needle), "{} uses {needle}", path.display());
        }
    }
}

/// The only markup parsed from a string in the browser: the calculator page's guard script
/// parses the reference part written at build time, the page's own file beside it
/// (`fetch('reference.html')`, same origin), and takes its `#reference` element. Nothing
/// a URL, a paste or a file brings in reaches it. (The pre-rendered view is the page's own
/// HTML in the app root; the figures module writes text only.)
const GUARDS: [&str; 2] = [
    "fetch('reference.html')",
    "new DOMParser().parseFromString(text, 'text/html').getElementById('reference')",
];

#[test]
fn the_pages_parse_markup_only_from_their_own_reference_file() {
    for page in ["index.html", "batch.html"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(page);
        let text = fs::read_to_string(&path).expect("a page");
        let mut rest = text.clone();
        for guard in GUARDS {
            assert_eq!(
                text.matches(guard).count(),
                usize::from(page == "index.html"),
                "{page}: {guard}"
            );
            rest = rest.replace(guard, "");
        }
        for needle in SCRIPT_FORBIDDEN {
            assert!(!rest.contains(needle), "{page} uses {needle}");
        }
    }
}
