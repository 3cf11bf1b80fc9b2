//! The batch check's texts, one file per language ([`da`], [`en`]) behind one trait: only
//! the batch pages use them.

use super::Texts;
use crate::domain::approach::Approach;
use crate::domain::batch::{BatchError, Column, Encoding, RowError};
use crate::domain::csv_export::CsvTexts;

pub mod da;
pub mod en;

/// One language's texts of the batch check and its CSV export.
pub trait BatchTexts: Texts {
    // ---- The batch check and its CSV export ------------------------------------------

    const BATCH_HEADING: &'static str;
    const BATCH_LEAD: &'static str;
    const PASTE_LABEL: &'static str;
    const PASTE_HINT: &'static str;
    const FILE_LABEL: &'static str;
    const EXAMPLE_BUTTON: &'static str;
    const SUMMARY_HEADING: &'static str;
    const S_APPLICATIONS: &'static str;
    const S_TOTAL_BUDGET: &'static str;
    const S_TOTAL_TARGET: &'static str;
    const S_UNIT_PRICE: &'static str;
    const S_ROUND_ONE: &'static str;
    /// Why STAR's round-two unit price is not directly comparable with Table 3's.
    const S_ROUND_TWO_NOTE: &'static str;
    const S_FLAGGED: &'static str;
    const BATCH_TABLE_CAPTION: &'static str;
    const SORT_HINT: &'static str;
    const COL_LINE: &'static str;
    const BATCH_COL_THRESHOLD: &'static str;
    const COL_RANK: &'static str;
    const COL_FLAGS: &'static str;
    const OPEN_LINK: &'static str;
    const ERRORS_HEADING: &'static str;
    const DOWNLOAD: &'static str;
    const EMPTY: &'static str;
    const CSV_FILENAME: &'static str;
    /// The header row of the CSV export, in the export's column order.
    const CSV_HEADER: [&'static str; 8];

    /// Why a batch row was not checked, in the single calculator's words.
    fn batch_row_error(e: &RowError) -> String;
    /// Why a whole batch was not checked.
    fn batch_error(e: &BatchError) -> String;
    /// An invalid batch row's heading: "Linje 4".
    fn batch_line(line: usize) -> String;
    /// A file too large to read.
    fn file_too_large(bytes: f64) -> String;
    /// A file the browser could not read (gone, moved, no permission): the text in the
    /// field is kept.
    const FILE_UNREADABLE: &'static str;
    /// A rank among the ten: "3 af 10".
    fn rank_short(rank: usize) -> String;
    /// The count of applications per approach in the summary.
    fn per_approach(counts: &[(Approach, usize)]) -> String;
    /// How many of the checked rows the table shows.
    fn rows_shown(shown: usize, total: usize) -> String;
    /// The button that shows more rows.
    fn show_more(n: usize) -> String;
    /// The button that shows every row.
    fn show_all(total: usize) -> String;

    // ---- The batch check: files, order, rejected rows, status ------------------------

    /// The summary's row naming the encoding a chosen file was read in.
    const S_ENCODING: &'static str;
    /// The encoding a chosen file was read in, as the summary says it.
    fn encoding_read(e: Encoding) -> &'static str;
    /// The CSV export's column of why a rejected row was rejected.
    const CSV_ERROR_HEADER: &'static str;
    /// The summary's row counting the rejected rows.
    const S_REJECTED: &'static str;
    /// The summary's link to the list of rejected rows.
    fn rejected_link(n: usize) -> String;
    /// The choice to put the rejected rows in the CSV file too.
    fn export_rejected(n: usize) -> String;
    /// Under the text area: the batch is kept in this tab only.
    const BATCH_KEPT: &'static str;
    /// Under the text area: the batch was too large to keep.
    const BATCH_NOT_KEPT: &'static str;
    /// After the example replaced the caseworker's text.
    const EXAMPLE_REPLACED: &'static str;
    /// The button that brings the replaced text back.
    const UNDO: &'static str;
    /// Said while typing, until the text is checked.
    const BATCH_PENDING: &'static str;
    /// What the status region says once a batch has been checked.
    fn batch_checked_status(checked: usize, rejected: usize) -> String;

    // ---- The batch check: the caseworker says which column is which ------------------

    /// The heading of the form for the columns the header does not name.
    const CHOICE_HEADING: &'static str;
    /// Under it: what choosing does, and for how long it holds.
    const CHOICE_HINT: &'static str;
    /// A column's first option: none chosen.
    const CHOICE_NONE: &'static str;
    /// Said when the headings changed: a choice made for the ones before is not applied.
    const CHOICE_RESET: &'static str;
    /// A header column as an option: its heading and its position (from 1).
    fn choice_option(position: usize, heading: &str) -> String;
    /// A column the header does not name, not yet chosen.
    fn choice_missing(column: Column) -> String;
    /// A column chosen where `by`, which keeps it, is chosen already.
    fn choice_taken(column: Column, by: Column) -> String;
}

/// The words the CSV export writes, in language `T`.
pub fn csv_texts<T: BatchTexts>() -> CsvTexts {
    CsvTexts {
        header: T::CSV_HEADER,
        approach: T::approach_short,
        flag: T::flag,
        line: T::COL_LINE,
        error: T::CSV_ERROR_HEADER,
        row_error: T::batch_row_error,
    }
}
