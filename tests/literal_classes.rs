//! Size: a `class` in `html!` is always a literal. A computed class goes through Yew's
//! `Classes` (an `IndexSet` with its hashing and joining), 1,7 kB gzip of wasm for a few
//! modifier classes; a state is a `data-` or ARIA attribute instead, which CSS selects.

use std::fs;
use std::path::Path;

#[test]
fn every_class_in_the_views_is_a_literal() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    let mut files = 0;
    let mut found = Vec::new();
    for entry in fs::read_dir(&dir).expect("src/components is readable") {
        let path = entry.expect("an entry").path();
        let text = fs::read_to_string(&path).expect("a source file");
        files += 1;
        for (n, line) in text.lines().enumerate() {
            if line.contains("class={") || line.contains("classes!") {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(files > 10, "found only {files} files");
    assert!(found.is_empty(), "computed classes:\n{}", found.join("\n"));
}
