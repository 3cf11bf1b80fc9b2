//! English: the batch check's texts.

use super::BatchTexts;
use crate::domain::approach::Approach;
use crate::domain::batch::Encoding;
use crate::domain::batch::{BatchError, Column, RowError, Separator};
use crate::texts::en::{grouped, En};
use crate::texts::Texts;

impl BatchTexts for En {
    // ---- The page and its table
    const BATCH_HEADING: &'static str = "Check many applications";
    const BATCH_LEAD: &'static str = "For STAR caseworkers: paste the applications from a spreadsheet and get the unit price, the rank against round one and what is worth a closer look, for all of them at once. Nothing is sent anywhere; everything is computed in the browser.";
    const PASTE_LABEL: &'static str = "Applications";
    const PASTE_HINT: &'static str = "Copy from Excel or Google Sheets: project, amount applied for, target and approach (network, course or hybrid) – with or without a header, in any order with a header. Semicolon, comma or tab. Amounts as 1,234,567.50, or in the Danish format, 1.234.567,50; a comma or point before exactly three digits separates thousands, so 1,250 and 1.250 are both DKK 1,250. At most 5,000 rows and 1 MiB of names, own columns and rejected rows.";
    const FILE_LABEL: &'static str = "Or choose a file (.csv or .txt)";
    const EXAMPLE_BUTTON: &'static str = "Paste the nine round-one projects as an example";
    const SUMMARY_HEADING: &'static str = "Overview";
    const S_APPLICATIONS: &'static str = "Applications";
    const S_TOTAL_BUDGET: &'static str = "Total amount applied for";
    const S_TOTAL_TARGET: &'static str = "Total target";
    const S_UNIT_PRICE: &'static str = "Unit price: total amount applied for / total target";
    const S_ROUND_ONE: &'static str = "Round one: total grant / total target (Table 3)";
    const S_ROUND_TWO_NOTE: &'static str = "STAR does not say how it computed round two's unit price, so it cannot simply be compared with round one's figure from Table 3.";
    const S_FLAGGED: &'static str = "Applications with remarks";
    const BATCH_TABLE_CAPTION: &'static str = "Checked applications";
    const SORT_HINT: &'static str = "Choose a column header to sort.";
    const COL_LINE: &'static str = "Line";
    const BATCH_COL_THRESHOLD: &'static str = Self::THRESHOLD_LABEL;
    const COL_RANK: &'static str = "Rank among 10";
    const COL_FLAGS: &'static str = "Remarks";
    const OPEN_LINK: &'static str = "Open in the calculator";
    const ERRORS_HEADING: &'static str = "Rows that could not be checked";
    const DOWNLOAD: &'static str = "Download CSV";
    const EMPTY: &'static str = "Paste or choose applications to check them.";
    const CSV_FILENAME: &'static str = "grant-calculator-check.csv";

    const CSV_HEADER: [&'static str; 8] = [
        Self::COL_PROJECT,
        "Amount applied for (DKK)",
        Self::COL_TARGET,
        Self::COL_APPROACH,
        "Unit price (DKK)",
        Self::BATCH_COL_THRESHOLD,
        "Rank in round one (1 = lowest unit price of 10)",
        "Flags",
    ];

    // ---- Messages

    fn batch_row_error(e: &RowError) -> String {
        match e {
            // The English page reads numbers as the English calculator does (and Danish
            // ones it cannot read), so the English calculator's messages say what to type.
            RowError::Budget(e) => {
                format!(
                    "{}: {}",
                    Self::column(Column::Budget),
                    Self::amount_error(e)
                )
            }
            RowError::Target(e) => {
                format!("{}: {}", Self::column(Column::Target), Self::count_error(e))
            }
            RowError::UnknownApproach(value) => Self::approach_error(value),
            RowError::ColumnCount {
                expected,
                found,
                separator,
            } => {
                let mut s = format!(
                    "The line has {found} {}, but it needs {expected}: project, amount applied for, target and approach.",
                    if *found == 1 { "column" } else { "columns" }
                );
                if *separator == Separator::Comma {
                    s.push_str(" The columns are separated by commas, so an amount with a comma in it must be in quotes, e.g. \"1,234,567.50\", or written without one: 1234567.50.");
                }
                s
            }
            RowError::MissingName => "The project's name is missing.".into(),
            RowError::MissingApproach => {
                "The approach is missing. Enter network, course or hybrid.".into()
            }
            RowError::UnclosedQuote => {
                "A quote (\") on the line is never closed. The line was read on its own.".into()
            }
        }
    }

    fn batch_error(e: &BatchError) -> String {
        match e {
            BatchError::TooLarge { bytes, max } => format!(
                "The applications take up {} bytes (names, own columns and rejected rows, without spaces and separators); at most {} bytes (1 MiB) can be checked at a time. Split the list.",
                grouped(*bytes as u64),
                grouped(*max as u64)
            ),
            BatchError::TextTooLarge { bytes, max } => format!(
                "The text is {} bytes; at most {} bytes (16 MiB) can be read at a time. Split the list.",
                grouped(*bytes as u64),
                grouped(*max as u64)
            ),
            BatchError::TooManyRows { max } => format!(
                "There are more than {0} applications; at most {0} can be checked at a time. Split the list.",
                grouped(*max as u64)
            ),
            BatchError::MissingColumn { column, line } => format!(
                "The header on line {line} lacks the column \"{}\". Use the headers Project, Amount applied for (or Budget), Target and Approach – or leave out the header and use that order.",
                Self::column(*column)
            ),
            BatchError::DuplicateColumn { column, line } => format!(
                "The header on line {line} has the column \"{}\" twice. Keep one.",
                Self::column(*column)
            ),
        }
    }

    fn batch_line(line: usize) -> String {
        format!("Line {line}")
    }

    const FILE_UNREADABLE: &'static str = "The file could not be read, so the text in the box is unchanged. Choose the file again, or open it and copy its contents into the box.";

    fn file_too_large(bytes: f64) -> String {
        format!(
            "The file is {} kB; at most 16,384 kB (16 MiB) can be read. Split it into smaller files.",
            grouped((bytes / 1024.0).ceil() as u64)
        )
    }

    fn rank_short(rank: usize) -> String {
        format!("{rank} of 10")
    }

    fn per_approach(counts: &[(Approach, usize)]) -> String {
        counts
            .iter()
            .map(|(a, n)| format!("{}: {n}", Self::approach_short(*a)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn rows_shown(shown: usize, total: usize) -> String {
        format!(
            "Showing {} of {} {}.",
            grouped(shown as u64),
            grouped(total as u64),
            if total == 1 {
                "application"
            } else {
                "applications"
            }
        )
    }

    fn show_more(n: usize) -> String {
        format!("Show {} more", grouped(n as u64))
    }

    fn show_all(total: usize) -> String {
        format!("Show all {}", grouped(total as u64))
    }

    // ---- The batch check: files, order, rejected rows, status

    const S_ENCODING: &'static str = "File read as";

    fn encoding_read(e: Encoding) -> &'static str {
        match e {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 (little-endian), Excel's \"Unicode text\"",
            Encoding::Utf16Be => "UTF-16 (big-endian)",
            Encoding::Windows1252 => {
                "Windows-1252, Excel's \"CSV (semicolon separated)\" on Danish Windows"
            }
        }
    }

    const BATCH_KEPT: &'static str = "The text is kept only in this tab of your browser, so it is here again when you go back or reload the page. Nothing is sent anywhere.";
    const BATCH_NOT_KEPT: &'static str = "The text is too large for the browser to keep in this tab: it is gone if you go back or reload the page. Nothing is sent anywhere.";
    const EXAMPLE_REPLACED: &'static str = "The example replaced your text.";
    const UNDO: &'static str = "Undo";
    const BATCH_PENDING: &'static str = "Checked when you pause typing …";
    const CSV_ERROR_HEADER: &'static str = "Error";
    const S_REJECTED: &'static str = "Rejected rows";

    fn rejected_link(n: usize) -> String {
        match n {
            1 => "See the rejected row".into(),
            n => format!("See the {} rejected rows", grouped(n as u64)),
        }
    }

    fn export_rejected(n: usize) -> String {
        match n {
            1 => "Include the rejected row in the CSV file, with its line and error".into(),
            n => format!(
                "Include the {} rejected rows in the CSV file, with their lines and errors",
                grouped(n as u64)
            ),
        }
    }

    fn batch_checked_status(checked: usize, rejected: usize) -> String {
        let rows = |n: usize| match n {
            1 => "1 row".to_string(),
            n => format!("{} rows", grouped(n as u64)),
        };
        match rejected {
            0 => format!("{} checked, none rejected.", rows(checked)),
            n => format!(
                "{} checked, {} of them rejected.",
                rows(checked),
                grouped(n as u64)
            ),
        }
    }

    // ---- The batch check: the caseworker says which column is which

    const CHOICE_HEADING: &'static str = "Which column is which?";
    const CHOICE_HINT: &'static str = "The header does not name all four columns. Choose which of the sheet's columns is which, and the rows are checked without editing the sheet. The choice holds for this header and is kept with the text in this tab.";
    const CHOICE_NONE: &'static str = "Choose a column";
    const CHOICE_RESET: &'static str =
        "The headings have changed, so your earlier choice of columns no longer applies.";

    fn choice_option(position: usize, heading: &str) -> String {
        if heading.is_empty() {
            format!("Column {position} (no heading)")
        } else {
            format!("{heading} (column {position})")
        }
    }

    fn choice_missing(column: Column) -> String {
        format!("Choose the column with \"{}\".", Self::column(column))
    }

    fn choice_taken(column: Column, by: Column) -> String {
        format!(
            "Choose another column for \"{}\": the one chosen is already \"{}\".",
            Self::column(column),
            Self::column(by)
        )
    }
}
