//! The four columns of a batch and where they stand: read from a header, or in order.

use super::choice::ColumnChoice;
use super::language::Language;
use super::read::BatchError;
use super::records::Record;
use crate::formula_guard::unguarded;
use crate::letters;

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

    /// The column's short name in code: the id of its field when the caseworker chooses
    /// it, and its name in a kept choice.
    pub const fn code(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Budget => "budget",
            Column::Target => "target",
            Column::Approach => "approach",
        }
    }

    /// Reads a header cell as the Danish page does: Danish or English, in the words
    /// Danish spreadsheets use ("Ansøgt tilskud", "Antal ansættelser", "Ansøger" …), any
    /// case, surrounding spaces, a trailing parenthesis (`Ansøgt beløb (kr.)`), a unit
    /// (`Beløb i kr.`, `Beløb, DKK`) or `:` ignored. A heading that could mean something
    /// else ("Navn", "Beløb i alt") is not read as one of the four.
    pub fn from_header(text: &str) -> Option<Column> {
        Column::from_header_in(text, Language::Danish)
    }

    /// Reads a header cell as the page in `language` does: the English page also knows
    /// the common English headings ("Name", "Amount requested", "Number of hires",
    /// "Method" …, a unit as `Amount in DKK` too).
    pub fn from_header_in(text: &str, language: Language) -> Option<Column> {
        let lower = letters::lowercase(text.trim());
        let before_parenthesis = lower.split('(').next().unwrap_or_default();
        let words: Vec<&str> = before_parenthesis.split_whitespace().collect();
        let joined = words.join(" ");
        let mut heading = joined.trim_end_matches(':').trim_end();
        let english = language == Language::English;
        let english_units: &[&str] = if english {
            &[" in dkk", " in kr.", " in kr"]
        } else {
            &[]
        };
        for unit in english_units.iter().chain(&[
            " i kr.", " i kr", ", kr.", ", kr", " kr.", " kr", ", dkk", " dkk",
        ]) {
            heading = heading.strip_suffix(unit).unwrap_or(heading);
        }
        let column = match heading {
            "projekt" | "projektnavn" | "projektets navn" | "projekttitel" | "ansøger"
            | "ansoeger" | "ansøgers navn" | "ansøgernavn" | "project" | "project name"
            | "applicant" => Some(Column::Name),
            "beløb" | "beloeb" | "belob" | "ansøgt beløb" | "ansoegt beloeb" | "ansogt belob"
            | "tildelt beløb" | "ansøgt tilskud" | "tilskud" | "ansøgt" | "ansøgte midler"
            | "budget" | "amount" | "amount applied for" | "grant" => Some(Column::Budget),
            "resultatmål"
            | "resultatmaal"
            | "resultatmal"
            | "måltal"
            | "maaltal"
            | "antal ansættelser"
            | "ansættelser"
            | "forventede ansættelser"
            | "mål for ansættelser"
            | "target"
            | "hires"
            | "target hires" => Some(Column::Target),
            "tilgang" | "projekttilgang" | "metode" | "approach" => Some(Column::Approach),
            _ => None,
        };
        column.or_else(|| english.then(|| english_heading(heading)).flatten())
    }
}

/// The common English headings the English page knows beyond those both pages know
/// (lower case, units and a parenthesis gone). "Total" and "Title" are not among them:
/// they could mean something else.
fn english_heading(heading: &str) -> Option<Column> {
    match heading {
        "name" | "project title" | "name of project" | "project's name" | "applicant name"
        | "name of applicant" | "applicant's name" | "organisation" | "organization"
        | "organisation name" | "organization name" => Some(Column::Name),
        "amount requested" | "requested amount" | "grant requested" | "grant applied for"
        | "grant amount" | "funding requested" | "requested funding" | "applied for"
        | "budget requested" => Some(Column::Budget),
        "number of hires"
        | "expected hires"
        | "planned hires"
        | "target number of hires"
        | "hires target"
        | "hiring target"
        | "hire target"
        | "target for hires" => Some(Column::Target),
        "method" | "project approach" | "type of approach" | "approach type" => {
            Some(Column::Approach)
        }
        _ => None,
    }
}

/// Where each of the four columns stands, how wide a row is, and where the caseworker's
/// own columns stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layout {
    index: [usize; 4],
    /// Columns a row may have: four, or the header's width.
    pub(super) width: usize,
    /// The header's other named columns (a case number, a municipality …), kept along:
    /// their field index and heading, in the header's order.
    pub(super) extra: Vec<(usize, String)>,
}

impl Layout {
    /// Without a header: the four columns in the order of [`Column::ALL`].
    pub(super) const POSITIONAL: Layout = Layout {
        index: [0, 1, 2, 3],
        width: 4,
        extra: Vec::new(),
    };

    /// The field index of a column.
    pub(super) fn of(&self, column: Column) -> usize {
        self.index[column as usize]
    }
}

/// Whether the first record is a header, as the page in `language` reads it: no field
/// reads as an amount or a target, and at least one names a column.
pub(super) fn looks_like_header(record: &Record<'_>, language: Language) -> bool {
    let no_figures = record
        .fields
        .iter()
        .all(|f| language.read_amount(f).is_err() && language.read_target(f).is_err());
    no_figures
        && record
            .fields
            .iter()
            .any(|f| Column::from_header_in(f, language).is_some())
}

/// Where a header puts the four columns, and the other named columns to keep along, each
/// heading as written before the CSV export's guard ([`unguarded`]); columns headed as
/// one of `own_columns` (the page's own export's derived columns, which the check works
/// out again) are not kept. Each of the four must be named once, or chosen by the
/// caseworker for this header (`choice`: a column the header does not name, at a heading
/// that names none, not already chosen for a column before it). Headings are read as the
/// page in `language` reads them.
pub(super) fn header_layout(
    record: &Record<'_>,
    own_columns: &[&str],
    choice: &ColumnChoice,
    language: Language,
) -> Result<Layout, BatchError> {
    let mut index: [Option<usize>; 4] = [None; 4];
    let mut extra = Vec::new();
    for (i, field) in record.fields.iter().enumerate() {
        // As written, less the `'` the CSV export puts before a formula character.
        let heading = unguarded(field);
        let Some(column) = Column::from_header_in(heading, language) else {
            let own = own_columns
                .iter()
                .any(|c| letters::lowercase(c.trim()) == letters::lowercase(heading));
            if !heading.is_empty() && !own {
                extra.push((i, heading.to_owned()));
            }
            continue;
        };
        let slot = &mut index[column as usize];
        if slot.is_some() {
            return Err(BatchError::DuplicateColumn {
                column,
                line: record.line,
            });
        }
        *slot = Some(i);
    }
    for column in Column::ALL {
        if index[column as usize].is_none() {
            let chosen = choice
                .position_in(column, record)
                .filter(|i| !index.contains(&Some(*i)));
            index[column as usize] = chosen;
            extra.retain(|(i, _)| Some(*i) != chosen);
        }
    }
    let mut found = [0; 4];
    for column in Column::ALL {
        found[column as usize] = index[column as usize].ok_or(BatchError::MissingColumn {
            column,
            line: record.line,
        })?;
    }
    Ok(Layout {
        index: found,
        width: record
            .filled_width
            .max(found.iter().max().map_or(0, |m| m + 1)),
        extra,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::records::{records, Separator};

    fn first(text: &str) -> Record<'_> {
        records(text, Separator::Semicolon).next().unwrap()
    }

    #[test]
    fn a_header_puts_the_columns_where_it_names_them_and_is_as_wide_as_it_is_filled() {
        let layout = header_layout(
            &first("Kommentar;Tilgang;Beløb;Projekt;Resultatmål;;"),
            &[],
            &ColumnChoice::default(),
            Language::Danish,
        )
        .unwrap();
        assert_eq!(layout.of(Column::Name), 3);
        assert_eq!(layout.of(Column::Budget), 2);
        assert_eq!(layout.of(Column::Target), 4);
        assert_eq!(layout.of(Column::Approach), 1);
        assert_eq!(layout.width, 5);
        assert_eq!(layout.extra, [(0, "Kommentar".to_string())]);
        assert_eq!(
            header_layout(
                &first("Projekt;Beløb;Resultatmål;Tilgang"),
                &[],
                &ColumnChoice::default(),
                Language::Danish
            ),
            Ok(Layout::POSITIONAL)
        );
        let layout = header_layout(
            &first("Sagsnr.;Projekt;Beløb;Resultatmål;Tilgang;Flag"),
            &["flag"],
            &ColumnChoice::default(),
            Language::Danish,
        )
        .unwrap();
        assert_eq!(layout.extra, [(0, "Sagsnr.".to_string())]);
    }

    #[test]
    fn a_header_has_a_column_name_and_no_figures() {
        let danish = |text| looks_like_header(&first(text), Language::Danish);
        assert!(danish("Projekt;Noget;Andet"));
        assert!(!danish("Navn;Noget;Andet"));
        assert!(!danish("Name;Noget;Andet"));
        assert!(!danish("Projekt;100.000"));
        assert!(!danish("Budget;10"));
        let english = |text| looks_like_header(&first(text), Language::English);
        assert!(english("Name;Something;Else"));
        assert!(!english("Name;1,250,000"));
        assert!(!english("Name;797.600"));
        assert!(!english("Navn;Noget;Andet"));
    }
}
