//! The components rendered natively with Yew's server renderer, and the HTML checked.
//!
//! The Danish page (the default build); the English page: tests/render_english.rs.
#![cfg(not(feature = "lang-en"))]

use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::compare::compare;
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::unit_price;
use puljeberegner::domain::payout::Application;
use puljeberegner::texts::{da::Da, reference::ReferenceTexts, Texts};
use puljeberegner::views::approach_field::{approach_field, ApproachFieldProps};
use puljeberegner::views::caveats::caveats;
use puljeberegner::views::comparison_panel::{comparison_panel, ComparisonPanelProps};
use puljeberegner::views::key_figures::{key_figures, KeyFiguresProps};
use puljeberegner::views::payout_figures::{payout_figures, PayoutFiguresProps};
use puljeberegner::views::round_one_table::{round_one_table, RoundOneTableProps};
use puljeberegner::views::rule_explanation::rule_explanation;
use puljeberegner::views::text_field::{text_field, TextFieldProps};
use puljeberegner::{App, AppProps};
use yew::Callback;

use crate::support::kr;
use crate::support::{render, render_fn, Doc, Element};

// ---- rendering ----------------------------------------------------------------------

/// The whole page for a URL query.
fn page(query: &str) -> Doc {
    Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        ..Default::default()
    }))
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

const RESULT_TESTIDS: [&str; 6] = [
    "unit-price",
    "threshold-hires",
    "payout-interim",
    "payout-final",
    "payout-total",
    "own-financing",
];

// ---- the reader itself --------------------------------------------------------------

#[test]
fn the_reader_handles_nesting_attribute_order_and_entities() {
    let doc = Doc::parse(
        r#"<div class="a" data-testid="x"><div>1 &amp; <b>2</b></div> &lt;3&gt;</div><input value="&quot;q&quot;" data-testid="y" checked><p data-testid="z" id="p">t</p>"#,
    );
    assert_eq!(doc.text("x"), "1 & 2 <3>");
    assert_eq!(doc.testid("x").doc().tags("b").len(), 1);
    assert_eq!(doc.testid("y").attr("value"), Some("\"q\""));
    assert!(doc.testid("y").has_attr("checked"));
    assert_eq!(doc.testid("y").text(), "");
    assert_eq!(doc.id("p").text(), "t");
}

// ---- the whole page -----------------------------------------------------------------

#[test]
fn code_of_care_reproduces_table_3_and_pays_out_in_full() {
    let doc = page("budget=5649208&target=230&approach=network");
    assert_eq!(doc.text("unit-price"), "24.561 kr.");
    assert_eq!(doc.text("threshold-hires"), "115");
    assert_eq!(doc.text("payout-interim"), "2.824.604 kr.");
    assert_eq!(doc.text("payout-final"), "2.824.604 kr.");
    assert_eq!(doc.text("payout-total"), "5.649.208 kr.");
    assert_eq!(doc.text("own-financing"), "0 kr.");
    assert_eq!(
        doc.text("threshold-status"),
        "Med 230 verificerede ansættelser er 50 %-grænsen (115) nået."
    );
    assert!(!doc.has_testid("results-missing"));
    assert!(!doc.html.contains("aria-invalid"));
    assert!(doc.all("class", "field-error").is_empty());
}

#[test]
fn results_first_draws_the_form_and_the_results_before_the_rest() {
    let query = "budget=1202550&target=17&approach=course";
    // The first drawing (what the server renderer sees: no effects, no timers run).
    let first = Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        results_first: true,
        ..Default::default()
    }));
    assert_eq!(first.text("unit-price"), "70.738 kr.");
    // The header, with the language switch, is the page's own (static, before the app),
    // so the app draws none.
    assert!(!first.has_testid("site-header"));
    assert!(!first.has_testid("lang-switch"));
    for later in ["scenarios", "round-one-table", "disclaimer"] {
        assert!(
            !first.has_testid(later),
            "{later} is drawn with the results"
        );
    }
    // Without it (a bare address, the pre-render) the whole page is drawn at once.
    let whole = page(query);
    for part in ["unit-price", "scenarios", "round-one-table", "disclaimer"] {
        assert!(whole.has_testid(part), "{part} is missing");
    }
}

#[test]
fn the_url_values_fill_the_form() {
    let doc = page("budget=5649208&target=230&approach=network");
    assert_eq!(doc.id("field-budget").attr("value"), Some("5649208"));
    assert_eq!(doc.id("field-target").attr("value"), Some("230"));
    assert_eq!(doc.id("field-hires").attr("value"), Some(""));
    assert_eq!(doc.id("field-expenses").attr("value"), Some(""));
    // The hires hint names the default.
    assert_eq!(
        doc.id("field-hires-hint").text(),
        "Et helt antal. Lader I feltet stå tomt, regnes der med resultatmålet (230). Kun personer i målgruppen tæller: mindst et års sammenhængende ledighed på offentlig forsørgelse (afsnit 1.1)."
    );
    for (name, checked) in [("network", true), ("course", false), ("hybrid", false)] {
        let radio = doc.id(&format!("approach-{name}"));
        assert_eq!(radio.attr("type"), Some("radio"));
        assert_eq!(radio.attr("name"), Some("approach"));
        assert_eq!(radio.attr("value"), Some(name));
        assert_eq!(radio.has_attr("checked"), checked, "{name}");
    }
}

#[test]
fn the_user_row_is_placed_among_the_nine_projects() {
    let doc = page("budget=5649208&target=230&approach=network");
    let rows = doc.all("data-testid", "round-one-row");
    assert_eq!(rows.len(), 9);
    let user = doc.testid("round-one-user-row");
    assert!(user.has_class("user-row"));
    let cells: Vec<String> = user.doc().elements.iter().map(Element::text).collect();
    assert_eq!(
        cells,
        [
            "Jeres ansøgning",
            "Netværk",
            "5.649.208 kr. ansøgt beløb",
            "ansøgt beløb",
            "230",
            "24.561 kr.",
            "–",
            "–"
        ]
    );
    // Sorted by unit price; the user's row comes before Code of Care, which ties with it.
    let body = doc.testid("round-one-table").doc().tags("tbody")[0].doc();
    let order: Vec<String> = body
        .tags("tr")
        .iter()
        .map(|tr| tr.doc().tags("th")[0].text())
        .collect();
    assert_eq!(
        order,
        [
            "Randers HK og DISCUS",
            "Quick Care",
            "AOF Midt",
            "Marselisborg",
            "SUMAK",
            "Jeres ansøgning",
            "Code of Care",
            "Ingerfair",
            "KHRS",
            "ISS",
        ]
    );
}

#[test]
fn the_comparison_figures_for_code_of_care() {
    let doc = page("budget=5649208&target=230&approach=network");
    assert_eq!(
        doc.text("compare-rank"),
        "Jeres enhedspris er nr. 6 af 10, regnet fra den laveste: 5 af de ni projekter i første runde har en lavere enhedspris."
    );
    assert_eq!(doc.text("compare-average"), "22.695 kr.");
    assert_eq!(doc.text("compare-median"), "22.619 kr.");
    assert_eq!(doc.text("compare-min"), "7.976 kr.");
    assert_eq!(doc.text("compare-max"), "75.380 kr.");
    // Network: (5.649.208 + 2.324.850 + 797.600 + 479.482 + 286.000) / 490 = 19.463,5…
    assert_eq!(doc.text("compare-approach-average"), "19.463 kr.");
    assert!(doc.all_text().contains("Laveste (Randers HK og DISCUS)"));
    assert!(doc.all_text().contains("Højeste (ISS)"));
}

#[test]
fn an_empty_query_shows_no_figures_and_no_errors() {
    let doc = page("");
    for testid in RESULT_TESTIDS {
        let text = doc.text(testid);
        assert!(!has_digit(&text), "{testid}: {text:?}");
        assert_eq!(text, Da::WITHHELD, "{testid}");
    }
    assert!(!doc.html.contains("aria-invalid"), "{}", doc.html);
    assert!(doc.all("class", "field-error").is_empty());
    assert_eq!(doc.text("results-missing"), Da::RESULTS_MISSING);
    assert!(!doc.has_testid("threshold-status"));
    assert!(!doc.has_testid("compare-rank"));
    assert!(!doc.has_testid("round-one-user-row"));
    assert_eq!(doc.all("data-testid", "round-one-row").len(), 9);
    assert!(doc.tags("input").iter().all(|i| !i.has_attr("checked")));
    for name in ["budget", "target", "hires", "expenses"] {
        let input = doc.id(&format!("field-{name}"));
        assert_eq!(input.attr("value"), Some(""));
        assert_eq!(input.attr("name"), Some(name));
        assert_eq!(
            input.attr("aria-describedby"),
            Some(format!("field-{name}-hint").as_str())
        );
    }
}

#[test]
fn a_bad_budget_is_kept_marked_and_explained() {
    let doc = page("budget=12x&target=10");
    let input = doc.id("field-budget");
    assert_eq!(input.attr("value"), Some("12x"));
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    let described: Vec<&str> = input
        .attr("aria-describedby")
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(described.contains(&"field-budget-error"), "{described:?}");
    assert!(described.contains(&"field-budget-hint"), "{described:?}");
    let error = doc.id("field-budget-error");
    assert!(error.has_class("field-error"));
    assert_eq!(
        error.text(),
        "Fejl: Beløbet må kun indeholde tal og evt. »kr.« eller »mio.«. Skriv fx 1.250.000 eller 1,25 mio."
    );
    // The target is fine and not marked.
    let target = doc.id("field-target");
    assert_eq!(target.attr("value"), Some("10"));
    assert!(!target.has_attr("aria-invalid"));
    assert!(doc.all("id", "field-target-error").is_empty());
    // No figures from a budget that is not accepted.
    for testid in RESULT_TESTIDS {
        assert!(!has_digit(&doc.text(testid)), "{testid}");
    }
    assert_eq!(doc.text("results-missing"), Da::results_fix(true, false));
    assert!(!doc.has_testid("round-one-user-row"));
}

#[test]
fn a_zero_target_is_explained() {
    let doc = page("target=0");
    let target = doc.id("field-target");
    assert_eq!(target.attr("value"), Some("0"));
    assert_eq!(target.attr("aria-invalid"), Some("true"));
    assert_eq!(
        doc.id("field-target-error").text(),
        "Fejl: Antallet skal være mindst 1. Skriv fx 17."
    );
    // The budget was never given, so it is unfinished, not wrong.
    assert!(!doc.id("field-budget").has_attr("aria-invalid"));
    assert!(doc.all("id", "field-budget-error").is_empty());
    assert!(!has_digit(&doc.text("unit-price")));
}

#[test]
fn a_budget_given_empty_in_the_url_is_reported_as_missing() {
    // `budget=` counts as touched by the URL (see tests/state.rs), so it is an error,
    // the same the user sees after typing a budget and clearing it again.
    let doc = page("budget=&target=10");
    assert_eq!(doc.id("field-budget").attr("aria-invalid"), Some("true"));
    assert_eq!(
        doc.id("field-budget-error").text(),
        "Fejl: Skriv et beløb i kroner, fx 1.250.000."
    );
}

/// The ids of the error messages on a page.
fn error_ids(doc: &Doc) -> Vec<String> {
    doc.elements
        .iter()
        .filter(|e| e.has_class("field-error"))
        .filter_map(|e| e.attr("id").map(str::to_string))
        .collect()
}

#[test]
fn the_address_reproduces_the_view_after_a_field_is_cleared() {
    use puljeberegner::state::State;
    // The user types a budget and clears it: the state is what `budget=` reads.
    for query in [
        "budget=&target=10",
        "target=",
        "budget=5&target=&approach=network",
    ] {
        let before = page(query);
        let address = State::from_query(query).to_query();
        let after = page(&address);
        assert_eq!(
            error_ids(&after),
            error_ids(&before),
            "{query:?} -> address {address:?}"
        );
    }
}

#[test]
fn an_unknown_approach_is_explained() {
    let doc = page("budget=5649208&target=230&approach=bogus");
    let error = doc.id("field-approach-error");
    assert!(error.has_class("field-error"));
    assert_eq!(
        error.text(),
        "Fejl: »bogus« er ikke en tilgang. Vælg netværkstilgang, forløbstilgang eller hybridtilgang."
    );
    let fieldset = &doc.tags("fieldset")[0];
    assert_eq!(
        fieldset.attr("aria-describedby"),
        Some("field-approach-error")
    );
    // Its message is inside it, which is what marks the field red (`.field:has(.field-error)`).
    assert_eq!(fieldset.doc().all("class", "field-error").len(), 1);
    assert!(doc.tags("input").iter().all(|i| !i.has_attr("checked")));
    // The figures do not need an approach.
    assert_eq!(doc.text("unit-price"), "24.561 kr.");
    // Without an approach there is no same-approach average, and the page says why.
    assert!(!doc.has_testid("compare-approach-average"));
    assert!(doc.all_text().contains(Da::APPROACH_UNSET));
    // The user row shows a dash for the approach.
    assert_eq!(
        doc.testid("round-one-user-row").doc().tags("td")[0].text(),
        "–"
    );
}

#[test]
fn a_repayment_is_shown_as_such() {
    let doc = page("budget=1000000&target=17&hires=9&expenses=400000");
    assert_eq!(doc.text("payout-interim"), "500.000 kr.");
    // A repayment: a positive amount under its label, never "Tilbagebetaling −100.000 kr.".
    assert_eq!(doc.text("payout-final"), "100.000 kr.");
    assert_eq!(doc.text("payout-total"), "400.000 kr.");
    assert_eq!(doc.text("own-financing"), "0 kr.");
    assert_eq!(
        doc.text("threshold-status"),
        "Med 9 verificerede ansættelser er 50 %-grænsen (9) nået."
    );
    let row = doc
        .elements
        .iter()
        .find(|e| e.has_class("payout-row") && e.doc().has_testid("payout-final"))
        .expect("the final payment's row");
    assert!(row.has_attr("data-repayment"));
    assert_eq!(
        row.doc().tags("dt")[0].text(),
        "Tilbagebetaling ved slutafregning (beregnerens antagelse; rapporten nævner ikke tilbagebetaling)"
    );
    assert!(row.doc().tags("dt")[0]
        .text()
        .starts_with("Tilbagebetaling"));
}

#[test]
fn below_the_threshold_half_the_expenses_are_paid_and_no_interim() {
    let doc = page("budget=1000000&target=17&hires=8");
    assert_eq!(doc.text("payout-interim"), "0 kr.");
    assert_eq!(doc.text("payout-final"), "500.000 kr.");
    assert_eq!(doc.text("payout-total"), "500.000 kr.");
    assert_eq!(doc.text("own-financing"), "500.000 kr.");
    assert_eq!(
        doc.text("threshold-status"),
        "Med 8 verificerede ansættelser er 50 %-grænsen (9) ikke nået: I får kun halvdelen af udgifterne dækket."
    );
    assert!(doc.all_text().contains(Da::INTERIM_NOTE_NOT_REACHED));
    assert!(!doc.all_text().contains(Da::REPAYMENT_LABEL));
    assert!(doc.elements.iter().all(|e| !e.has_attr("data-repayment")));
    let final_row = doc
        .elements
        .iter()
        .find(|e| e.has_class("payout-row") && e.doc().has_testid("payout-final"))
        .unwrap();
    assert_eq!(final_row.doc().tags("dt")[0].text(), "Slutafregning");
}

#[test]
fn danish_amounts_from_the_url_are_read() {
    let doc = page("budget=1+234+567+kr.&target=100");
    assert_eq!(doc.id("field-budget").attr("value"), Some("1 234 567 kr."));
    assert_eq!(doc.text("unit-price"), "12.345 kr.");
    assert_eq!(doc.text("threshold-hires"), "50");
    let doc = page("budget=1.234.567%2C50&target=1");
    assert_eq!(doc.id("field-budget").attr("value"), Some("1.234.567,50"));
    assert_eq!(doc.text("unit-price"), "1.234.567 kr.");
    assert_eq!(doc.text("payout-interim"), "617.283,75 kr.");
    assert_eq!(doc.text("payout-total"), "1.234.567,50 kr.");
}

#[test]
fn a_bad_scenario_withholds_the_payout_but_not_the_key_figures() {
    let doc = page("budget=1000000&target=17&hires=abc&expenses=5%25");
    assert_eq!(doc.text("unit-price"), "58.823 kr.");
    assert_eq!(doc.text("threshold-hires"), "9");
    for testid in [
        "payout-interim",
        "payout-final",
        "payout-total",
        "own-financing",
    ] {
        assert_eq!(doc.text(testid), Da::WITHHELD, "{testid}");
    }
    assert!(!doc.has_testid("threshold-status"));
    assert_eq!(doc.id("field-hires").attr("aria-invalid"), Some("true"));
    assert_eq!(
        doc.id("field-hires-error").text(),
        "Fejl: Skriv antallet med cifre, fx 17."
    );
    assert_eq!(doc.id("field-expenses").attr("value"), Some("5%"));
    assert_eq!(
        doc.id("field-expenses-error").text(),
        format!("Fejl: {DA_SYMBOL_PERCENT}")
    );
}

const DA_SYMBOL_PERCENT: &str = "Tegnet »%« hører ikke til et beløb. Brug tal, punktum mellem tusinder og komma før øre, fx 1.250.000,50.";

#[test]
fn markup_in_the_url_is_escaped() {
    let evil = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    let doc = page(&format!("budget={evil}&approach={evil}&hires={evil}"));
    assert!(!doc.html.contains("<script"), "{}", doc.html);
    assert_eq!(
        doc.id("field-budget").attr("value"),
        Some("\"><script>alert(1)</script>")
    );
    assert_eq!(
        doc.id("field-hires").attr("value"),
        Some("\"><script>alert(1)</script>")
    );
    assert!(doc
        .id("field-approach-error")
        .text()
        .starts_with("Fejl: »\"><script>alert(1)</script>«"));
}

#[test]
fn the_caveats_and_the_disclaimer_are_on_the_page() {
    for query in [
        "",
        "budget=5649208&target=230&approach=network",
        "budget=12x",
    ] {
        let doc = page(query);
        // The caveats are static, in the page's reference part (tests/render_reference.rs);
        // the app moves them under its round-one table (tests/e2e/trust.spec.js) and never
        // draws their text itself.
        assert!(!doc.has_testid("round-one-caveats"), "{query:?}");
        assert!(!doc.all_text().contains(Da::CAVEATS[0]), "{query:?}");
        assert!(doc
            .one("id", "round-one")
            .doc()
            .has_testid("round-one-table"));
        assert_eq!(doc.text("disclaimer"), Da::DISCLAIMER);
        assert_eq!(
            doc.text("disclaimer"),
            "Beregningen er vejledende. Det er STAR, der vurderer ansøgningen og træffer afgørelse om tilskud og udbetaling."
        );
        // The rule, the quote and the assumptions are in the reference part, which the
        // build writes into the page; the app's text never carries the quote.
        assert!(!doc.all_text().contains(Da::RULE_QUOTE));
        assert!(doc.all_text().contains(Da::TABLE_SOURCE));
    }
}

#[test]
fn every_label_points_at_an_existing_control() {
    let doc = page("budget=12x&target=0&approach=bogus&hires=x&expenses=y");
    for label in doc.tags("label") {
        let target = label.attr("for").expect("label without for");
        assert_eq!(doc.all("id", target).len(), 1, "label for={target}");
    }
    for input in doc.tags("input") {
        for id in input
            .attr("aria-describedby")
            .unwrap_or("")
            .split_whitespace()
        {
            assert_eq!(doc.all("id", id).len(), 1, "aria-describedby {id}");
        }
    }
    // Ids are unique on the page.
    let mut ids: Vec<&str> = doc.elements.iter().filter_map(|e| e.attr("id")).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count);
}

// ---- the components on their own ----------------------------------------------------

/// The first figures' texts for a query, as the app and the figures module compute them.
fn figures_of(query: &str) -> puljeberegner::figure_texts::FigureTexts {
    let state = puljeberegner::state::State::from_query(query);
    puljeberegner::figure_texts::FigureTexts::of(
        &puljeberegner::calculator_view::CalculatorView::from(&state),
    )
}

#[test]
fn key_figures_without_an_application_show_dashes() {
    let doc = Doc::parse(&render_fn(
        key_figures,
        KeyFiguresProps {
            texts: figures_of(""),
        },
    ));
    assert_eq!(doc.text("unit-price"), "—");
    assert_eq!(doc.text("threshold-hires"), "—");
    assert!(doc.all_text().contains(Da::UNIT_PRICE_LABEL));
}

#[test]
fn key_figures_with_an_application() {
    let doc = Doc::parse(&render_fn(
        key_figures,
        KeyFiguresProps {
            texts: figures_of("budget=1658378&target=22"),
        },
    ));
    assert_eq!(doc.text("unit-price"), "75.380 kr.");
    assert_eq!(doc.text("threshold-hires"), "11");
    let doc = Doc::parse(&render_fn(
        key_figures,
        KeyFiguresProps {
            texts: figures_of("budget=1202550&target=17"),
        },
    ));
    assert_eq!(doc.text("unit-price"), "70.738 kr.");
    assert_eq!(doc.text("threshold-hires"), "9");
}

#[test]
fn payout_figures_on_their_own() {
    let doc = Doc::parse(&render_fn(
        payout_figures,
        PayoutFiguresProps {
            texts: figures_of(""),
        },
    ));
    for testid in [
        "payout-interim",
        "payout-final",
        "payout-total",
        "own-financing",
    ] {
        assert_eq!(doc.text(testid), "—", "{testid}");
    }
    assert!(!doc.has_testid("threshold-status"));

    let doc = Doc::parse(&render_fn(
        payout_figures,
        PayoutFiguresProps {
            texts: figures_of("budget=1000000&target=17&hires=20&expenses=1200000"),
        },
    ));
    assert_eq!(doc.text("payout-interim"), "500.000 kr.");
    assert_eq!(doc.text("payout-final"), "500.000 kr.");
    assert_eq!(doc.text("payout-total"), "1.000.000 kr.");
    assert_eq!(doc.text("own-financing"), "200.000 kr.");
    assert!(doc.text("threshold-status").contains("nået"));
}

#[test]
fn caveats_and_rules_on_their_own() {
    let doc = Doc::parse(&render_fn(|_: &()| caveats(), ()));
    assert_eq!(doc.testid("caveats").doc().tags("li").len(), 6 + 3);
    assert_eq!(doc.testid("round-one-caveats").doc().tags("li").len(), 6);
    assert!(doc.all_text().contains(Da::CAVEATS[2]));

    let doc = Doc::parse(&render_fn(|_: &()| rule_explanation(), ()));
    let rules: Vec<String> = doc
        .testid("rule-reading")
        .doc()
        .tags("li")
        .iter()
        .map(|li| li.text())
        .collect();
    assert_eq!(rules, <Da as ReferenceTexts>::RULE_READING);
    assert_eq!(doc.tags("figcaption")[0].text(), Da::RULE_SOURCE);
}

#[test]
fn round_one_table_on_its_own() {
    let doc = Doc::parse(&render_fn(
        round_one_table,
        RoundOneTableProps {
            application: None,
            unit_price: None,
            cheaper_projects: None,
            approach: None,
        },
    ));
    assert_eq!(doc.all("data-testid", "round-one-row").len(), 9);
    assert!(!doc.has_testid("round-one-user-row"));
    let text = doc.testid("round-one-table").text();
    assert!(text.contains("Ikke indrapporteret"));
    assert!(text.contains("1 (ikke verificeret)"));
    assert!(text.contains("Forløb (hybrid i bilag A)"));

    // The cheapest application goes first, the dearest last.
    for (budget, index) in [(1_000, 0), (10_000_000, 9)] {
        let app = Application {
            budget: kr(budget),
            target: 1,
        };
        let doc = Doc::parse(&render_fn(
            round_one_table,
            RoundOneTableProps {
                application: Some(app),
                unit_price: Some(unit_price(app)),
                cheaper_projects: Some(
                    compare(unit_price(app), Approach::Network).cheaper_projects,
                ),
                approach: Some(Approach::Hybrid),
            },
        ));
        let rows = doc.tags("tbody")[0].doc();
        let rows = rows.tags("tr");
        assert_eq!(rows.len(), 10);
        assert_eq!(
            rows[index].attr("data-testid"),
            Some("round-one-user-row"),
            "{budget}"
        );
        assert_eq!(rows[index].doc().tags("td")[0].text(), "Hybrid");
    }
}

#[test]
fn comparison_panel_on_its_own() {
    let html = render_fn(
        comparison_panel,
        ComparisonPanelProps {
            comparison: None,
            approach: None,
        },
    );
    assert!(html.trim().is_empty(), "{html}");

    let doc = Doc::parse(&render_fn(
        comparison_panel,
        ComparisonPanelProps {
            comparison: Some(compare(kr(5_000), Approach::Hybrid)),
            approach: Some(Approach::Hybrid),
        },
    ));
    assert_eq!(
        doc.text("compare-rank"),
        "Jeres enhedspris er nr. 1 af 10, regnet fra den laveste: ingen af de ni projekter i første runde har en lavere enhedspris."
    );
    // Hybrid is compared with the course projects: 4.760.858 / 140 = 34.006,1…
    assert_eq!(doc.text("compare-approach-average"), "34.006 kr.");
    assert!(doc
        .all_text()
        .contains("Forløbsprojekter inkl. AOF Midts hybrid"));
    assert!(!doc.all_text().contains(Da::APPROACH_UNSET));
}

#[test]
fn approach_field_on_its_own() {
    let doc = Doc::parse(&render_fn(
        approach_field,
        ApproachFieldProps {
            chosen: Some(Approach::Hybrid),
            error: None,
            onchange: Callback::noop(),
        },
    ));
    assert!(doc.id("approach-hybrid").has_attr("checked"));
    assert!(!doc.id("approach-network").has_attr("checked"));
    assert!(!doc.id("approach-course").has_attr("checked"));
    assert_eq!(
        doc.id("approach-course-hint").text(),
        Da::approach_explanation(Approach::Course)
    );
    assert!(!doc.tags("fieldset")[0].has_attr("aria-describedby"));

    let doc = Doc::parse(&render_fn(
        approach_field,
        ApproachFieldProps {
            chosen: None,
            error: Some("Forkert".into()),
            onchange: Callback::noop(),
        },
    ));
    assert_eq!(doc.id("field-approach-error").text(), "Fejl: Forkert");
    assert_eq!(
        doc.tags("fieldset")[0].attr("aria-describedby"),
        Some("field-approach-error")
    );
}

#[test]
fn text_field_on_its_own() {
    let field = |value: &str, error: Option<&str>| {
        Doc::parse(&render_fn(
            text_field,
            TextFieldProps {
                field: puljeberegner::state::Field::Budget,
                label: "Ansøgt beløb".into(),
                hint: "I kroner".into(),
                value: value.to_string().into(),
                error: error.map(str::to_string),
                inputmode: "decimal",
                oninput: Callback::noop(),
            },
        ))
    };
    let doc = field("5 & <6>", None);
    let input = doc.id("field-budget");
    assert_eq!(input.attr("value"), Some("5 & <6>"));
    assert_eq!(input.attr("inputmode"), Some("decimal"));
    assert_eq!(input.attr("aria-describedby"), Some("field-budget-hint"));
    assert!(!input.has_attr("aria-invalid"));
    assert_eq!(doc.tags("label")[0].attr("for"), Some("field-budget"));

    let doc = field("x", Some("Skriv <tal> & andet"));
    let input = doc.id("field-budget");
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    assert_eq!(
        input.attr("aria-describedby"),
        Some("field-budget-hint field-budget-error")
    );
    assert_eq!(
        doc.id("field-budget-error").text(),
        "Fejl: Skriv <tal> & andet"
    );
    assert_eq!(
        doc.tags("div")[0].doc().all("class", "field-error").len(),
        1
    );
}

// ---- a sweep over many URLs -----------------------------------------------------------

#[test]
fn every_combination_renders_consistently_with_the_domain() {
    use puljeberegner::domain::payout::{payout, threshold_hires, unit_price};
    use puljeberegner::state::{Field, State};

    let budgets = [
        "",
        "0",
        "12x",
        "1",
        "5649208",
        "1.234.567,50",
        "1000000000",
        "1000000001",
    ];
    let targets = ["", "0", "1", "17", "230", "100000", "100001", "1,5"];
    let hires = ["", "0", "9", "abc"];
    let expenses = ["", "0", "400000", "-1"];
    let approaches = ["", "network", "bogus"];
    let mut n = 0usize;
    for b in budgets {
        for t in targets {
            for h in hires {
                for e in expenses {
                    n += 1;
                    let a = approaches[n % approaches.len()];
                    let mut state = State::default();
                    for (field, value) in [
                        (Field::Budget, b),
                        (Field::Target, t),
                        (Field::Hires, h),
                        (Field::Expenses, e),
                        (Field::Approach, a),
                    ] {
                        if !value.is_empty() {
                            state.apply(puljeberegner::state::Action::Set(field, value.into()));
                        }
                    }
                    let query = state.to_query();
                    let doc = page(&query);
                    let parsed = state.parsed();

                    match parsed.application() {
                        Some(app) => {
                            assert_eq!(
                                doc.text("unit-price"),
                                Da::money(unit_price(app)),
                                "{query}"
                            );
                            assert_eq!(
                                doc.text("threshold-hires"),
                                Da::count(threshold_hires(app.target)),
                                "{query}"
                            );
                            assert!(!doc.has_testid("results-missing"), "{query}");
                            assert!(doc.has_testid("round-one-user-row"), "{query}");
                        }
                        None => {
                            assert_eq!(doc.text("unit-price"), Da::WITHHELD, "{query}");
                            assert_eq!(doc.text("threshold-hires"), Da::WITHHELD, "{query}");
                            assert!(doc.has_testid("results-missing"), "{query}");
                            assert!(!doc.has_testid("round-one-user-row"), "{query}");
                        }
                    }
                    match parsed.application().zip(parsed.outcome()) {
                        Some((app, outcome)) => {
                            let p = payout(app, outcome);
                            assert_eq!(doc.text("payout-interim"), Da::money(p.interim), "{query}");
                            assert_eq!(
                                doc.text("payout-final"),
                                Da::money(Money::from_ore(p.final_payment.ore().abs())),
                                "{query}"
                            );
                            assert_eq!(doc.text("payout-total"), Da::money(p.total), "{query}");
                            assert_eq!(
                                doc.text("own-financing"),
                                Da::money(p.own_financing),
                                "{query}"
                            );
                            assert!(doc.has_testid("threshold-status"), "{query}");
                        }
                        None => {
                            for testid in [
                                "payout-interim",
                                "payout-final",
                                "payout-total",
                                "own-financing",
                            ] {
                                assert_eq!(doc.text(testid), Da::WITHHELD, "{query}: {testid}");
                            }
                            assert!(!doc.has_testid("threshold-status"), "{query}");
                        }
                    }
                    // Each text field: the value is exactly what was typed, and it is marked
                    // invalid exactly when its error is shown, and the error is referenced.
                    for (field, value) in [
                        (Field::Budget, b),
                        (Field::Target, t),
                        (Field::Hires, h),
                        (Field::Expenses, e),
                    ] {
                        let input = doc.id(&format!("field-{}", field.name()));
                        assert_eq!(input.attr("value"), Some(value), "{query}");
                        let error_id = format!("field-{}-error", field.name());
                        let shown = !doc.all("id", &error_id).is_empty();
                        assert_eq!(
                            input.attr("aria-invalid") == Some("true"),
                            shown,
                            "{query}: {error_id}"
                        );
                        let described = input.attr("aria-describedby").unwrap_or("");
                        assert_eq!(
                            described.split_whitespace().any(|d| d == error_id),
                            shown,
                            "{query}: {error_id}"
                        );
                        // An error is shown for a non-empty value exactly when it does not parse.
                        if !value.is_empty() {
                            let invalid = match field {
                                Field::Budget => parsed.budget.is_err(),
                                Field::Target => parsed.target.is_err(),
                                Field::Hires => parsed.hires.is_err(),
                                Field::Expenses => parsed.expenses.is_err(),
                                Field::Approach => unreachable!(),
                            };
                            assert_eq!(shown, invalid, "{query}: {error_id}");
                        } else {
                            assert!(!shown, "{query}: {error_id} for an untouched empty field");
                        }
                    }
                    assert_eq!(doc.all("data-testid", "round-one-row").len(), 9, "{query}");
                    assert_eq!(
                        doc.all("id", "field-approach-error").len(),
                        usize::from(a == "bogus"),
                        "{query}"
                    );
                    assert_eq!(
                        doc.tags("input")
                            .iter()
                            .filter(|i| i.has_attr("checked"))
                            .count(),
                        usize::from(a == "network"),
                        "{query}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_embed_section_is_static_and_its_code_follows_the_inputs() {
    use puljeberegner::views::embed_snippet::{embed_html, embed_section};
    let code = embed_html(
        "https://star.example/beregner/index.html",
        "budget=1000000&target=17",
    );
    assert!(code.starts_with(
        r#"<iframe data-puljeberegner src="https://star.example/beregner/?budget=1000000&amp;target=17&amp;embed=1""#
    ));
    assert!(
        code.ends_with(r#"<script src="https://star.example/beregner/embed.js" defer></script>"#)
    );
    assert!(!code.contains("scrolling"));
    assert!(
        embed_html("https://star.example/", "").contains(r#"src="https://star.example/?embed=1""#)
    );
    // The section's words are written into the page at build time; the app fills in the
    // code and shows it, so it starts hidden and empty (useless without the app).
    let section = Doc::parse(&crate::support::render_fn(|_: &()| embed_section(), ()));
    assert!(section.elements[0].has_attr("hidden"));
    assert_eq!(section.testid("embed-code").text(), "");
    let button = section.testid("copy-embed");
    assert_eq!(button.attr("data-copy"), Some("embed-code"));
    assert_eq!(
        section.testid("copy-embed-status").attr("id"),
        Some("embed-code-status")
    );
    // The calculator itself draws no embed section.
    assert!(!page("budget=1000000&target=17").has_testid("embed-code"));
}

/// Where a word first appears on the page (case aside), its explanation follows within
/// `window` characters: the reader meets the word and what it means together.
fn explained_where_first_used(text: &str, word: &str, explanation: &str, window: usize) {
    let lower = text.to_lowercase();
    let first = lower
        .find(&word.to_lowercase())
        .unwrap_or_else(|| panic!("{word} is not on the page"));
    let explained = lower
        .find(&explanation.to_lowercase())
        .unwrap_or_else(|| panic!("the explanation of {word} is not on the page"));
    assert!(
        explained >= first && explained - first <= window,
        "{word} first at {first}, its explanation at {explained}:\n{}",
        &text[text
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| i >= first.saturating_sub(40))
            .unwrap_or(0)..]
            .chars()
            .take(400)
            .collect::<String>()
    );
}

#[test]
fn the_page_explains_its_words_where_they_first_appear() {
    // As the reader meets them, top down: the lead, the target field, the key figures.
    let text = page("").all_text();
    for (word, explanation, window) in [
        ("enhedspris", "hvad én ansættelse koster i jeres budget", 40),
        (
            "første runde",
            "de ni projekter, der i 2018–2019 fik tilsagn om tilskud fra puljen",
            40,
        ),
        (
            "første runde",
            "evalueringsrapporten fra februar 2020 (Deloitte for STAR)",
            160,
        ),
        (
            "resultatmål",
            "det antal ansættelser, i lover i ansøgningen",
            80,
        ),
        (
            "tabel 3",
            "der viser beløb, resultatmål og enhedspris for hvert projekt",
            40,
        ),
        ("verificer", "STAR kontrollerer dem op mod registerdata", 60),
    ] {
        explained_where_first_used(&text, word, explanation, window);
    }
    // The word list in the reference part says the same at more length.
    assert!(Da::UNIT_PRICE_NOTE.contains("evalueringsrapportens tabel 3"));
}
