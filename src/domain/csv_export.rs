//! The checked table as a CSV file that opens correctly in Danish Excel, and safely.
//!
//! Format: UTF-8 with a byte order mark (so Excel reads æ, ø, å), `;` between fields
//! (Danish Excel's list separator), CRLF after every row, a header row in the page's
//! language.
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
use super::batch::CheckedRow;
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
}

/// The checked rows as a complete CSV file: BOM, header, one line per row, in the
/// order given. Columns: name, budget, target, approach, unit price, hires for the
/// interim payment, rank among round one, flags.
pub fn export_csv(rows: &[CheckedRow], texts: CsvTexts) -> String {
    let mut out = String::from("\u{feff}");
    push_row(&mut out, texts.header.iter().map(|h| text_cell(h)));
    for row in rows {
        let flags: Vec<String> = row.flags.iter().map(texts.flag).collect();
        push_row(
            &mut out,
            [
                text_cell(&row.name),
                number_cell(&amount(row.application.budget)),
                number_cell(&row.application.target.to_string()),
                text_cell((texts.approach)(row.approach)),
                number_cell(&amount(row.unit_price)),
                number_cell(&row.threshold_hires.to_string()),
                number_cell(&row.rank.to_string()),
                text_cell(&flags.join(FLAG_JOINER)),
            ]
            .into_iter(),
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
