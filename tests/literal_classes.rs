//! Size: a `class` in `html!` is always a literal. A computed class goes through Yew's
//! `Classes` (an `IndexSet` with its hashing and joining), 1,7 kB gzip of wasm for a few
//! modifier classes; a state is a `data-` or ARIA attribute instead, which CSS selects.

use std::fs;

mod support;

#[test]
fn every_class_in_the_views_is_a_literal() {
    let files = support::rust_files("src/components");
    assert!(files.len() > 10, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            if line.contains("class={") || line.contains("classes!") {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "computed classes:\n{}", found.join("\n"));
}
