//! The batch check: a pasted or uploaded spreadsheet of applications → checked rows.
//!
//! Reads what Danish Excel and Google Sheets export or put on the clipboard:
//!
//! - **Separator**, detected from the first non-empty record (quotes respected): tab if
//!   it has a tab (Excel's clipboard and "Tekst (tabulatorsepareret)"); else `;` if it
//!   has one (Danish Excel's "CSV (semikolonsepareret)"); else `,` (Google Sheets,
//!   English Excel). With `,` as separator an amount with a decimal comma, `1.234,50`,
//!   must be quoted (`"1.234,50"`, as the spreadsheet programs write it); unquoted, it
//!   splits into two columns and the row is reported with its column count.
//! - **Text**: an optional UTF-8 byte order mark; CRLF, LF or a lone CR ends a line;
//!   a field that starts with `"` is quoted and may hold separators, line breaks and
//!   doubled quotes (`""`); an unclosed quote spoils only the line it starts on.
//!   Fields are trimmed. Empty lines, and lines of empty fields only (`;;;`), are skipped.
//! - **Columns**: project name, budget, target, approach. A header is recognised when
//!   the first record has no field that reads as an amount or a target and at least one
//!   known column name ([`Column::from_header`], Danish or English, any case, any
//!   order); other header columns are ignored and listed. Without a header the four
//!   columns stand in that order.
//! - **Values** are read by the single calculator's own parsers, so a row's reasons are
//!   the calculator's: [`parse_positive_amount`], [`parse_target`],
//!   [`Approach::from_code`]. A name written as `'=…` is read without the `'`: it is the
//!   one the CSV export adds before a formula character ([`starts_like_formula`]).
//! - **Caps**: more than [`MAX_BYTES`] of text or [`MAX_ROWS`] data rows is refused with
//!   a [`BatchError`] before any row is checked; the byte length is checked first and
//!   rows are counted only up to the cap.

use core::cmp::Ordering;

use super::amount_input::{parse_positive_amount, AmountError};
use super::approach::Approach;
use super::compare::compare;
use super::count_input::{parse_target, CountError};
use super::flags::{flags, Flag};
use super::money::Money;
use super::payout::{threshold_hires, unit_price, Application};
use super::round_one::AVERAGE_UNIT_PRICE_TABLE3;

/// The largest text accepted: 1 MiB, measured in UTF-8 bytes.
pub const MAX_BYTES: usize = 1024 * 1024;
/// The most data rows (header and empty lines not counted) accepted.
pub const MAX_ROWS: usize = 5_000;
/// Fields kept per record; any further ones are only counted (a row that long is
/// wrong anyway, and this keeps one huge line from filling memory). A header column
/// beyond it is not seen.
pub const MAX_FIELDS: usize = 64;

/// The character between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `;`, Danish Excel's CSV.
    Semicolon,
    /// `,`, Google Sheets and English Excel's CSV.
    Comma,
    /// A tab, Excel's clipboard and tab-separated text.
    Tab,
}

impl Separator {
    /// The character itself.
    pub const fn as_char(self) -> char {
        match self {
            Separator::Semicolon => ';',
            Separator::Comma => ',',
            Separator::Tab => '\t',
        }
    }
}

/// One of the four columns a batch must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Projekt: the project's name.
    Name,
    /// Ansøgt beløb: the budget.
    Budget,
    /// Resultatmål: the target.
    Target,
    /// Tilgang: the approach.
    Approach,
}

impl Column {
    /// The four columns, in the order used without a header.
    pub const ALL: [Column; 4] = [
        Column::Name,
        Column::Budget,
        Column::Target,
        Column::Approach,
    ];

    /// Reads a header cell: Danish or English, any case, surrounding spaces and a
    /// trailing parenthesis (`Ansøgt beløb (kr.)`) or `:` ignored.
    pub fn from_header(text: &str) -> Option<Column> {
        let lower = super::letters::lowercase(text.trim());
        let before_parenthesis = lower.split('(').next().unwrap_or_default();
        let words: Vec<&str> = before_parenthesis.split_whitespace().collect();
        let joined = words.join(" ");
        match joined.trim_end_matches(':') {
            "projekt" | "projektnavn" | "project" | "project name" => Some(Column::Name),
            "beløb" | "beloeb" | "belob" | "ansøgt beløb" | "ansoegt beloeb" | "ansogt belob"
            | "tildelt beløb" | "budget" => Some(Column::Budget),
            "resultatmål" | "resultatmaal" | "resultatmal" | "måltal" | "maaltal" | "target" => {
                Some(Column::Target)
            }
            "tilgang" | "approach" => Some(Column::Approach),
            _ => None,
        }
    }
}

/// Why the batch as a whole cannot be checked. Each has its own message in `i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// The text is longer than [`MAX_BYTES`].
    TooLarge {
        /// The text's length in UTF-8 bytes.
        bytes: usize,
        /// [`MAX_BYTES`].
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
}

/// A valid application with every derived figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedRow {
    /// 1-based line in the user's text where the row starts.
    pub line: usize,
    /// The project name.
    pub name: String,
    /// Budget and target.
    pub application: Application,
    /// The approach.
    pub approach: Approach,
    /// Estimeret enhedspris, whole kroner.
    pub unit_price: Money,
    /// Hires needed for the interim payment: ceil(target / 2).
    pub threshold_hires: u32,
    /// 1-based position among the nine round-one unit prices and this one, lowest first.
    pub rank: usize,
    /// The plausibility flags.
    pub flags: Vec<Flag>,
}

/// A checked batch: what was detected, the valid rows and the invalid ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Batch {
    /// The separator detected.
    pub separator: Separator,
    /// The header's line, if the first record was a header.
    pub header_line: Option<usize>,
    /// Header names that are none of the four columns; their columns are ignored.
    pub ignored_columns: Vec<String>,
    /// The valid rows, in the order of the text.
    pub rows: Vec<CheckedRow>,
    /// The invalid rows, in the order of the text.
    pub invalid: Vec<InvalidRow>,
}

/// One record of delimited text, as the reader splits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based line where the record starts.
    pub line: usize,
    /// The fields, unquoted and trimmed; at most [`MAX_FIELDS`] are kept.
    pub fields: Vec<String>,
    /// How many fields the record has, kept or not.
    pub field_count: usize,
    /// How many fields up to and including the last non-empty one (0: an empty record).
    pub filled_width: usize,
    /// The record's text, without its line ending.
    pub raw: &'a str,
    /// A quote opened in the record is never closed; the record is its first line only.
    pub unclosed_quote: bool,
}

/// The records of a text, one at a time (see the module documentation for the rules).
///
/// Linear in the text's length, even for quotes that never close: a line break passed
/// inside quotes by a record that then ran to the end of the text unclosed is
/// remembered, and any later record inside quotes at the same line break gives up
/// there (from a line break inside quotes, where the text ends unclosed does not
/// depend on where the record began).
#[derive(Debug, Clone)]
pub struct Records<'a> {
    text: &'a str,
    separator: char,
    pos: usize,
    line: usize,
    breaks_known_unclosed: BitSet,
}

/// A set of byte positions in the text, one bit each (allocated on the first insertion):
/// constant-time, and smaller code than a hash set.
#[derive(Debug, Clone, Default)]
struct BitSet(Vec<u64>);

impl BitSet {
    fn contains(&self, at: usize) -> bool {
        self.0
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    fn insert(&mut self, at: usize) {
        if self.0.len() <= at / 64 {
            self.0.resize(at / 64 + 1, 0);
        }
        self.0[at / 64] |= 1 << (at % 64);
    }
}

/// Splits `text` (without a byte order mark) into records separated by `separator`.
pub fn records(text: &str, separator: Separator) -> Records<'_> {
    Records {
        text,
        separator: separator.as_char(),
        pos: 0,
        line: 1,
        breaks_known_unclosed: BitSet::default(),
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let text = self.text;
        let start = self.pos;
        if start >= text.len() {
            return None;
        }
        let start_line = self.line;
        let mut fields = FieldsBuilder::default();
        let mut field = String::new();
        let mut field_blank = true;
        let mut in_quotes = false;
        let mut was_quoted = false;
        let mut breaks_in_quotes = Vec::new();
        let mut end = text.len();
        let mut next_pos = text.len();
        let mut chars = text[start..].char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek().map(|&(_, n)| n) == Some('"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\r' | '\n' => {
                        let at = start + offset;
                        if self.breaks_known_unclosed.contains(at) {
                            break;
                        }
                        breaks_in_quotes.push(at);
                        if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                            chars.next();
                        }
                        field.push('\n');
                        self.line += 1;
                    }
                    _ => field.push(c),
                }
            } else if c == self.separator {
                fields.push(&field);
                field.clear();
                field_blank = true;
                was_quoted = false;
            } else if c == '\r' || c == '\n' {
                end = start + offset;
                next_pos = end + 1;
                if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                    next_pos += 1;
                }
                self.line += 1;
                break;
            } else if c == '"' && field_blank && !was_quoted {
                field.clear();
                in_quotes = true;
                was_quoted = true;
            } else {
                field_blank &= c.is_whitespace();
                field.push(c);
            }
        }
        if in_quotes {
            for at in breaks_in_quotes {
                self.breaks_known_unclosed.insert(at);
            }
            return Some(self.unclosed_quote(start, start_line));
        }
        fields.push(&field);
        self.pos = next_pos;
        Some(Record {
            line: start_line,
            fields: fields.kept,
            field_count: fields.count,
            filled_width: fields.filled_width,
            raw: &text[start..end],
            unclosed_quote: false,
        })
    }
}

impl<'a> Records<'a> {
    /// The record whose quote never closes: only its first line, so that the lines
    /// after it are still read.
    fn unclosed_quote(&mut self, start: usize, start_line: usize) -> Record<'a> {
        let text = self.text;
        let (end, next_pos) = match text[start..].find(['\r', '\n']) {
            Some(offset) => {
                let end = start + offset;
                let ending = if text[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                (end, end + ending)
            }
            None => (text.len(), text.len()),
        };
        self.pos = next_pos;
        self.line = start_line + 1;
        Record {
            line: start_line,
            fields: Vec::new(),
            field_count: 0,
            filled_width: 0,
            raw: &text[start..end],
            unclosed_quote: true,
        }
    }
}

#[derive(Default)]
struct FieldsBuilder {
    kept: Vec<String>,
    count: usize,
    filled_width: usize,
}

impl FieldsBuilder {
    fn push(&mut self, field: &str) {
        let trimmed = field.trim();
        self.count += 1;
        if !trimmed.is_empty() {
            self.filled_width = self.count;
        }
        if self.kept.len() < MAX_FIELDS {
            self.kept.push(trimmed.to_owned());
        }
    }
}

/// The separator of a text: tab if its first non-empty record has a tab outside
/// quotes; else `;` if it has one outside quotes; else `,`. When a quote in the text
/// never closes, the first non-empty line is looked at without regard to quotes.
pub fn detect_separator(text: &str) -> Separator {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    scan_first_record(text, true)
        .unwrap_or_else(|| scan_first_record(text, false).unwrap_or(Separator::Comma))
}

/// `None` when quotes are respected and one never closes. A quote opens a quoted field
/// only at the start of a field (after line start or a candidate separator, spaces
/// aside), as the reader's own rule has it; inside, `""` is a quote character.
fn scan_first_record(text: &str, respect_quotes: bool) -> Option<Separator> {
    let mut in_quotes = false;
    let mut field_start = true;
    let mut has_content = false;
    let mut has_tab = false;
    let mut has_semicolon = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    in_quotes = false;
                }
            }
            continue;
        }
        match c {
            '"' if respect_quotes && field_start => {
                in_quotes = true;
                has_content = true;
                field_start = false;
            }
            '\t' => {
                has_tab = true;
                field_start = true;
            }
            ';' | ',' => {
                has_semicolon |= c == ';';
                field_start = true;
            }
            '\r' | '\n' if has_content || has_tab || has_semicolon => break,
            '\r' | '\n' => field_start = true,
            c if c.is_whitespace() => {}
            _ => {
                has_content = true;
                field_start = false;
            }
        }
    }
    if in_quotes {
        return None;
    }
    Some(if has_tab {
        Separator::Tab
    } else if has_semicolon {
        Separator::Semicolon
    } else {
        Separator::Comma
    })
}

/// Where each of the four columns stands, and how wide a row is.
#[derive(Debug, Clone, Copy)]
struct Layout {
    index: [usize; 4],
    width: usize,
}

impl Layout {
    const POSITIONAL: Layout = Layout {
        index: [0, 1, 2, 3],
        width: 4,
    };

    fn of(&self, column: Column) -> usize {
        self.index[column as usize]
    }
}

fn looks_like_header(record: &Record<'_>) -> bool {
    let no_figures = record
        .fields
        .iter()
        .all(|f| parse_positive_amount(f).is_err() && parse_target(f).is_err());
    no_figures
        && record
            .fields
            .iter()
            .any(|f| Column::from_header(f).is_some())
}

fn header_layout(record: &Record<'_>) -> Result<(Layout, Vec<String>), BatchError> {
    let mut index: [Option<usize>; 4] = [None; 4];
    let mut ignored = Vec::new();
    for (i, field) in record.fields.iter().enumerate() {
        match Column::from_header(field) {
            Some(column) => {
                let slot = &mut index[column as usize];
                if slot.is_some() {
                    return Err(BatchError::DuplicateColumn {
                        column,
                        line: record.line,
                    });
                }
                *slot = Some(i);
            }
            None if !field.is_empty() => ignored.push(field.clone()),
            None => {}
        }
    }
    let mut found = [0; 4];
    for column in Column::ALL {
        found[column as usize] = index[column as usize].ok_or(BatchError::MissingColumn {
            column,
            line: record.line,
        })?;
    }
    let layout = Layout {
        index: found,
        width: record
            .filled_width
            .max(found.iter().max().map_or(0, |m| m + 1)),
    };
    Ok((layout, ignored))
}

/// Reads and checks a batch of applications (see the module documentation).
pub fn read_batch(text: &str) -> Result<Batch, BatchError> {
    if text.len() > MAX_BYTES {
        return Err(BatchError::TooLarge {
            bytes: text.len(),
            max: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = detect_separator(text);
    let mut filled = records(text, separator).filter(|r| r.filled_width > 0 || r.unclosed_quote);

    let mut batch = Batch {
        separator,
        header_line: None,
        ignored_columns: Vec::new(),
        rows: Vec::new(),
        invalid: Vec::new(),
    };
    let mut layout = Layout::POSITIONAL;
    let mut pending = None;
    if let Some(first) = filled.next() {
        if !first.unclosed_quote && looks_like_header(&first) {
            let (header, ignored) = header_layout(&first)?;
            layout = header;
            batch.header_line = Some(first.line);
            batch.ignored_columns = ignored;
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
    for record in &data {
        match check_record(record, layout, separator) {
            Ok(row) => batch.rows.push(row),
            Err(invalid) => batch.invalid.push(invalid),
        }
    }
    Ok(batch)
}

fn check_record(
    record: &Record<'_>,
    layout: Layout,
    separator: Separator,
) -> Result<CheckedRow, InvalidRow> {
    let invalid = |name: Option<String>, reasons: Vec<RowError>| InvalidRow {
        line: record.line,
        raw: record.raw.to_owned(),
        name,
        reasons,
    };
    if record.unclosed_quote {
        return Err(invalid(None, vec![RowError::UnclosedQuote]));
    }
    let has_every_column = Column::ALL
        .iter()
        .all(|&c| layout.of(c) < record.fields.len());
    if record.filled_width > layout.width || !has_every_column {
        let found = if record.filled_width > layout.width {
            record.filled_width
        } else {
            record.field_count
        };
        let name = record
            .fields
            .get(layout.of(Column::Name))
            .filter(|n| !n.is_empty())
            .map(|n| read_name(n));
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
    let name = read_name(field(Column::Name));
    if name.is_empty() {
        reasons.push(RowError::MissingName);
    }
    let budget = parse_positive_amount(field(Column::Budget))
        .map_err(|e| reasons.push(RowError::Budget(e)))
        .ok();
    let target = parse_target(field(Column::Target))
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
        (Some(budget), Some(target), Some(approach)) if reasons.is_empty() => Ok(check_row(
            record.line,
            name,
            Application { budget, target },
            approach,
        )),
        _ => Err(invalid((!name.is_empty()).then_some(name), reasons)),
    }
}

/// The name as written, without the `'` the CSV export puts before a formula character.
fn read_name(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if starts_like_formula(rest) => rest.to_owned(),
        _ => text.to_owned(),
    }
}

/// Characters a spreadsheet may take as the start of a formula: OWASP's list (`=`, `+`,
/// `-`, `@`, tab, CR) and their full-width forms, which some spreadsheet locales accept.
pub fn is_formula_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
    )
}

/// Whether a text cell needs the CSV export's `'` in front: it starts with a formula
/// character, possibly after white space or after `'`s (so that a name that itself
/// starts with `'=` survives the export and the reader unchanged).
pub fn starts_like_formula(text: &str) -> bool {
    let text = text.trim_start_matches('\'');
    text.starts_with(is_formula_trigger) || text.trim_start().starts_with(is_formula_trigger)
}

/// Checks one application: every derived figure and the flags.
pub fn check_row(
    line: usize,
    name: String,
    application: Application,
    approach: Approach,
) -> CheckedRow {
    let price = unit_price(application);
    CheckedRow {
        line,
        name,
        application,
        approach,
        unit_price: price,
        threshold_hires: threshold_hires(application.target),
        rank: compare(price, approach).rank,
        flags: flags(application, approach),
    }
}

/// The summary line of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Valid applications.
    pub applications: usize,
    /// Sum of their budgets.
    pub total_budget: Money,
    /// Sum of their targets.
    pub total_target: u64,
    /// Total budget / total target, truncated to whole kroner like the unit price;
    /// `None` without applications.
    pub unit_price: Option<Money>,
    /// Round one's average to set it against (22.695 kr., Table 3).
    pub round_one_average: Money,
    /// Applications per approach, in the order of [`Approach::ALL`].
    pub per_approach: [(Approach, usize); 3],
    /// Applications with at least one flag.
    pub flagged: usize,
}

/// Sums up the valid rows of a batch.
pub fn summarize(rows: &[CheckedRow]) -> Summary {
    let total_budget = rows
        .iter()
        .fold(Money::ZERO, |sum, r| sum + r.application.budget);
    let total_target: u64 = rows.iter().map(|r| u64::from(r.application.target)).sum();
    let unit_price =
        (total_target > 0).then(|| total_budget.div_floor(total_target as i64).whole_kroner());
    let per_approach = Approach::ALL.map(|a| (a, rows.iter().filter(|r| r.approach == a).count()));
    Summary {
        applications: rows.len(),
        total_budget,
        total_target,
        unit_price,
        round_one_average: AVERAGE_UNIT_PRICE_TABLE3,
        per_approach,
        flagged: rows.iter().filter(|r| !r.flags.is_empty()).count(),
    }
}

/// A column of the checked table to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// The line in the user's text (the original order).
    Line,
    /// The project name, in Danish alphabetical order (æ, ø, å after z), any case.
    Name,
    /// The budget.
    Budget,
    /// The target.
    Target,
    /// The approach, in the order of [`Approach::ALL`].
    Approach,
    /// The unit price.
    UnitPrice,
    /// Hires needed for the interim payment.
    ThresholdHires,
    /// The rank among round one.
    Rank,
    /// The number of flags.
    Flags,
}

/// Which way to sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortDirection {
    /// Lowest first.
    Ascending,
    /// Highest first.
    Descending,
}

/// Sorts rows by a column. Stable: rows that tie keep their order, either direction.
pub fn sort_rows(rows: &mut [CheckedRow], column: SortColumn, direction: SortDirection) {
    super::small_sort::merge_sort_by(rows, |a, b| {
        let order = compare_rows(a, b, column);
        match direction {
            SortDirection::Ascending => order,
            SortDirection::Descending => order.reverse(),
        }
    });
}

fn compare_rows(a: &CheckedRow, b: &CheckedRow, column: SortColumn) -> Ordering {
    match column {
        SortColumn::Line => a.line.cmp(&b.line),
        SortColumn::Name => danish_order(&a.name, &b.name),
        SortColumn::Budget => a.application.budget.cmp(&b.application.budget),
        SortColumn::Target => a.application.target.cmp(&b.application.target),
        SortColumn::Approach => approach_position(a.approach).cmp(&approach_position(b.approach)),
        SortColumn::UnitPrice => a.unit_price.cmp(&b.unit_price),
        SortColumn::ThresholdHires => a.threshold_hires.cmp(&b.threshold_hires),
        SortColumn::Rank => a.rank.cmp(&b.rank),
        SortColumn::Flags => a.flags.len().cmp(&b.flags.len()),
    }
}

fn approach_position(approach: Approach) -> usize {
    Approach::ALL
        .iter()
        .position(|&a| a == approach)
        .unwrap_or(Approach::ALL.len())
}

/// Danish alphabetical order, ignoring case: æ (and ä), ø (and ö), å come after z.
fn danish_order(a: &str, b: &str) -> Ordering {
    fn key(s: &str) -> impl Iterator<Item = u32> + '_ {
        s.chars().map(super::letters::lower).map(|c| match c {
            'æ' | 'ä' => u32::from('z') + 1,
            'ø' | 'ö' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            c => u32::from(c),
        })
    }
    key(a).cmp(key(b))
}
