//! The caseworker's say on which column is which, for a header that does not name all
//! four: each column chosen by its position and its heading, so that a choice made for
//! one header is never applied to another.

use super::columns::{looks_like_header, Column};
use super::records::{detect_separator, records, Separator};

/// A batch's header as the caseworker chooses from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The header's line.
    pub line: usize,
    /// Every heading as written (trimmed), up to the last one filled in.
    pub headings: Vec<String>,
}

impl Header {
    /// The header of `text`: its first record that is not empty, when that reads as a
    /// header (as the check reads it).
    pub fn of(text: &str) -> Option<Header> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = records(text, detect_separator(text))
            .find(|r| r.filled_width > 0 || r.unclosed_quote)?;
        if first.unclosed_quote || !looks_like_header(&first) {
            return None;
        }
        let mut headings = first.fields;
        headings.truncate(first.filled_width);
        Some(Header {
            line: first.line,
            headings,
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
                    .any(|h| Column::from_header(h) == Some(c))
            })
            .collect()
    }

    /// The headings a column may be chosen from: the position and heading of each that
    /// names none of the four.
    pub fn choices(&self) -> impl Iterator<Item = (usize, &str)> {
        self.headings
            .iter()
            .enumerate()
            .filter(|(_, h)| Column::from_header(h).is_none())
            .map(|(i, h)| (i, h.as_str()))
    }
}

/// Which column the caseworker chose for each of the four the header does not name: its
/// position and its heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnChoice([Option<(usize, String)>; 4]);

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
        self.0[column as usize].as_ref().map(|(i, _)| *i)
    }

    /// Chooses the heading at `position` of `header` for `column`, or nothing (`None`, or
    /// a position the header does not have).
    pub fn choose(&mut self, column: Column, header: &Header, position: Option<usize>) {
        self.0[column as usize] = position.and_then(|i| Some((i, header.headings.get(i)?.clone())));
    }

    /// Whether no column is chosen.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// The choices that still stand for `header`: each for a column the header does not
    /// name, of a heading that is still where it was and names none of the four.
    pub fn fitted(&self, header: Option<&Header>) -> ColumnChoice {
        let Some(header) = header else {
            return ColumnChoice::default();
        };
        let unnamed = header.unnamed();
        ColumnChoice(Column::ALL.map(|c| {
            self.0[c as usize].clone().filter(|(i, heading)| {
                unnamed.contains(&c)
                    && header
                        .choices()
                        .any(|(j, h)| j == *i && h == heading.as_str())
            })
        }))
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

    /// The field index of `column` in the header `fields`, when its choice stands there:
    /// the same heading at the same position, naming none of the four.
    pub(super) fn position_in(&self, column: Column, fields: &[String]) -> Option<usize> {
        let (i, heading) = self.0[column as usize].as_ref()?;
        (fields.get(*i) == Some(heading) && Column::from_header(heading).is_none()).then_some(*i)
    }

    /// The choice as text, to keep it in the tab with the batch: a line
    /// `column;position;"heading"` per chosen column.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for c in Column::ALL {
            if let Some((i, heading)) = &self.0[c as usize] {
                let heading = heading.replace('"', "\"\"");
                out.push_str(&format!("{};{i};\"{heading}\"\n", c.code()));
            }
        }
        out
    }

    /// A choice read back from [`to_text`](Self::to_text); what it cannot read is left
    /// out.
    pub fn from_text(text: &str) -> ColumnChoice {
        let mut choice = ColumnChoice::default();
        for record in records(text, Separator::Semicolon) {
            let [code, position, heading] = &record.fields[..] else {
                continue;
            };
            let column = Column::ALL.into_iter().find(|c| c.code() == *code);
            if let (Some(c), Ok(i)) = (column, position.parse()) {
                choice.0[c as usize] = Some((i, heading.clone()));
            }
        }
        choice
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_is_read_as_the_check_reads_it() {
        let header = Header::of("\u{feff}\n;;\nProjekt;Kroner i alt;;Tilgang;;\nA;1;2;netværk\n");
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
            })
        );
        assert_eq!(Header::of("A;100.000;10;netværk\n"), None);
        assert_eq!(Header::of(""), None);
    }
}
