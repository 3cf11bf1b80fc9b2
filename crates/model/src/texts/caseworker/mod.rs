//! The batch check's texts added for the caseworker's way through a long table, one file
//! per language ([`da`], [`en`]).

use super::batch::BatchTexts;

pub mod da;
pub mod en;

/// One language's texts of the caseworker's way through the batch check.
pub trait CaseworkerTexts: BatchTexts {
    /// Which file the text was read from, before what the check found.
    fn file_read(name: &str) -> String;
}
