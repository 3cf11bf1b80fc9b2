//! The page's components, one per file; each only renders its props and emits callbacks.

pub mod after_pause;
pub mod app;
pub mod approach_field;
pub mod as_if_table;
pub mod batch_app;
pub mod batch_table;
pub mod batch_view;
pub mod cash_flow;
pub mod caveats;
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
pub mod round_one_table;
pub mod rule_explanation;
pub mod scenario_grid;
pub mod site_frame;
pub mod text_field;
pub mod workings;
