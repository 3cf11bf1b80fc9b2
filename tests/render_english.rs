//! The English page (feature `lang-en`), rendered natively: its words and its numbers are
//! English. The Danish page: tests/render.rs and the other render crates.
#![cfg(feature = "lang-en")]

use puljeberegner::pages::View;
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
