//! The integration tests, one crate (one link of yew and tokio): each file below is a
//! module of it, `support` their shared helpers. Run in both page languages: `cargo test`
//! (Danish) and `cargo test --features lang-en`; a module that tests one page language only
//! says so with `#![cfg(...)]`.

mod support;

mod batch;
mod batch_english;
mod batch_files;
mod chart;
mod column_choice;
mod csv_export;
mod domain;
mod figures;
mod flags;
mod fuzz_regressions;
mod properties;
mod render;
mod render_batch;
mod render_english;
mod render_links;
mod render_reference;
mod render_scenarios;
mod report_wording;
mod robustness;
mod scenarios;
mod source_scans;
mod state;
