//! The English page (feature `lang-en`), rendered natively: its words and its numbers are
//! English. The Danish page: tests/render.rs and the other render crates.
#![cfg(feature = "lang-en")]

use puljeberegner::batch_state::example_text;
use puljeberegner::components::batch_view::{BatchView, BatchViewProps};
use puljeberegner::domain::amount_input::AmountError;
use puljeberegner::domain::batch::{
    read_batch_with_choice, ColumnChoice, Language, RowError, Separator,
};
use puljeberegner::domain::count_input::CountError;
use puljeberegner::domain::round_one::PROJECTS;
use puljeberegner::pages::View;
use puljeberegner::texts::batch::{csv_texts, BatchTexts};
use puljeberegner::texts::{en::En, Texts};
use puljeberegner::views::site_frame::site_header;
use puljeberegner::{App, AppProps};

use crate::support::{render, render_fn, Doc};

/// The whole page for a URL query.
fn page(query: &str) -> Doc {
    Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        ..Default::default()
    }))
}

const COURSE_1500: &str = "lang=en&budget=2000000&target=1500&approach=course";

#[test]
fn the_page_is_in_english() {
    let doc = page(COURSE_1500);
    assert_eq!(doc.tags("h1")[0].text(), En::TITLE);
    // The header is written into the page at build time, in the page's language.
    let header = Doc::parse(&render_fn(|v: &View| site_header(*v), View::Calculator));
    assert_eq!(header.testid("lang-switch").text(), "Dansk");
    assert_eq!(header.testid("lang-switch").attr("lang"), Some("da"));
    assert_eq!(header.testid("lang-switch").attr("href"), Some("../"));
    assert_eq!(doc.text("unit-price"), "DKK 1,333");
    assert!(doc.all_text().contains(En::LEAD));
    assert!(
        !doc.all_text().contains("kr."),
        "no Danish amount on the English page"
    );
}

#[test]
fn the_scenario_fields_have_hints_not_grey_example_values() {
    let doc = page(COURSE_1500);
    // A grey value looked filled in (GOV.UK advises against it): the hint says it.
    for name in ["expenses", "hires"] {
        assert_eq!(doc.one("name", name).attr("placeholder"), None, "{name}");
    }
    assert_eq!(
        doc.id("field-hires-hint").text(),
        "A whole number. If you leave the field empty, the target (1,500) is used. Only people \
         in the target group count: at least one year of continuous unemployment on public \
         support (section 1.1)."
    );
}

#[test]
fn the_chart_axes_are_written_in_english() {
    let doc = page(COURSE_1500);
    let chart = doc.testid("payout-chart").doc();
    // The x tick labels: they hang from under the axis.
    let hires: Vec<String> = chart
        .all("dominant-baseline", "text-before-edge")
        .iter()
        .map(|t| t.text())
        .collect();
    assert_eq!(hires, ["0", "750", "1,500", "2,250"]);
    // The y tick labels, short enough for a phone: in millions (the round-one labels are
    // anchored at their end too, and name a project).
    let amounts: Vec<String> = chart
        .all("text-anchor", "end")
        .iter()
        .map(|t| t.text())
        .filter(|t| t.chars().all(|c| c.is_ascii_digit() || ".,m".contains(c)))
        .collect();
    assert_eq!(amounts, ["0", "0.5m", "1m", "1.5m", "2m"]);
}

#[test]
fn one_hire_is_singular() {
    let text = page("lang=en&budget=100000&target=1&hires=0").all_text();
    assert!(
        text.contains("With a target of 1, 1 hire must be verified"),
        "{text}"
    );
    assert!(text.contains("it takes 1 verified hire."), "{text}");
    let text = page("lang=en&budget=100000&target=3&hires=1").all_text();
    assert!(
        text.contains("1 hire is below 2: no first payment"),
        "{text}"
    );
}

#[test]
fn the_english_page_explains_its_words_where_they_first_appear() {
    let text = page("lang=en").all_text().to_lowercase();
    for (word, explanation, window) in [
        ("unit price", "what one hire costs in your budget", 40),
        (
            "round one",
            "the nine projects granted support from the pool in 2018–2019",
            40,
        ),
        (
            "table 3",
            "which lists the amount, the target and the unit price of each",
            60,
        ),
        ("verified", "star checks them against register data", 60),
    ] {
        let first = text.find(word).unwrap_or_else(|| panic!("{word}"));
        let explained = text
            .find(explanation)
            .unwrap_or_else(|| panic!("{explanation}"));
        assert!(
            explained >= first && explained - first <= window,
            "{word} at {first}, explained at {explained}"
        );
    }
    assert!(text.contains("the number of hires you promise in the application"));
}

// ---- the English batch page ------------------------------------------------------------

/// The English batch view with this text pasted.
fn batch_view(text: &str) -> Doc {
    Doc::parse(&render::<BatchView>(BatchViewProps {
        text: text.to_string().into(),
    }))
}

/// English rows with English headings and amounts, a sheet from Danish Excel's amount,
/// and rows the page rejects.
const ENGLISH_ROWS: &str = "Name\tAmount\tHires\tMethod\n\
    Alpha\t1,250,000\t10\tnetwork\n\
    Beta\t1,250,000.50\t20\tcourse\n\
    Gamma\t797.600\t20\thybrid\n\
    Delta\t1,250\t1\tnetwork\n\
    Wrong\t12x\t2.5\tbus\n\
    Short\t1,000\t10\n";

#[test]
fn the_english_batch_page_reads_english_rows_and_answers_in_english() {
    let doc = batch_view(ENGLISH_ROWS);
    let prices: Vec<String> = doc
        .all("data-testid", "batch-unit-price")
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(
        prices,
        ["DKK 125,000", "DKK 62,500", "DKK 39,880", "DKK 1,250"]
    );
    assert_eq!(doc.text("summary-applications"), "4");
    assert_eq!(doc.text("summary-rejected").split(" – ").next(), Some("2"));
    assert_eq!(
        doc.text("batch-status"),
        "6 rows checked, 2 of them rejected."
    );
    let errors: Vec<String> = doc
        .all("data-testid", "batch-error")
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(
        errors,
        [
            format!(
                "Line 6 (Wrong): Amount applied for: {} Target: {} {}",
                En::amount_error(&AmountError::Letters),
                En::count_error(&CountError::NotWhole),
                En::approach_error("bus")
            ),
            format!(
                "Line 7 (Short): {}",
                En::batch_row_error(&RowError::ColumnCount {
                    expected: 4,
                    found: 3,
                    separator: Separator::Tab
                })
            ),
        ]
    );
    assert_eq!(
        errors[0],
        "Line 6 (Wrong): Amount applied for: The amount may only hold digits and perhaps \"DKK\" or \"million\". Enter e.g. 1,250,000 or 1.25 million. Target: Hires are whole people. Enter a whole number without a decimal point, e.g. 17. \"bus\" is not an approach. Choose the network, course or hybrid approach."
    );
    // Nothing Danish on the page but what was pasted (the text area holds it as it is).
    let text = doc.all_text().replace(ENGLISH_ROWS, "");
    for danish in ["æ", "ø", "å", "»", "kr.", "Linje", "Beløb", "Brug ét komma"] {
        assert!(
            !text.contains(danish),
            "{danish:?} on the English batch page"
        );
    }
}

#[test]
fn the_english_example_is_written_in_english_numbers_and_reads_back_as_table_3() {
    let text = example_text();
    assert!(text.starts_with("Project;Amount applied for;Target;Approach\n"));
    assert!(text.contains(";5,649,208;"), "{text}");
    let batch = read_batch_with_choice(
        &text,
        &csv_texts::<En>().own_columns(),
        &ColumnChoice::default(),
        Language::English,
    )
    .unwrap();
    assert!(batch.invalid.is_empty(), "{:?}", batch.invalid);
    for (row, p) in batch.rows.iter().zip(PROJECTS.iter()) {
        assert_eq!(row.application.budget, p.grant, "{}", p.name);
        assert_eq!(row.unit_price, p.unit_price_table3, "{}", p.name);
    }
    assert_eq!(batch_view(&text).text("summary-unit-price"), "DKK 22,695");
}

#[test]
fn the_english_batch_hint_says_how_amounts_are_read() {
    let doc = batch_view("");
    let hint = doc.id("batch-hint").text();
    assert_eq!(hint, En::PASTE_HINT);
    assert!(hint.contains("1,234,567.50"));
    assert!(!hint.contains("Amounts in the Danish format"));
}
