//! The pure domain: money, input parsing, the payout model, round one. No web imports.

pub mod amount_input;
pub mod approach;
pub mod batch;
pub mod compare;
pub mod count_input;
pub mod csv_export;
pub mod flags;
pub mod formula_guard;
pub mod letters;
pub mod money;
pub mod payout;
pub mod round_one;
pub mod round_two;
pub mod scenarios;
pub mod small_sort;
