//! The page's views: plain functions of their props, one per file; they read what they
//! are given (the page's view model, typed values) and emit callbacks, and hold no state.

pub mod answer_links;
pub mod applicant_facts;
pub mod approach_field;
pub mod as_if_table;
pub mod batch_errors;
pub mod batch_input;
pub mod batch_summary;
pub mod cash_flow;
pub mod caveats;
pub mod cells;
pub mod column_choice;
pub mod comparison_panel;
pub mod copy_link;
pub mod embed_snippet;
pub mod error_summary;
pub mod field_error;
pub mod flags_panel;
pub mod key_figures;
pub mod lessons;
pub mod live_region;
pub mod payout_chart;
pub mod payout_figures;
pub mod reference;
pub mod round_one_table;
pub mod round_two;
pub mod rule_explanation;
pub mod scenario_grid;
pub mod site_frame;
pub mod sources;
pub mod text_field;
pub mod workings;
