//! The whole text read: the caps, the separator, a header, then every row checked.

use super::choice::ColumnChoice;
use super::columns::{header_layout, looks_like_header, Column, Layout};
use super::language::Language;
use super::records::{detect_separator, records, Separator};
use super::row_check::{check_record, InvalidRow};
use super::table::CheckedRow;

/// The most the check keeps, in UTF-8 bytes: 1 MiB of the fields it reads and keeps —
/// the names and the caseworker's own columns of the valid rows, and the four columns
/// and own columns of a rejected row — not counting blank
/// lines, separators, quotes, the spaces fields are trimmed of, or the valid rows'
/// figures (written back as the app writes numbers, a few bytes each). Counted so, a
/// file the page wrote holds exactly what was counted when it was made, and reads back.
pub const MAX_BYTES: usize = 1024 * 1024;
/// The longest text read at all, in UTF-8 bytes: 16 MiB, far above the page's own export
/// of any batch within [`MAX_BYTES`] and [`MAX_ROWS`] (which writes every field quoted,
/// quotes doubled, with the derived figures and the flags as sentences).
pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;
/// The most data rows (header and empty lines not counted) accepted.
pub const MAX_ROWS: usize = 5_000;

/// Why the batch as a whole cannot be checked. Each has its own message in the texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// The fields the check keeps add up to more than [`MAX_BYTES`].
    TooLarge {
        /// Their length in UTF-8 bytes.
        bytes: usize,
        /// [`MAX_BYTES`].
        max: usize,
    },
    /// The text is longer than [`MAX_TEXT_BYTES`]; nothing of it was read.
    TextTooLarge {
        /// The text's length in UTF-8 bytes.
        bytes: usize,
        /// [`MAX_TEXT_BYTES`].
        max: usize,
    },
    /// More than [`MAX_ROWS`] data rows (counting stopped there).
    TooManyRows {
        /// [`MAX_ROWS`].
        max: usize,
    },
    /// A header was recognised, but one of the four columns is not in it.
    MissingColumn {
        /// The column not found.
        column: Column,
        /// The header's line.
        line: usize,
    },
    /// A header names the same column twice.
    DuplicateColumn {
        /// The column named twice.
        column: Column,
        /// The header's line.
        line: usize,
    },
}

/// A checked batch: what was detected, the valid rows and the invalid ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The separator detected.
    pub separator: Separator,
    /// The valid rows, in the order of the text.
    pub rows: Vec<CheckedRow>,
    /// The invalid rows, in the order of the text.
    pub invalid: Vec<InvalidRow>,
    /// The headings of the caseworker's own columns, kept along with every row.
    pub extra_headers: Vec<String>,
}

/// Reads and checks a batch of applications as the Danish page does (see [the batch
/// check](super)).
pub fn read_batch(text: &str) -> Result<Batch, BatchError> {
    read_batch_with(text, &[])
}

/// [`read_batch`], not keeping the columns headed as one of `own_columns`: the derived
/// columns of the page's own export (the line, the figures, the flags, the errors),
/// which the check works out again. A file the page wrote so reads back to the same
/// batch, with the same size.
pub fn read_batch_with(text: &str, own_columns: &[&str]) -> Result<Batch, BatchError> {
    read_batch_with_choice(
        text,
        own_columns,
        &ColumnChoice::default(),
        Language::Danish,
    )
}

/// [`read_batch_with`] on the page in `language` ([`Language`]: its numbers and
/// headings), with the columns the caseworker chose for those the header does not name
/// ([`ColumnChoice`]; a choice that does not fit the header is not applied).
pub fn read_batch_with_choice(
    text: &str,
    own_columns: &[&str],
    choice: &ColumnChoice,
    language: Language,
) -> Result<Batch, BatchError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(BatchError::TextTooLarge {
            bytes: text.len(),
            max: MAX_TEXT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = detect_separator(text);
    let mut filled = records(text, separator).filter(|r| r.filled_width > 0 || r.unclosed_quote);

    let mut batch = Batch {
        separator,
        rows: Vec::new(),
        invalid: Vec::new(),
        extra_headers: Vec::new(),
    };
    let mut layout = Layout::POSITIONAL;
    let mut pending = None;
    if let Some(first) = filled.next() {
        if !first.unclosed_quote && looks_like_header(&first, language) {
            layout = header_layout(&first, own_columns, choice, language)?;
            batch.extra_headers = layout.extra.iter().map(|(_, h)| h.clone()).collect();
        } else {
            pending = Some(first);
        }
    }

    let mut data = Vec::new();
    for record in pending.into_iter().chain(filled) {
        if data.len() == MAX_ROWS {
            return Err(BatchError::TooManyRows { max: MAX_ROWS });
        }
        data.push(record);
    }
    let mut kept = 0;
    for record in &data {
        match check_record(record, &layout, separator, language) {
            Ok(row) => {
                kept += row.name.len() + row.extra.iter().map(String::len).sum::<usize>();
                batch.rows.push(row);
            }
            Err(invalid) => {
                kept += invalid.columns.iter().map(String::len).sum::<usize>();
                batch.invalid.push(invalid);
            }
        }
    }
    if kept > MAX_BYTES {
        return Err(BatchError::TooLarge {
            bytes: kept,
            max: MAX_BYTES,
        });
    }
    Ok(batch)
}
