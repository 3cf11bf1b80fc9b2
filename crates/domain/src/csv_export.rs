//! The checked table as a CSV file that opens correctly in Danish Excel, and safely.
//!
//! Format: UTF-8 with a byte order mark (so Excel reads æ, ø, å), `;` between fields
//! (Danish Excel's list separator), CRLF after every row, a header row in the page's
//! language. Columns: the four the check reads and its four derived ones, then the
//! caseworker's own columns unchanged, then the row's line in the text; with rejected
//! rows, also why each was rejected. The derived columns, the line and the errors are
//! the page's own ([`CsvTexts::own_columns`]): reading the file back, the check works
//! them out again rather than keeping them.
//!
//! Numbers are written by the app from typed values, never copied from the user's
//! text: amounts as `1234567,50` — a decimal comma, øre only when there are any, and
//! no thousands dots. Danish Excel reads `1.234.567,50` as a number too, but an Excel
//! with English settings would read `1.234` as one point two three four; without dots
//! the figure is either read right or kept as text, never silently misread. The batch
//! reader reads it back as the same amount.
//!
//! Formula injection (OWASP, "CSV Injection"): every field is quoted, with `"` doubled;
//! a text cell that starts with `=`, `+`, `-`, `@`, tab or CR — or one of these after
//! leading white space, or a full-width `＝ ＋ － ＠` — gets a `'` in front, so no
//! spreadsheet runs it as a formula. The batch reader drops that `'` again; a text that
//! already starts with `'` and then one of these gets one more, so names survive an
//! export and a reading unchanged.

use super::approach::Approach;
use super::batch::{CheckedRow, InvalidRow, RowError};
use super::flags::Flag;
use super::formula_guard::starts_like_formula;
use super::money::{Money, ORE_PER_KRONE};

/// The MIME type to offer the file with.
pub const CSV_MIME_TYPE: &str = "text/csv;charset=utf-8";

/// The separator between flags in the flag column.
pub const FLAG_JOINER: &str = " | ";

/// The words of the export, in the page's language: the caller passes its texts
/// (`crate::texts`), so the domain writes the file without knowing any language.
#[derive(Clone, Copy)]
pub struct CsvTexts {
    /// The header row, in the export's column order.
    pub header: [&'static str; 8],
    /// An approach's short name.
    pub approach: fn(Approach) -> &'static str,
    /// A flag as a sentence.
    pub flag: fn(&Flag) -> String,
    /// The heading of the line column.
    pub line: &'static str,
    /// The heading of the error column (only with rejected rows).
    pub error: &'static str,
    /// Why a row was rejected, as a sentence.
    pub row_error: fn(&RowError) -> String,
}

impl CsvTexts {
    /// The headings of the page's own columns: the derived figures, the line, the error.
    pub fn own_columns(&self) -> [&'static str; 6] {
        let [_, _, _, _, price, threshold, rank, flags] = self.header;
        [price, threshold, rank, flags, self.line, self.error]
    }
}

/// The checked rows as a complete CSV file: BOM, header, one line per row, in the
/// order given, without the caseworker's own columns and without rejected rows.
pub fn export_csv(rows: &[CheckedRow], texts: CsvTexts) -> String {
    export_batch(rows, &[], &[], texts)
}

/// A batch as a complete CSV file ([the format](self)): the checked rows in the order
/// given, then the rejected ones (their fields as written, the derived columns empty)
/// with the reasons; `extra_headers` heads the caseworker's own columns (a row's own
/// columns beyond them are left out).
pub fn export_batch(
    rows: &[CheckedRow],
    rejected: &[InvalidRow],
    extra_headers: &[String],
    texts: CsvTexts,
) -> String {
    let with_errors = !rejected.is_empty();
    let mut out = String::from("\u{feff}");
    let error_header = with_errors.then_some(texts.error);
    push_row(
        &mut out,
        texts
            .header
            .iter()
            .copied()
            .chain(extra_headers.iter().map(String::as_str))
            .chain([texts.line])
            .chain(error_header)
            .map(text_cell),
    );
    for row in rows {
        let flags: Vec<String> = row.flags.iter().map(texts.flag).collect();
        let cells = [
            text_cell(&row.name),
            number_cell(&amount(row.application.budget)),
            number_cell(&row.application.target.to_string()),
            text_cell((texts.approach)(row.approach)),
            number_cell(&amount(row.unit_price)),
            number_cell(&row.threshold_hires.to_string()),
            number_cell(&row.rank.to_string()),
            text_cell(&flags.join(FLAG_JOINER)),
        ];
        push_row(
            &mut out,
            cells
                .into_iter()
                .chain(
                    row.extra
                        .iter()
                        .take(extra_headers.len())
                        .map(|e| text_cell(e)),
                )
                .chain([number_cell(&row.line.to_string())])
                .chain(with_errors.then(String::new).map(|e| text_cell(&e))),
        );
    }
    for row in rejected {
        let reasons: Vec<String> = row.reasons.iter().map(texts.row_error).collect();
        push_row(
            &mut out,
            row.columns
                .iter()
                .take(4)
                .map(|c| text_cell(c))
                .chain((0..4).map(|_| text_cell("")))
                .chain(
                    row.columns
                        .iter()
                        .skip(4)
                        .take(extra_headers.len())
                        .map(|e| text_cell(e)),
                )
                .chain([
                    number_cell(&row.line.to_string()),
                    text_cell(&reasons.join(" ")),
                ]),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(&cell);
    }
    out.push_str("\r\n");
}

/// A text cell, quoted, with `"` doubled and a `'` before a formula character.
pub fn text_cell(text: &str) -> String {
    let neutral = starts_like_formula(text);
    let mut out = String::with_capacity(text.len() + 3);
    out.push('"');
    if neutral {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A number the app wrote itself, quoted like every field.
fn number_cell(number: &str) -> String {
    format!("\"{number}\"")
}

/// An amount for Danish Excel: `1234567,50`, `24561` (øre only when there are any).
pub fn amount(m: Money) -> String {
    let ore = m.ore().unsigned_abs();
    let per_krone = ORE_PER_KRONE as u64;
    let sign = if m.is_negative() { "-" } else { "" };
    match ore % per_krone {
        0 => format!("{sign}{}", ore / per_krone),
        rest => format!("{sign}{},{rest:02}", ore / per_krone),
    }
}
