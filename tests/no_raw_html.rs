//! Security: the app never builds HTML from strings. Fails if raw-HTML APIs appear in src/.

use std::fs;
use std::path::Path;

/// APIs that turn a string into markup (or script), which would let a URL parameter, a
/// pasted batch or a project name run code.
const FORBIDDEN: [&str; 8] = [
    "from_html_unchecked",
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "document_write",
    "eval(",
    "Function(",
    "set_attribute(\"on",
];

#[test]
fn no_raw_html_api_in_the_app() {
    let found = crate::support::source_lines_where("src", |line| {
        let lower = line.to_lowercase();
        FORBIDDEN
            .iter()
            .any(|needle| lower.contains(&needle.to_lowercase()))
    });
    assert!(
        found.is_empty(),
        "raw HTML APIs found:\n{}",
        found.join("\n")
    );
}

/// The same for the scripts of the static files and of the pages.
const SCRIPT_FORBIDDEN: [&str; 7] = [
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
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
