//! The batch check: a pasted or uploaded spreadsheet of applications → checked rows.
//!
//! Reads what Danish Excel and Google Sheets export or put on the clipboard:
//!
//! - **Separator**, detected from the first non-empty record (quotes respected): tab if
//!   it has a tab (Excel's clipboard and "Tekst (tabulatorsepareret)"); else `;` if it
//!   has one (Danish Excel's "CSV (semikolonsepareret)"); else `,` (Google Sheets,
//!   English Excel). With `,` as separator an amount with a comma, `1.234,50` or
//!   `1,234.50`, must be quoted (`"1.234,50"`, as the spreadsheet programs write it);
//!   unquoted, it splits into two columns and the row is reported with its column count.
//! - **Text**: an optional UTF-8 byte order mark; CRLF, LF or a lone CR ends a line;
//!   a field that starts with `"` is quoted and may hold separators, line breaks and
//!   doubled quotes (`""`); an unclosed quote spoils only the line it starts on.
//!   Fields are trimmed. Empty lines, and lines of empty fields only (`;;;`), are skipped.
//! - **Columns**: project name, budget, target, approach. A header is recognised when
//!   the first record has no field that reads as an amount or a target and at least one
//!   known column name ([`Column::from_header_in`], Danish or English, any case, any
//!   order; the English page knows more English headings); other header columns are
//!   kept along. When a header does not name one of the four, the caseworker can say
//!   which of its other columns it is ([`ColumnChoice`], by position, for that header
//!   only). Without a header the four columns stand in that order.
//! - **Values** are read by the single calculator's own parsers, so a row's reasons are
//!   the calculator's: [`parse_positive_amount_in`], [`parse_target_in`],
//!   [`Approach::from_code`]. The Danish page reads numbers in the Danish format; the
//!   English page in the English format first, then in the Danish one ([`Language`]).
//!   A cell or heading written as `'=…` is read without the `'`: it is the one the CSV
//!   export adds before a formula character ([`formula_guard`](super::formula_guard)).
//! - **Caps**: a text longer than [`MAX_TEXT_BYTES`] is refused before it is read; more
//!   than [`MAX_ROWS`] data rows before any row is checked (rows are counted only up to
//!   the cap); fields kept adding up to more than [`MAX_BYTES`] after the check. The
//!   page's own export of a batch within these caps always reads back.
//!
//! A chosen file's bytes are decoded first ([`decode`]: a byte order mark, else strict
//! UTF-8, else Windows-1252).
//!
//! One file per step: `records` splits the text into records, `language` says how the
//! page reads numbers and headings, `columns` finds the four columns, `choice` holds the caseworker's choice of those a header does not name,
//! `row_check` reads one row's fields, `table` derives a valid row's figures and sums
//! them up, `sort` orders the table, and `read` runs them over the whole text.
//!
//! [`parse_positive_amount_in`]: super::amount_input::parse_positive_amount_in
//! [`parse_target_in`]: super::count_input::parse_target_in
//! [`Approach::from_code`]: super::approach::Approach::from_code

mod choice;
mod columns;
mod encoding;
mod language;
mod read;
mod records;
mod row_check;
mod sort;
mod table;

pub use super::formula_guard::starts_like_formula;
pub use choice::{ChoiceProblem, ColumnChoice, Header};
pub use columns::Column;
pub use encoding::{decode, Encoding};
pub use language::Language;
pub use read::{
    read_batch, read_batch_with, read_batch_with_choice, Batch, BatchError, MAX_BYTES, MAX_ROWS,
    MAX_TEXT_BYTES,
};
pub use records::{detect_separator, records, Record, Records, Separator, MAX_FIELDS};
pub use row_check::{InvalidRow, RowError};
pub use sort::{danish_order, own_order, sort_rows, SortColumn, SortDirection};
pub use table::{check_row, summarize, CheckedRow, Summary};
