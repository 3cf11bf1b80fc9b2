//! The caseworker says which column is which: a header that does not name a column, the
//! choice of one of its other columns, the choice applied only to the header it was made
//! for, kept as text for the tab, and the form that asks for it. Both page languages.

use proptest::prelude::*;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::batch::{
    read_batch, read_batch_with_choice, BatchError, ChoiceProblem, Column, ColumnChoice, Header,
    Language,
};
use puljeberegner::domain::csv_export::export_batch;
use puljeberegner::texts::batch::{csv_texts, BatchTexts};
use puljeberegner::texts::{Page as T, Texts};
use puljeberegner::views::column_choice::{column_choice, ColumnChoiceProps};
use yew::Callback;

use crate::support::{kr, render_fn, Doc};

/// A caseworker's sheet whose amount is headed in words the check does not read as one.
const KRONER: &str = "Sagsnr.;Projekt;Kroner i alt;Resultatmål;Tilgang\n\
    2024-117;Nørre Netværk;2.324.850;120;netværk\n\
    2024-118;Forkert;12x;10;netværk\n\
    2024-119;SUMAK;475.000;21;forløb\n";

/// How this build's page reads a batch.
const LANGUAGE: Language = T::LANG.batch_language();

fn header(text: &str) -> Header {
    Header::of(text, LANGUAGE).expect("a header")
}

/// The choice of `positions` (column, position) for the header of `text`.
fn chosen(text: &str, positions: &[(Column, usize)]) -> ColumnChoice {
    let header = header(text);
    let mut choice = ColumnChoice::default();
    for &(column, position) in positions {
        choice.choose(column, &header, Some(position));
    }
    choice
}

fn read(
    text: &str,
    choice: &ColumnChoice,
) -> Result<puljeberegner::domain::batch::Batch, BatchError> {
    read_batch_with_choice(text, &csv_texts::<T>().own_columns(), choice, LANGUAGE)
}

// ---- the header and what can be chosen ------------------------------------------------

#[test]
fn the_header_says_which_columns_it_does_not_name_and_which_can_be_chosen() {
    assert_eq!(
        read_batch(KRONER).unwrap_err(),
        BatchError::MissingColumn {
            column: Column::Budget,
            line: 1
        }
    );
    let header = header(KRONER);
    assert_eq!(header.line, 1);
    assert_eq!(header.unnamed(), [Column::Budget]);
    assert_eq!(
        header.choices().collect::<Vec<_>>(),
        [(0, "Sagsnr."), (2, "Kroner i alt")]
    );
    // Two columns unnamed, one without a heading; the trailing empty ones are not columns.
    let header = header_of_two();
    assert_eq!(header.unnamed(), [Column::Budget, Column::Target]);
    assert_eq!(
        header.choices().collect::<Vec<_>>(),
        [(1, "Kroner i alt"), (2, "")]
    );
    // A header that names all four has nothing to choose for.
    assert!(self::header("Projekt;Beløb;Resultatmål;Tilgang\n")
        .unnamed()
        .is_empty());
    // Without a header, nothing to choose from.
    assert_eq!(Header::of("A;100.000;10;netværk\n", LANGUAGE), None);
}

fn header_of_two() -> Header {
    header("\n\nProjekt;Kroner i alt;;Tilgang;;\n")
}

#[test]
fn a_chosen_column_is_read_as_that_column_and_the_others_are_kept_along() {
    let choice = chosen(KRONER, &[(Column::Budget, 2)]);
    assert_eq!(choice.chosen(Column::Budget), Some(2));
    assert_eq!(choice.problem(Column::Budget), None);
    let batch = read(KRONER, &choice).expect("read with the choice");
    let rows: Vec<_> = batch
        .rows
        .iter()
        .map(|r| (r.line, r.name.as_str(), r.application.budget, r.approach))
        .collect();
    assert_eq!(
        rows,
        [
            (2, "Nørre Netværk", kr(2_324_850), Approach::Network),
            (4, "SUMAK", kr(475_000), Approach::Course),
        ]
    );
    assert_eq!(batch.rows[1].unit_price, kr(22_619));
    // The chosen column is the budget, not one of the caseworker's own.
    assert_eq!(batch.extra_headers, ["Sagsnr."]);
    assert_eq!(batch.rows[0].extra, ["2024-117"]);
    assert_eq!(batch.invalid.len(), 1);
    assert_eq!(batch.invalid[0].line, 3);
    assert_eq!(
        batch.invalid[0].columns,
        ["Forkert", "12x", "10", "netværk", "2024-118"]
    );
}

#[test]
fn the_export_of_a_chosen_batch_reads_back_without_a_choice() {
    let batch = read(KRONER, &chosen(KRONER, &[(Column::Budget, 2)])).unwrap();
    let csv = export_batch(
        &batch.rows,
        &batch.invalid,
        &batch.extra_headers,
        csv_texts::<T>(),
    );
    let again = read(&csv, &ColumnChoice::default()).expect("the export reads back");
    assert_eq!(again.rows.len(), 2);
    assert_eq!(again.rows[0].application.budget, kr(2_324_850));
    assert_eq!(again.extra_headers, ["Sagsnr."]);
    assert_eq!(again.invalid.len(), 1);
}

#[test]
fn two_columns_chosen_and_one_without_a_heading() {
    let text = "\n\nProjekt;Kroner i alt;;Tilgang;;\nA;100.000;10;netværk\n";
    assert_eq!(
        read(text, &ColumnChoice::default()).unwrap_err(),
        BatchError::MissingColumn {
            column: Column::Budget,
            line: 3
        }
    );
    let budget_only = chosen(text, &[(Column::Budget, 1)]);
    assert_eq!(
        budget_only.problem(Column::Target),
        Some(ChoiceProblem::NotChosen)
    );
    assert_eq!(
        read(text, &budget_only).unwrap_err(),
        BatchError::MissingColumn {
            column: Column::Target,
            line: 3
        }
    );
    let both = chosen(text, &[(Column::Budget, 1), (Column::Target, 2)]);
    let batch = read(text, &both).expect("read");
    assert_eq!(batch.rows[0].application.target, 10);
    assert_eq!(batch.rows[0].unit_price, kr(10_000));
}

#[test]
fn one_column_chosen_for_two_is_the_first_ones_and_the_second_is_told_so() {
    let text = "\n\nProjekt;Kroner i alt;;Tilgang;;\nA;100.000;10;netværk\n";
    let twice = chosen(text, &[(Column::Budget, 1), (Column::Target, 1)]);
    assert_eq!(twice.problem(Column::Budget), None);
    assert_eq!(
        twice.problem(Column::Target),
        Some(ChoiceProblem::Taken { by: Column::Budget })
    );
    assert_eq!(
        read(text, &twice).unwrap_err(),
        BatchError::MissingColumn {
            column: Column::Target,
            line: 3
        }
    );
    // In whichever order they were chosen.
    let mut twice = ColumnChoice::default();
    twice.choose(Column::Target, &header_of_two(), Some(1));
    twice.choose(Column::Budget, &header_of_two(), Some(1));
    assert_eq!(
        twice.problem(Column::Target),
        Some(ChoiceProblem::Taken { by: Column::Budget })
    );
}

#[test]
fn choosing_none_or_a_position_the_header_lacks_chooses_nothing() {
    let mut choice = chosen(KRONER, &[(Column::Budget, 2)]);
    choice.choose(Column::Budget, &header(KRONER), None);
    assert!(choice.is_empty());
    choice.choose(Column::Budget, &header(KRONER), Some(5));
    assert!(choice.is_empty());
    assert_eq!(
        choice.problem(Column::Budget),
        Some(ChoiceProblem::NotChosen)
    );
}

// ---- a choice holds for its own header only ----------------------------------------------

#[test]
fn a_choice_holds_while_the_header_is_the_same_whatever_the_rows() {
    let choice = chosen(KRONER, &[(Column::Budget, 2)]);
    let more_rows = format!("\n{KRONER}2024-120;Ny;100.000;10;hybrid\n");
    assert_eq!(
        choice.fitted(Header::of(&more_rows, LANGUAGE).as_ref()),
        choice
    );
    assert_eq!(read(&more_rows, &choice).unwrap().rows.len(), 3);
}

#[test]
fn a_choice_is_not_applied_to_other_headings() {
    let choice = chosen(KRONER, &[(Column::Budget, 2)]);
    // (text, why, the first row's budget as read; None: the budget is missing)
    for (text, why, budget) in [
        (
            "Sagsnr.;Projekt;Kroner;Resultatmål;Tilgang\n1;A;100.000;10;netværk\n",
            "the heading changed",
            None,
        ),
        (
            "Sag;Projekt;Kroner i alt;Resultatmål;Tilgang\n1;A;100.000;10;netværk\n",
            "another heading changed",
            None,
        ),
        (
            "Projekt;Sagsnr.;Kroner i alt;Resultatmål;Tilgang\nA;1;100.000;10;netværk\n",
            "the headings moved",
            None,
        ),
        (
            "Sagsnr.;Projekt;Kroner i alt;Resultatmål;Tilgang;Beløb\n1;A;100.000;10;netværk;5\n",
            "the header names the budget: the header's is read",
            Some(kr(5)),
        ),
        ("A;100.000;10;netværk\n", "no header", Some(kr(100_000))),
    ] {
        assert!(
            choice
                .fitted(Header::of(text, LANGUAGE).as_ref())
                .is_empty(),
            "{why}"
        );
        // The reader never applies a choice made for other headings.
        match read(text, &choice) {
            Ok(batch) => assert_eq!(Some(batch.rows[0].application.budget), budget, "{why}"),
            Err(e) => {
                assert_eq!(budget, None, "{why}: {e:?}");
                assert!(
                    matches!(
                        e,
                        BatchError::MissingColumn {
                            column: Column::Budget,
                            ..
                        }
                    ),
                    "{why}: {e:?}"
                );
            }
        }
    }
    // "Kroner i alt" is then one of the caseworker's own columns.
    let named =
        "Sagsnr.;Projekt;Kroner i alt;Resultatmål;Tilgang;Beløb\n1;A;100.000;10;netværk;5\n";
    assert_eq!(
        read(named, &choice).unwrap().extra_headers,
        ["Sagsnr.", "Kroner i alt"]
    );
    // A choice for other headings is forgotten when one is made for these.
    let other = "Projekt;Sagsnr.;Kroner i alt;Resultatmål;Tilgang\n";
    let mut again = choice.clone();
    again.choose(Column::Target, &header(other), None);
    assert!(again.is_empty());
    again.choose(Column::Budget, &header(other), Some(2));
    assert_eq!(again, chosen(other, &[(Column::Budget, 2)]));
}

#[test]
fn only_an_unnamed_column_and_a_heading_that_names_none_can_be_chosen() {
    // "Resultatmål" (position 3) is the target's: not for the budget.
    assert!(chosen(KRONER, &[(Column::Budget, 3)]).is_empty());
    // The header names the target: no choice for it.
    assert!(chosen(KRONER, &[(Column::Target, 2)]).is_empty());
}

// ---- kept in the tab beside the text ----------------------------------------------------

#[test]
fn a_choice_is_kept_as_text_and_read_back_for_the_same_header() {
    let text = "Projekt;Kroner i alt;;Tilgang\n";
    let header = header(text);
    let choice = chosen(text, &[(Column::Budget, 1), (Column::Target, 2)]);
    assert_eq!(choice.to_text(), "-12-");
    assert_eq!(ColumnChoice::from_text("-12-", &header), choice);
    assert_eq!(ColumnChoice::default().to_text(), "");
    assert!(ColumnChoice::from_text("", &header).is_empty());
    // What does not fit the header is left out.
    assert!(ColumnChoice::from_text("0---", &header).is_empty());
    assert!(ColumnChoice::from_text("-0--", &header).is_empty());
    assert!(ColumnChoice::from_text("-9--", &header).is_empty());
    assert!(ColumnChoice::from_text("-ø--", &header).is_empty());
    assert_eq!(
        ColumnChoice::from_text("-2", &header),
        chosen(text, &[(Column::Budget, 2)])
    );
}

proptest! {
    #[test]
    fn any_choice_is_read_back_as_it_was_kept(
        headings in proptest::collection::vec("[a-zæøå ]{0,6}", 1..64),
        picks in proptest::collection::vec(proptest::option::of(0usize..64), 4),
    ) {
        let mut headings: Vec<String> = headings.iter().map(|h| h.trim().to_string()).collect();
        headings[0] = "Projekt".into();
        let header = Header { line: 1, headings, language: LANGUAGE };
        let mut choice = ColumnChoice::default();
        for (column, pick) in Column::ALL.into_iter().zip(picks) {
            choice.choose(column, &header, pick);
        }
        let back = ColumnChoice::from_text(&choice.to_text(), &header);
        if choice.is_empty() {
            prop_assert!(back.is_empty());
        } else {
            prop_assert_eq!(back, choice);
        }
    }
}

// ---- the form ---------------------------------------------------------------------------

fn form(text: &str, choice: ColumnChoice, reset: bool) -> Doc {
    Doc::parse(&render_fn(
        column_choice,
        ColumnChoiceProps {
            header: header(text),
            choice,
            reset,
            onchoose: Callback::noop(),
        },
    ))
}

#[test]
fn each_unnamed_column_has_a_labelled_select_of_the_headers_other_columns() {
    let doc = form(KRONER, ColumnChoice::default(), false);
    let section = doc.testid("column-choice");
    assert_eq!(
        section.attr("aria-labelledby"),
        Some("column-choice-heading")
    );
    assert_eq!(doc.id("column-choice-heading").text(), T::CHOICE_HEADING);
    assert_eq!(doc.tags("select").len(), 1);
    let select = doc.id("column-budget");
    assert_eq!(select.attr("name"), Some("column-budget"));
    let label = doc.one("for", "column-budget");
    assert_eq!(label.name, "label");
    assert_eq!(label.text(), T::column(Column::Budget));
    let options: Vec<(String, String, bool)> = doc
        .tags("option")
        .iter()
        .map(|o| {
            (
                o.attr("value").unwrap_or_default().to_string(),
                o.text(),
                o.has_attr("selected"),
            )
        })
        .collect();
    assert_eq!(
        options,
        [
            (String::new(), T::CHOICE_NONE.to_string(), true),
            ("0".into(), T::choice_option(1, "Sagsnr."), false),
            ("2".into(), T::choice_option(3, "Kroner i alt"), false),
        ]
    );
    assert!(!doc.has_testid("column-choice-reset"));
}

#[test]
fn what_is_not_chosen_is_in_an_error_summary_linking_to_its_select() {
    let doc = form(KRONER, ColumnChoice::default(), false);
    let summary = doc.testid("error-summary");
    let links = summary.doc();
    let links = links.tags("a");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].attr("href"), Some("#column-budget"));
    assert_eq!(links[0].text(), T::choice_missing(Column::Budget));
    let select = doc.id("column-budget");
    assert_eq!(select.attr("aria-invalid"), Some("true"));
    assert_eq!(select.attr("aria-describedby"), Some("column-budget-error"));
    assert!(doc
        .id("column-budget-error")
        .text()
        .ends_with(&T::choice_missing(Column::Budget)));
}

#[test]
fn a_choice_is_shown_selected_and_one_taken_twice_is_an_error_on_the_second() {
    let text = "Projekt;Kroner i alt;;Tilgang\n";
    let doc = form(text, chosen(text, &[(Column::Budget, 1)]), false);
    let budget = doc.id("column-budget").doc();
    let selected: Vec<_> = budget
        .tags("option")
        .into_iter()
        .filter(|o| o.has_attr("selected"))
        .collect();
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].attr("value"), Some("1"));
    assert_eq!(selected[0].text(), T::choice_option(2, "Kroner i alt"));
    assert!(!doc.id("column-budget").has_attr("aria-invalid"));
    // The heading-less column is offered by its position.
    assert!(doc.html.contains(&T::choice_option(3, "")));

    let doc = form(
        text,
        chosen(text, &[(Column::Budget, 1), (Column::Target, 1)]),
        false,
    );
    assert!(!doc.id("column-budget").has_attr("aria-invalid"));
    assert_eq!(doc.id("column-target").attr("aria-invalid"), Some("true"));
    let message = T::choice_taken(Column::Target, Column::Budget);
    assert!(doc.id("column-target-error").text().ends_with(&message));
    let summary = doc.testid("error-summary").doc();
    assert_eq!(summary.tags("a")[0].attr("href"), Some("#column-target"));
    assert_eq!(summary.tags("a")[0].text(), message);
}

#[test]
fn everything_chosen_has_no_error_summary_and_a_reset_is_said() {
    let doc = form(KRONER, chosen(KRONER, &[(Column::Budget, 2)]), false);
    assert!(!doc.has_testid("error-summary"));
    let doc = form(KRONER, ColumnChoice::default(), true);
    assert_eq!(doc.text("column-choice-reset"), T::CHOICE_RESET);
    // A header that names all four needs no form.
    let doc = form(
        "Projekt;Beløb;Resultatmål;Tilgang\n",
        ColumnChoice::default(),
        false,
    );
    assert!(doc.elements.is_empty(), "{}", doc.html);
}
