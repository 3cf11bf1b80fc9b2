//! The caseworker's say on which column is which, for a header that does not name all
//! four: columns chosen by their position, for the header they were chosen from only.

use super::columns::{looks_like_header, Column};
use super::language::Language;
use super::records::{detect_separator, records, Record};

/// A batch's header as the caseworker chooses from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The header's line.
    pub line: usize,
    /// Every heading as written (trimmed), up to the last one filled in.
    pub headings: Vec<String>,
    /// The language of the page reading it, which decides the headings it knows.
    pub language: Language,
}

impl Header {
    /// The header of `text`: its first record that is not empty, when that reads as a
    /// header (as the check on the page in `language` reads it).
    pub fn of(text: &str, language: Language) -> Option<Header> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = records(text, detect_separator(text))
            .find(|r| r.filled_width > 0 || r.unclosed_quote)?;
        if first.unclosed_quote || !looks_like_header(&first, language) {
            return None;
        }
        Some(Header {
            line: first.line,
            headings: headings(&first).to_vec(),
            language,
        })
    }

    /// The four columns no heading names, in the order of [`Column::ALL`].
    pub fn unnamed(&self) -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|&c| {
                !self
                    .headings
                    .iter()
                    .any(|h| Column::from_header_in(h, self.language) == Some(c))
            })
            .collect()
    }

    /// The headings a column may be chosen from: the position and heading of each that
    /// names none of the four.
    pub fn choices(&self) -> impl Iterator<Item = (usize, &str)> {
        self.headings
            .iter()
            .enumerate()
            .filter(|(_, h)| Column::from_header_in(h, self.language).is_none())
            .map(|(i, h)| (i, h.as_str()))
    }
}

/// Which column the caseworker chose for each of the four the header does not name, and
/// the headings of the header it was chosen for: it holds for that header only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnChoice {
    headings: Vec<String>,
    /// The position chosen for each column, in the order of [`Column::ALL`].
    positions: [Option<usize>; 4],
}

/// What is wrong with the choice for a column the header does not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceProblem {
    /// No column is chosen for it.
    NotChosen,
    /// The column chosen is already chosen for `by`, which comes first in
    /// [`Column::ALL`] and so keeps it.
    Taken {
        /// The column it is chosen for.
        by: Column,
    },
}

impl ColumnChoice {
    /// The position chosen for `column`, if any.
    pub fn chosen(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
    }

    /// Chooses the column at `position` of `header` for `column` (`None`: none), when
    /// the header does not name `column` and the heading there names none of the four;
    /// a choice made for another header is forgotten.
    pub fn choose(&mut self, column: Column, header: &Header, position: Option<usize>) {
        if self.headings != header.headings {
            *self = ColumnChoice {
                headings: header.headings.clone(),
                positions: [None; 4],
            };
        }
        self.positions[column as usize] = position.filter(|&i| {
            header.unnamed().contains(&column) && header.choices().any(|(j, _)| j == i)
        });
    }

    /// Whether no column is chosen.
    pub fn is_empty(&self) -> bool {
        self.positions == [None; 4]
    }

    /// The choice if it was made for `header`, else none.
    pub fn fitted(&self, header: Option<&Header>) -> ColumnChoice {
        match header {
            Some(h) if h.headings == self.headings => self.clone(),
            _ => ColumnChoice::default(),
        }
    }

    /// What is wrong with the choice for `column` (one of the header's unnamed columns).
    pub fn problem(&self, column: Column) -> Option<ChoiceProblem> {
        let Some(position) = self.chosen(column) else {
            return Some(ChoiceProblem::NotChosen);
        };
        Column::ALL[..column as usize]
            .iter()
            .find(|&&c| self.chosen(c) == Some(position))
            .map(|&by| ChoiceProblem::Taken { by })
    }

    /// The position chosen for `column` when `record` is the header it was chosen for.
    pub(super) fn position_in(&self, column: Column, record: &Record<'_>) -> Option<usize> {
        (headings(record) == self.headings).then_some(self.chosen(column))?
    }

    /// The positions chosen, to keep them in the tab beside the text they were chosen for:
    /// a character per column in the order of [`Column::ALL`], `-` for none, else `0`
    /// and the position after it (a header has at most [`MAX_FIELDS`](super::MAX_FIELDS)
    /// columns); nothing when none is chosen.
    pub fn to_text(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        self.positions
            .iter()
            .map(|p| p.map_or('-', |i| char::from(b'0' + i as u8)))
            .collect()
    }

    /// The choice kept as [`to_text`](Self::to_text) for `header`; what does not fit it
    /// is left out.
    pub fn from_text(text: &str, header: &Header) -> ColumnChoice {
        let mut choice = ColumnChoice::default();
        for (column, b) in Column::ALL.into_iter().zip(text.bytes()) {
            choice.choose(column, header, b.checked_sub(b'0').map(usize::from));
        }
        choice
    }
}

/// A header record's headings: its fields up to the last one filled in.
fn headings<'r>(record: &'r Record<'_>) -> &'r [String] {
    &record.fields[..record.filled_width.min(record.fields.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_is_read_as_the_check_reads_it() {
        let header = Header::of(
            "\u{feff}\n;;\nProjekt;Kroner i alt;;Tilgang;;\nA;1;2;netværk\n",
            Language::Danish,
        );
        assert_eq!(
            header,
            Some(Header {
                line: 3,
                headings: vec![
                    "Projekt".into(),
                    "Kroner i alt".into(),
                    String::new(),
                    "Tilgang".into()
                ],
                language: Language::Danish,
            })
        );
        assert_eq!(Header::of("A;100.000;10;netværk\n", Language::Danish), None);
        assert_eq!(Header::of("", Language::Danish), None);
    }
}
