//! The page's components, one per file; each only renders its props and emits callbacks.

pub mod app;
pub mod approach_field;
pub mod caveats;
pub mod comparison_panel;
pub mod key_figures;
pub mod payout_figures;
pub mod round_one_table;
pub mod rule_explanation;
pub mod text_field;
