//! Size: a `class` in `html!` is always a literal. A computed class goes through Yew's
//! `Classes` (an `IndexSet` with its hashing and joining), 1,7 kB gzip of wasm for a few
//! modifier classes; a state is a `data-` or ARIA attribute instead, which CSS selects.

#[test]
fn every_class_in_the_views_and_components_is_a_literal() {
    let found = crate::support::source_lines_where("src", |line| {
        line.contains("class={") || line.contains("classes!")
    });
    assert!(found.is_empty(), "computed classes:\n{}", found.join("\n"));
}
