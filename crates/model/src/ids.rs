//! The ids of the page's elements that a link, a focus or the page's own code finds: one
//! enum, and each id's text written here only. Nothing reads an id back: what an id
//! stands for travels as an [`Id`].

use crate::domain::approach::Approach;
use crate::domain::batch::Column;
use crate::state::{Field, EXPENSE_LEVEL_COUNT};

/// An element of the page found by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Id {
    /// A field of the calculator's form (`field-budget` …); the approach's field is its
    /// first radio button.
    Field(Field),
    /// One of the approach's radio buttons (`approach-network` …).
    Approach(Approach),
    /// The scenario grid's expense level at this index, from 0 (`level-1` …); an index
    /// past the grid's levels names nothing (`level`).
    Level(usize),
    /// The batch check's choice of the column for one of the four its header does not
    /// name (`column-budget` …).
    ColumnChoice(Column),
    /// The batch check's list of rejected rows.
    BatchErrors,
    /// The heading of the words used, in the reference part.
    WordsHeading,
    /// The heading of round two, in the reference part.
    RoundTwoHeading,
    /// The site header's link to the calculator.
    NavCalculator,
    /// The site header's link to the batch check.
    NavBatch,
    /// The site header's link to this page in the other language.
    LangSwitch,
    /// The element the app draws in.
    App,
    /// The reference part, once the page has unpacked it.
    Reference,
    /// The embed section, below the reference part.
    Embed,
    /// The embed section's code.
    EmbedCode,
    /// The round-one table the calculator draws.
    RoundOne,
    /// The caveats on round one's figures, in the reference part.
    RoundOneCaveats,
    /// The heading of the calculator's result, where each further answer leads back to.
    ResultsHeading,
    /// The heading of when the money can come (the scenario's cash flow).
    CashHeading,
    /// The heading of the comparison with round one.
    CompareHeading,
    /// What counts as a hire, among the facts for applicants in the reference part.
    HireFact,
    /// The heading of the report's rule and the calculator's assumptions, in the
    /// reference part.
    RulesHeading,
    /// The heading of the embed section.
    EmbedHeading,
    /// The batch check's table, in its scrolling box.
    BatchTable,
    /// The batch check's line saying what was checked.
    BatchStatus,
}

impl Id {
    /// The site header's three links, in the order of
    /// [`State::frame_links`](crate::state::State::frame_links).
    pub const FRAME_LINKS: [Id; 3] = [Id::NavCalculator, Id::NavBatch, Id::LangSwitch];

    /// The element's `id`.
    pub const fn text(self) -> &'static str {
        /// The expense levels' ids, in the grid's order.
        const LEVELS: [&str; EXPENSE_LEVEL_COUNT] = ["level-1", "level-2", "level-3"];
        match self {
            Id::Field(Field::Budget) => "field-budget",
            Id::Field(Field::Target) => "field-target",
            Id::Field(Field::Hires) => "field-hires",
            Id::Field(Field::Expenses) => "field-expenses",
            // The approach's field is its first radio button.
            Id::Field(Field::Approach) | Id::Approach(Approach::Network) => "approach-network",
            Id::Approach(Approach::Course) => "approach-course",
            Id::Approach(Approach::Hybrid) => "approach-hybrid",
            Id::Level(index) if index < EXPENSE_LEVEL_COUNT => LEVELS[index],
            Id::Level(_) => "level",
            Id::ColumnChoice(Column::Name) => "column-name",
            Id::ColumnChoice(Column::Budget) => "column-budget",
            Id::ColumnChoice(Column::Target) => "column-target",
            Id::ColumnChoice(Column::Approach) => "column-approach",
            Id::BatchErrors => "batch-errors",
            Id::WordsHeading => "words-heading",
            Id::RoundTwoHeading => "round-two-heading",
            Id::NavCalculator => "nav-calculator",
            Id::NavBatch => "nav-batch",
            Id::LangSwitch => "lang-switch",
            Id::App => "app",
            Id::Reference => "reference",
            Id::Embed => "embed",
            Id::EmbedCode => "embed-code",
            Id::RoundOne => "round-one",
            Id::RoundOneCaveats => "round-one-caveats",
            Id::ResultsHeading => "results-heading",
            Id::CashHeading => "cash-heading",
            Id::CompareHeading => "compare-heading",
            Id::HireFact => "hire-fact",
            Id::RulesHeading => "rules-heading",
            Id::EmbedHeading => "embed-heading",
            Id::BatchTable => "batch-table",
            Id::BatchStatus => "batch-status",
        }
    }

    /// A link to the element on the same page: `#` and its id.
    pub fn href(self) -> String {
        format!("#{}", self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_its_own() {
        let mut all: Vec<Id> = vec![
            Id::BatchErrors,
            Id::WordsHeading,
            Id::RoundTwoHeading,
            Id::NavCalculator,
            Id::NavBatch,
            Id::LangSwitch,
            Id::App,
            Id::Reference,
            Id::Embed,
            Id::EmbedCode,
            Id::RoundOne,
            Id::RoundOneCaveats,
            Id::ResultsHeading,
            Id::CashHeading,
            Id::CompareHeading,
            Id::HireFact,
            Id::RulesHeading,
            Id::EmbedHeading,
            Id::BatchTable,
            Id::BatchStatus,
        ];
        all.extend([Field::Budget, Field::Target, Field::Hires, Field::Expenses].map(Id::Field));
        all.extend(Approach::ALL.map(Id::Approach));
        all.extend((0..EXPENSE_LEVEL_COUNT).map(Id::Level));
        all.extend(Column::ALL.map(Id::ColumnChoice));
        let mut texts: Vec<_> = all.iter().map(|id| id.text()).collect();
        // Each named after what it stands for, as the page's CSS, tests and links expect.
        for a in Approach::ALL {
            assert_eq!(Id::Approach(a).text(), format!("approach-{}", a.code()));
        }
        for c in Column::ALL {
            assert_eq!(Id::ColumnChoice(c).text(), format!("column-{}", c.code()));
        }
        for i in 0..EXPENSE_LEVEL_COUNT {
            assert_eq!(Id::Level(i).text(), format!("level-{}", i + 1));
        }
        assert!(texts
            .iter()
            .all(|t| !t.is_empty() && !t.contains([' ', '#'])));
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), all.len(), "two ids share a text");
        // The approach's field is its first radio button.
        assert_eq!(
            Id::Field(Field::Approach).text(),
            Id::Approach(Approach::Network).text()
        );
        assert_eq!(Id::Level(0).text(), "level-1");
        assert_eq!(Id::WordsHeading.href(), "#words-heading");
    }
}
