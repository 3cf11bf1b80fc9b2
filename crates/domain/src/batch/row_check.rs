//! Row checks: one record's fields read by the calculator's own parsers into an
//! application, or every reason it is not one.

use super::columns::{Column, Layout};
use super::language::Language;
use super::records::{Record, Separator};
use super::table::{check_row, CheckedRow};
use crate::amount_input::AmountError;
use crate::approach::Approach;
use crate::count_input::CountError;
use crate::formula_guard::unguarded;
use crate::payout::Application;

/// Why one row cannot be checked. The amount and count reasons are the single
/// calculator's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowError {
    /// The row has too few or too many columns. Trailing empty fields are not counted.
    ColumnCount {
        /// Columns expected: four, or the header's width.
        expected: usize,
        /// Columns found.
        found: usize,
        /// The separator in use (with `,`, a decimal comma must be quoted).
        separator: Separator,
    },
    /// The project name is empty.
    MissingName,
    /// The budget is not a positive amount.
    Budget(AmountError),
    /// The target is not a whole number of hires from 1 to the maximum.
    Target(CountError),
    /// The approach is empty.
    MissingApproach,
    /// The approach is none of the three (the value as written).
    UnknownApproach(String),
    /// A quote opened on this line is never closed.
    UnclosedQuote,
}

/// A row that could not be checked, with everything needed to find and fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRow {
    /// 1-based line in the user's text where the row starts.
    pub line: usize,
    /// The row as written (several lines if a quoted field holds line breaks).
    pub raw: String,
    /// The project name, when there is one.
    pub name: Option<String>,
    /// Every reason, in column order; at least one.
    pub reasons: Vec<RowError>,
    /// The row's fields as written, for the export: the four columns in the order of
    /// [`Column::ALL`] (empty where the row has no such field), then the caseworker's own
    /// columns in the header's order.
    pub columns: Vec<String>,
}

/// Checks one record laid out as `layout`, its numbers read as the page in `language`
/// reads them: a checked row, or the row as written with every reason (at least one).
pub(super) fn check_record(
    record: &Record<'_>,
    layout: &Layout,
    separator: Separator,
    language: Language,
) -> Result<CheckedRow, InvalidRow> {
    // As written, less the `'` the export puts before a formula character.
    let written = |i: usize| {
        record
            .fields
            .get(i)
            .map(|f| unguarded(f).to_owned())
            .unwrap_or_default()
    };
    let extra: Vec<String> = layout.extra.iter().map(|(i, _)| written(*i)).collect();
    let invalid = |name: Option<String>, reasons: Vec<RowError>| InvalidRow {
        line: record.line,
        raw: record.raw.to_owned(),
        name,
        reasons,
        columns: Column::ALL
            .iter()
            .map(|&c| written(layout.of(c)))
            .chain(extra.iter().cloned())
            .collect(),
    };
    if record.unclosed_quote {
        return Err(invalid(None, vec![RowError::UnclosedQuote]));
    }
    let has_every_column = Column::ALL
        .iter()
        .all(|&c| layout.of(c) < record.fields.len());
    // Too wide counts up to the last field filled in; too narrow, every field.
    let too_wide = record.filled_width > layout.width;
    if too_wide || !has_every_column {
        let found = if too_wide {
            record.filled_width
        } else {
            record.field_count
        };
        let name = record
            .fields
            .get(layout.of(Column::Name))
            .filter(|n| !n.is_empty())
            .map(|n| unguarded(n).to_owned());
        return Err(invalid(
            name,
            vec![RowError::ColumnCount {
                expected: layout.width,
                found,
                separator,
            }],
        ));
    }
    let field = |c: Column| record.fields[layout.of(c)].as_str();
    let mut reasons = Vec::new();
    let name = unguarded(field(Column::Name)).to_owned();
    if name.is_empty() {
        reasons.push(RowError::MissingName);
    }
    let budget = language
        .read_amount(field(Column::Budget))
        .map_err(|e| reasons.push(RowError::Budget(e)))
        .ok();
    let target = language
        .read_target(field(Column::Target))
        .map_err(|e| reasons.push(RowError::Target(e)))
        .ok();
    let approach_text = field(Column::Approach);
    let approach = if approach_text.is_empty() {
        reasons.push(RowError::MissingApproach);
        None
    } else {
        let approach = Approach::from_code(approach_text);
        if approach.is_none() {
            reasons.push(RowError::UnknownApproach(approach_text.to_owned()));
        }
        approach
    };
    match (budget, target, approach) {
        (Some(budget), Some(target), Some(approach)) if reasons.is_empty() => {
            let mut row = check_row(record.line, name, Application { budget, target }, approach);
            row.extra = extra;
            Ok(row)
        }
        _ => Err(invalid((!name.is_empty()).then_some(name), reasons)),
    }
}
