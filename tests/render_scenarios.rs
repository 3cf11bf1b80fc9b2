//! The scenario views rendered natively with Yew's server renderer, and the HTML
//! checked: the scenario grid, the "as if" table, the payout chart, the cash flow, the
//! workings and the lessons, on the whole page (from a URL query) and on their own.
//!
//! The Danish page (the default build); the English page: tests/render_english.rs.
#![cfg(not(feature = "lang-en"))]

use puljeberegner::calculator_view::Scenario;
use puljeberegner::chart::{payout_chart, px, PLOT_BOTTOM};
use puljeberegner::domain::amount_input::parse_amount;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::{payout, payout_per_hire, Application, Outcome};
use puljeberegner::domain::scenarios::expenses_at;
use puljeberegner::domain::scenarios::parse_expense_level;
use puljeberegner::texts::{da::Da, Texts};
use puljeberegner::views::as_if_table::{as_if_table, AsIfTableProps};
use puljeberegner::views::cash_flow::{cash_flow, CashFlowProps};
use puljeberegner::views::lessons::{self, LessonsProps};
use puljeberegner::views::payout_chart::{payout_chart_view, PayoutChartViewProps};
use puljeberegner::views::scenario_grid::{scenario_grid, ScenarioGridProps};
use puljeberegner::views::workings::{self, WorkingsProps};
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

// ---- helpers ------------------------------------------------------------------------

fn money(m: Money) -> String {
    Da::money(m)
}

/// The main example of the brief: 1.000.000 kr., 17 hires promised, 12 verified.
const MAIN: &str = "budget=1000000&target=17&hires=12";

/// The rows of the scenario grid.
fn grid_rows(doc: &Doc) -> Vec<Element> {
    doc.testid("scenario-grid")
        .doc()
        .all("data-testid", "scenario-row")
        .into_iter()
        .cloned()
        .collect()
}

/// `data-hires` of every grid row, in order.
fn grid_hires(doc: &Doc) -> Vec<u32> {
    grid_rows(doc)
        .iter()
        .map(|r| r.attr("data-hires").unwrap().parse().unwrap())
        .collect()
}

/// The grid row with `data-hires="{hires}"`.
fn grid_row(doc: &Doc, hires: u32) -> Element {
    let rows: Vec<Element> = grid_rows(doc)
        .into_iter()
        .filter(|r| r.attr("data-hires") == Some(hires.to_string().as_str()))
        .collect();
    assert_eq!(rows.len(), 1, "one row with {hires} hires");
    rows[0].clone()
}

/// The texts of a row's `<td>`s.
fn cells(row: &Element) -> Vec<String> {
    row.doc().tags("td").iter().map(|td| td.text()).collect()
}

/// The column-group headers of the grid (one per expense column), as elements.
fn column_groups(doc: &Doc) -> Vec<Element> {
    doc.testid("scenario-grid")
        .doc()
        .all("scope", "colgroup")
        .into_iter()
        .cloned()
        .collect()
}

/// The expenses written in a column group header: "Udgifter 80 % (800.000 kr.)" → 800.000 kr.
fn header_expenses(header: &Element) -> Money {
    let text = header.text();
    let open = text.find('(').expect("header has (amount)");
    let close = text[open..].find(')').expect("header has (amount)") + open;
    parse_amount(&text[open + 1..close]).unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
}

/// The three cells of a grid column for a scenario, as the payout model gives them.
fn expected_cells(app: Application, hires: u32, expenses: Money) -> [String; 3] {
    let p = payout(app, Outcome { hires, expenses });
    [
        money(p.total),
        money(p.own_financing),
        payout_per_hire(p.total, hires).map_or_else(|| Da::NOT_COMPUTABLE.to_string(), money),
    ]
}

/// The as-if rows: (name cell text, hires, reached text, total, own financing).
fn as_if(doc: &Doc) -> Vec<Element> {
    doc.testid("as-if-table")
        .doc()
        .all("data-testid", "as-if-row")
        .into_iter()
        .cloned()
        .collect()
}

/// The first text node of a row's `<th>`: the project's name.
fn as_if_name(row: &Element) -> String {
    row.doc().tags("th")[0].first_text()
}

fn as_if_hires(doc: &Doc) -> Vec<u32> {
    as_if(doc)
        .iter()
        .map(|r| r.doc().text("as-if-hires").parse().unwrap())
        .collect()
}

/// The numbers in an SVG attribute value: "M616.0 272.0 l-4 7 h8 z" → [616, 272, -4, 7, 8].
/// Anything else (a stray "NaN" or "inf") is kept, so that parsing it fails loudly.
fn numbers_in(value: &str) -> Vec<String> {
    value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty() && *t != "z" && *t != "Z")
        .map(|t| {
            t.strip_prefix(['M', 'L', 'H', 'V', 'm', 'l', 'h', 'v'])
                .unwrap_or(t)
                .to_string()
        })
        .collect()
}

/// Every coordinate attribute of the chart: (element, attribute, value).
fn chart_coordinates(svg: &Element) -> Vec<(String, String, f64)> {
    const COORDS: [&str; 11] = [
        "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "points", "d",
    ];
    let mut out = Vec::new();
    for e in svg.doc().elements {
        for (name, value) in &e.attrs {
            if !COORDS.contains(&name.as_str()) {
                continue;
            }
            for token in numbers_in(value) {
                let v: f64 = token.parse().unwrap_or_else(|_| {
                    panic!("<{} {name}={value:?}>: {token:?} is not a number", e.name)
                });
                assert!(v.is_finite(), "<{} {name}={value:?}>", e.name);
                out.push((e.name.clone(), name.clone(), v));
            }
        }
    }
    out
}

/// The polyline's points as (x, y).
fn polyline_points(svg: &Element) -> Vec<(f64, f64)> {
    let doc = svg.doc();
    let lines = doc.tags("polyline");
    assert_eq!(lines.len(), 1, "one polyline");
    lines[0]
        .attr("points")
        .unwrap()
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').expect("x,y");
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// The viewBox as (width, height); it starts at 0 0.
fn view_box(svg: &Element) -> (f64, f64) {
    let v: Vec<f64> = svg
        .attr("viewBox")
        .expect("viewBox")
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(v.len(), 4);
    assert_eq!((v[0], v[1]), (0.0, 0.0));
    (v[2], v[3])
}

// ---- the reader on SVG-like markup ------------------------------------------------------

#[test]
fn the_reader_handles_svg_children_and_path_numbers() {
    let doc = Doc::parse(
        r#"<svg data-testid="c" viewBox="0 0 640.0 400.0"><title id="t">T</title><desc>D &amp; E</desc><polyline points="1.0,2.0 3.5,-4.0"></polyline><path d="M616.0 272.0 l-4 7 h8 z"></path></svg>"#,
    );
    let svg = doc.testid("c");
    assert_eq!(view_box(svg), (640.0, 400.0));
    assert_eq!(svg.doc().tags("desc")[0].text(), "D & E");
    assert_eq!(polyline_points(svg), vec![(1.0, 2.0), (3.5, -4.0)]);
    assert_eq!(
        numbers_in("M616.0 272.0 l-4 7 h8 z"),
        ["616.0", "272.0", "-4", "7", "8"]
    );
    assert_eq!(numbers_in("1.0,-2.5 3,4"), ["1.0", "-2.5", "3", "4"]);
}

// ---- the scenario grid on the page ------------------------------------------------------

#[test]
fn the_grid_has_a_row_per_hire_level_with_the_threshold_rows_marked() {
    let doc = page(MAIN);
    // 0 %, 25 % (4,25 → 4), one under the threshold (8), the threshold ceil(17/2) = 9,
    // 75 % (12,75 → 12, the user's own), 100 % and 150 % (25,5 → 25).
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 17, 25]);
    for row in grid_rows(&doc) {
        let hires: u32 = row.attr("data-hires").unwrap().parse().unwrap();
        assert_eq!(
            row.has_attr("data-threshold"),
            hires == 8 || hires == 9,
            "data-threshold on {hires}"
        );
        assert_eq!(
            row.attr("aria-current"),
            (hires == 12).then_some("true"),
            "aria-current on {hires}"
        );
    }
    let kinds: Vec<String> = grid_rows(&doc)
        .iter()
        .map(|r| r.doc().all("class", "row-kind")[0].text())
        .collect();
    assert_eq!(
        kinds,
        [
            "0 % af målet",
            "25 % af målet",
            "én under 50 %-grænsen",
            "50 %-grænsen",
            "75 % af målet",
            "100 % af målet",
            "150 % af målet",
        ]
    );
    // The own row says so in words too, not only by colour.
    assert!(grid_row(&doc, 12).text().contains("jeres scenarie"));
    assert_eq!(doc.all("aria-current", "true").len(), 1);
}

#[test]
fn the_grid_columns_are_the_three_default_levels_and_the_own_one_is_marked() {
    let doc = page(MAIN);
    let groups = column_groups(&doc);
    let labels: Vec<String> = groups.iter().map(Element::text).collect();
    assert_eq!(
        labels,
        [
            "Udgifter100 % (1.000.000 kr.) ◀ jeres scenarie",
            "Udgifter90 % (900.000 kr.)",
            "Udgifter75 % (750.000 kr.)",
        ]
    );
    assert!(groups[0].has_attr("data-own"));
    assert!(!groups[1].has_attr("data-own") && !groups[2].has_attr("data-own"));
    for g in &groups {
        assert_eq!(g.attr("colspan"), Some("3"));
    }
    // Each column group has its three sub-headers.
    let grid = doc.testid("scenario-grid").doc();
    let sub: Vec<String> = grid
        .all("scope", "col")
        .iter()
        .map(|th| th.text())
        .collect();
    assert_eq!(sub.len(), 1 + 9);
    assert_eq!(
        &sub[1..4],
        ["Samlet udbetaling", "Egenfinansiering", "Pr. ansættelse"]
    );
    // The own column's cells are marked in every row.
    for row in grid_rows(&doc) {
        let tds = row
            .doc()
            .tags("td")
            .into_iter()
            .cloned()
            .collect::<Vec<_>>();
        assert_eq!(tds.len(), 9);
        for (i, td) in tds.iter().enumerate() {
            assert_eq!(td.has_attr("data-own"), i < 3, "cell {i}");
        }
    }
}

#[test]
fn the_grid_figures_around_the_cliff() {
    let doc = page(MAIN);
    // One under the threshold at 100 %: half the expenses.
    assert_eq!(
        cells(&grid_row(&doc, 8))[..3],
        ["500.000 kr.", "500.000 kr.", "62.500 kr."]
    );
    // At the threshold: everything.
    assert_eq!(
        cells(&grid_row(&doc, 9)),
        [
            "1.000.000 kr.",
            "0 kr.",
            "111.111,11 kr.",
            "900.000 kr.",
            "0 kr.",
            "100.000 kr.",
            "750.000 kr.",
            "0 kr.",
            "83.333,33 kr.",
        ]
    );
    // No hires: no payout per hire.
    assert_eq!(
        cells(&grid_row(&doc, 0)),
        [
            "500.000 kr.",
            "500.000 kr.",
            "–",
            "450.000 kr.",
            "450.000 kr.",
            "–",
            "375.000 kr.",
            "375.000 kr.",
            "–",
        ]
    );
    // 150 %: no more than the expenses; per hire 750.000 / 25.
    assert_eq!(
        cells(&grid_row(&doc, 25))[6..],
        ["750.000 kr.", "0 kr.", "30.000 kr."]
    );
}

/// Checks every cell of the grid on the page for `query` against the payout model.
fn assert_grid_follows_the_model(query: &str, budget: Money, target: u32) {
    let doc = page(query);
    let app = Application { budget, target };
    let columns: Vec<Money> = column_groups(&doc).iter().map(header_expenses).collect();
    assert!(!columns.is_empty(), "{query}");
    let rows = grid_rows(&doc);
    assert!(rows.len() >= 2, "{query}");
    for row in &rows {
        let hires: u32 = row.attr("data-hires").unwrap().parse().unwrap();
        let got = cells(row);
        assert_eq!(got.len(), 3 * columns.len(), "{query}, {hires} hires");
        for (c, expenses) in columns.iter().enumerate() {
            assert_eq!(
                got[3 * c..3 * c + 3],
                expected_cells(app, hires, *expenses),
                "{query}: {hires} hires, expenses {expenses:?}"
            );
        }
    }
}

#[test]
fn every_grid_cell_follows_the_payout_model() {
    assert_grid_follows_the_model(MAIN, kr(1_000_000), 17);
    assert_grid_follows_the_model(
        "budget=1000000&target=17&hires=12&expenses=555555",
        kr(1_000_000),
        17,
    );
    assert_grid_follows_the_model(
        "budget=1000000&target=17&expenses=1200000",
        kr(1_000_000),
        17,
    );
    assert_grid_follows_the_model("budget=5649208&target=230&hires=100", kr(5_649_208), 230);
    assert_grid_follows_the_model(
        "budget=1.234.567,89&target=3",
        Money::from_ore(123_456_789),
        3,
    );
    assert_grid_follows_the_model("budget=10&target=1", kr(10), 1);
    assert_grid_follows_the_model("budget=0,01&target=1", Money::from_ore(1), 1);
    assert_grid_follows_the_model(
        "budget=1000000000&target=100000&hires=0",
        kr(1_000_000_000),
        100_000,
    );
}

#[test]
fn small_targets_merge_rows_and_keep_the_threshold_rows() {
    // T = 1: just under (0; = 0 %, 25 %, 75 %) and the threshold (1; = 100 %, 150 %).
    let doc = page("budget=1000&target=1");
    assert_eq!(grid_hires(&doc), [0, 1]);
    assert!(grid_rows(&doc).iter().all(|r| r.has_attr("data-threshold")));
    assert_eq!(
        grid_row(&doc, 0).doc().all("class", "row-kind")[0].text(),
        "én under 50 %-grænsen (= 0 %, 25 %, 75 %)"
    );
    assert_eq!(
        grid_row(&doc, 1).doc().all("class", "row-kind")[0].text(),
        "50 %-grænsen (= 100 %, 150 %)"
    );
    // Hires empty = the target: the threshold row is the user's.
    assert_eq!(grid_row(&doc, 1).attr("aria-current"), Some("true"));
    // T = 2: 0, 1, 2, 3.
    assert_eq!(grid_hires(&page("budget=1000&target=2")), [0, 1, 2, 3]);
}

#[test]
fn the_users_hires_get_their_own_row_when_no_level_has_them() {
    let doc = page("budget=1000000&target=17&hires=13");
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 13, 17, 25]);
    let own = grid_row(&doc, 13);
    assert_eq!(own.attr("aria-current"), Some("true"));
    assert!(!own.has_attr("data-threshold"));
    assert_eq!(own.doc().all("class", "row-kind")[0].text(), "jeres antal");
    assert_eq!(doc.all("aria-current", "true").len(), 1);
    assert_eq!(grid_row(&doc, 12).attr("aria-current"), None);
    // Beyond every level: last.
    let doc = page("budget=1000000&target=17&hires=1000");
    assert_eq!(*grid_hires(&doc).last().unwrap(), 1000);
    assert_eq!(grid_row(&doc, 1000).attr("aria-current"), Some("true"));
    // Empty hires = the target (17): the 100 % row is the user's.
    let doc = page("budget=1000000&target=17");
    assert_eq!(grid_row(&doc, 17).attr("aria-current"), Some("true"));
}

#[test]
fn expenses_off_the_levels_add_an_own_column() {
    let doc = page("budget=1000000&target=17&hires=12&expenses=555555");
    let groups = column_groups(&doc);
    assert_eq!(groups.len(), 4);
    assert!(groups[..3].iter().all(|g| !g.has_attr("data-own")));
    assert!(groups[3].has_attr("data-own"));
    assert_eq!(
        groups[3].text(),
        "Udgifterjeres udgifter (555.555 kr.) ◀ jeres scenarie"
    );
    // 12 hires reach the threshold: everything paid; 555.555 / 12 = 46.296,25.
    assert_eq!(
        cells(&grid_row(&doc, 12))[9..],
        ["555.555 kr.", "0 kr.", "46.296,25 kr."]
    );
    // 8 hires: half; 277.777,50 / 8 = 34.722,1875 → 34.722,18.
    assert_eq!(
        cells(&grid_row(&doc, 8))[9..],
        ["277.777,50 kr.", "277.777,50 kr.", "34.722,18 kr."]
    );
    // Expenses on a level mark that level's column and add none.
    let doc = page("budget=1000000&target=17&hires=12&expenses=900000");
    let groups = column_groups(&doc);
    assert_eq!(groups.len(), 3);
    let own: Vec<bool> = groups.iter().map(|g| g.has_attr("data-own")).collect();
    assert_eq!(own, [false, true, false]);
}

#[test]
fn expense_levels_from_the_url_are_used() {
    // The address the page writes when a level is edited must reproduce the view.
    let doc = page("budget=1000000&target=17&hires=12&level2=80");
    assert_eq!(doc.id("level-2").attr("value"), Some("80"));
    let groups = column_groups(&doc);
    assert_eq!(groups[1].text(), "Udgifter80 % (800.000 kr.)");
    assert_eq!(
        cells(&grid_row(&doc, 9))[3..6],
        ["800.000 kr.", "0 kr.", "88.888,88 kr."]
    );
    assert_eq!(cells(&grid_row(&doc, 8))[3], "400.000 kr.");
}

#[test]
fn a_bad_expense_level_from_the_url_is_marked_and_the_rest_renders() {
    let doc = page("budget=1000000&target=17&hires=12&level1=abc");
    let input = doc.one("name", "level1");
    assert_eq!(input.attr("value"), Some("abc"));
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    assert_eq!(
        doc.id("level-1-error").text(),
        "Fejl: Skriv en hel procent med cifre, fx 90."
    );
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 17, 25]);
    assert!(doc.has_testid("payout-chart"));
    assert!(doc.has_testid("as-if-table"));
}

// ---- the scenario grid on its own -------------------------------------------------------

/// The levels that read as percentages, as the view model passes them to the grid.
fn ok_levels(levels: &[String]) -> Vec<u32> {
    levels
        .iter()
        .filter_map(|l| parse_expense_level(l).ok())
        .collect()
}

fn grid(levels: &[&str], outcome: Option<Outcome>) -> Doc {
    let levels: Vec<String> = levels.iter().map(|s| s.to_string()).collect();
    let app = Application {
        budget: kr(1_000_000),
        target: 17,
    };
    Doc::parse(&render_fn(
        scenario_grid,
        ScenarioGridProps {
            grid: Some(puljeberegner::domain::scenarios::scenario_grid(
                app,
                &ok_levels(&levels),
                outcome,
            )),
            parsed_levels: levels.iter().map(|l| parse_expense_level(l)).collect(),
            levels,
            onlevel: Callback::noop(),
        },
    ))
}

fn main_outcome() -> Option<Outcome> {
    Some(Outcome {
        hires: 12,
        expenses: kr(1_000_000),
    })
}

#[test]
fn an_edited_level_changes_its_column() {
    let doc = grid(&["100", "80", "75"], main_outcome());
    assert_eq!(doc.id("level-2").attr("value"), Some("80"));
    assert_eq!(doc.id("level-2").attr("name"), Some("level2"));
    let groups = column_groups(&doc);
    assert_eq!(groups[1].text(), "Udgifter80 % (800.000 kr.)");
    assert_eq!(header_expenses(&groups[1]), expenses_at(kr(1_000_000), 80));
    assert_eq!(
        cells(&grid_row(&doc, 9))[3..6],
        ["800.000 kr.", "0 kr.", "88.888,88 kr."]
    );
    assert_eq!(
        cells(&grid_row(&doc, 8))[3..6],
        ["400.000 kr.", "400.000 kr.", "50.000 kr."]
    );
    // Spaces and a percent sign are fine; 200 % is the most.
    let doc = grid(&[" 110 % ", "200%", "0"], main_outcome());
    let labels: Vec<String> = column_groups(&doc).iter().map(Element::text).collect();
    assert_eq!(
        labels,
        [
            "Udgifter110 % (1.100.000 kr.)",
            "Udgifter200 % (2.000.000 kr.)",
            "Udgifter0 % (0 kr.)",
            "Udgifterjeres udgifter (1.000.000 kr.) ◀ jeres scenarie",
        ]
    );
    assert!(doc.all("class", "field-error").is_empty());
    // Above the budget, the payout stops at the budget and the rest is own financing.
    assert_eq!(
        cells(&grid_row(&doc, 9))[..3],
        ["1.000.000 kr.", "100.000 kr.", "111.111,11 kr."]
    );
}

#[test]
fn a_bad_level_is_marked_explained_and_left_out() {
    let doc = grid(&["abc", "90", "75"], main_outcome());
    let input = doc.id("level-1");
    assert_eq!(input.attr("value"), Some("abc"));
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    let described: Vec<&str> = input
        .attr("aria-describedby")
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(described, ["levels-hint", "level-1-error"]);
    let error = doc.id("level-1-error");
    assert!(error.has_class("field-error"));
    assert_eq!(error.text(), "Fejl: Skriv en hel procent med cifre, fx 90.");
    // The other levels are not marked.
    for id in ["level-2", "level-3"] {
        assert!(!doc.id(id).has_attr("aria-invalid"), "{id}");
        assert_eq!(doc.id(id).attr("aria-describedby"), Some("levels-hint"));
    }
    // The grid still renders: 90 %, 75 %, and the user's 1.000.000 kr. (no 100 % level now).
    let labels: Vec<String> = column_groups(&doc).iter().map(Element::text).collect();
    assert_eq!(
        labels,
        [
            "Udgifter90 % (900.000 kr.)",
            "Udgifter75 % (750.000 kr.)",
            "Udgifterjeres udgifter (1.000.000 kr.) ◀ jeres scenarie",
        ]
    );
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 17, 25]);

    // Every kind of refusal has its own message.
    let doc = grid(&["", "201", "-5"], main_outcome());
    assert_eq!(
        doc.id("level-1-error").text(),
        "Fejl: Skriv en procent, fx 90."
    );
    assert_eq!(
        doc.id("level-2-error").text(),
        "Fejl: Skriv en procent fra 0 til 200."
    );
    assert_eq!(
        doc.id("level-3-error").text(),
        "Fejl: Skriv en procent fra 0 til 200."
    );
    assert_eq!(doc.all("aria-invalid", "true").len(), 3);
    // With no level left, the user's own column remains.
    assert_eq!(column_groups(&doc).len(), 1);
}

#[test]
fn the_grid_without_an_application_keeps_its_inputs() {
    let doc = Doc::parse(&render_fn(
        scenario_grid,
        ScenarioGridProps {
            grid: None,
            parsed_levels: vec![Ok(100), Ok(90), Ok(75)],
            levels: vec!["100".into(), "90".into(), "75".into()],
            onlevel: Callback::noop(),
        },
    ));
    assert!(!doc.has_testid("scenario-grid"));
    assert_eq!(doc.one("name", "level1").attr("value"), Some("100"));
    assert!(doc.all_text().contains(Da::DETAILS_MISSING));
    // Without an outcome nothing is highlighted, but the grid is there.
    let doc = grid(&["100", "90", "75"], None);
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 17, 25]);
    assert!(doc.all("aria-current", "true").is_empty());
    assert!(!doc.html.contains("data-own"));
}

// ---- the "as if" table ----------------------------------------------------------------

#[test]
fn the_as_if_table_applies_each_achievement_to_the_target() {
    let doc = page(MAIN);
    let rows = as_if(&doc);
    assert_eq!(rows.len(), 8);
    let names: Vec<String> = rows.iter().map(as_if_name).collect();
    assert_eq!(
        names,
        [
            "Code of Care",
            "KHRS",
            "SUMAK",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Ingerfair",
            "Netværksprojekter med indrapporterede resultater (4 af 5, tabel 7)",
            "Forløbsprojekter med indrapporterede resultater (2 af 4, tabel 7)",
        ]
    );
    // floor(17 × h / t): 376/230 → 27, 12/17 → 12, 10/21 → 8, 60/120 → 8, 63/100 → 10,
    // 1/10 → 1, 500/460 → 18, 22/38 → 9 (exactly the threshold).
    assert_eq!(as_if_hires(&doc), [27, 12, 8, 8, 10, 1, 18, 9]);
    let table: Vec<Vec<String>> = rows.iter().map(cells).collect();
    assert_eq!(
        table[0],
        ["163 % (376 / 230)", "27", "Nået", "1.000.000 kr.", "0 kr."]
    );
    assert_eq!(
        table[3],
        [
            "50 % (60 / 120)",
            "8",
            "Ikke nået",
            "500.000 kr.",
            "500.000 kr."
        ]
    );
    assert_eq!(
        table[7],
        ["58 % (22 / 38)", "9", "Nået", "1.000.000 kr.", "0 kr."]
    );
    let reached: Vec<bool> = rows.iter().map(|r| r.has_attr("data-reached")).collect();
    assert_eq!(reached, [true, true, false, false, true, false, true, true]);
    // Ingerfair's hire is reported, not verified; the network total includes it.
    assert!(rows[5].text().contains("ikke verificeret"));
    assert!(rows[5].text().contains(Da::NOT_VERIFIED_NOTE));
    assert!(rows[6].text().contains(Da::INCLUDES_NOT_VERIFIED_NOTE));
    for i in [0, 1, 2, 3, 4, 7] {
        assert!(rows[i].doc().all("class", "row-note").is_empty(), "row {i}");
    }
    // The preliminary-results caveat is next to the table.
    let section = doc.one("class", "as-if").text();
    assert!(section.contains("foreløbige"), "{section}");
    assert!(section.contains(
        "Med et resultatmål på 17 skal 9 ansættelser verificeres for at nå 50 %-grænsen. Udbetalingen er regnet med udgifter på 1.000.000 kr."
    ));
}

#[test]
fn the_users_approach_comes_first_in_the_as_if_table() {
    let names = |q: &str| -> Vec<String> { as_if(&page(q)).iter().map(as_if_name).collect() };
    let course = names(&format!("{MAIN}&approach=course"));
    assert_eq!(
        course,
        [
            "KHRS",
            "SUMAK",
            "Forløbsprojekter med indrapporterede resultater (2 af 4, tabel 7)",
            "Code of Care",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Ingerfair",
            "Netværksprojekter med indrapporterede resultater (4 af 5, tabel 7)",
        ]
    );
    // Hybrid is compared with the course projects, as the report files AOF Midt.
    assert_eq!(names(&format!("{MAIN}&approach=hybrid")), course);
    assert_eq!(
        names(&format!("{MAIN}&approach=network")),
        [
            "Code of Care",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Ingerfair",
            "Netværksprojekter med indrapporterede resultater (4 af 5, tabel 7)",
            "KHRS",
            "SUMAK",
            "Forløbsprojekter med indrapporterede resultater (2 af 4, tabel 7)",
        ]
    );
    // Reordering keeps each row's own figures.
    let doc = page(&format!("{MAIN}&approach=course"));
    assert_eq!(as_if_hires(&doc), [12, 8, 9, 27, 8, 10, 1, 18]);
}

#[test]
fn a_ratio_landing_exactly_on_the_threshold_reaches_it() {
    // T = 10: Marselisborg 60/120 → 5 = ceil(10/2); KHRS 12/17 → 7; SUMAK 10/21 → 4.
    let doc = page("budget=1000000&target=10");
    let rows = as_if(&doc);
    let marselisborg = rows
        .iter()
        .find(|r| as_if_name(r) == "Marselisborg")
        .unwrap();
    assert_eq!(
        cells(marselisborg)[1..],
        ["5", "Nået", "1.000.000 kr.", "0 kr."]
    );
    assert_eq!(as_if_hires(&doc), [16, 7, 4, 5, 6, 1, 10, 5]);
    // T = 38: the course total 22/38 gives exactly 22.
    assert_eq!(as_if_hires(&page("budget=1000000&target=38"))[7], 22);
    // A huge target stays exact: 100.000 × 376 / 230 = 163.478,2… → 163.478.
    let doc = page("budget=1000000&target=100000");
    assert_eq!(as_if(&doc)[0].doc().text("as-if-hires"), "163.478");
}

#[test]
fn the_as_if_payouts_use_the_users_expenses() {
    let doc = page("budget=1000000&target=17&hires=12&expenses=400000");
    let rows: Vec<Vec<String>> = as_if(&doc).iter().map(cells).collect();
    assert_eq!(rows[0][2..], ["Nået", "400.000 kr.", "0 kr."]);
    assert_eq!(rows[2][2..], ["Ikke nået", "200.000 kr.", "200.000 kr."]);
    assert!(doc
        .one("class", "as-if")
        .text()
        .contains("regnet med udgifter på 400.000 kr."));
    // On its own, without an application, it shows nothing.
    let html = render_fn(
        as_if_table,
        AsIfTableProps {
            application: None,
            expenses: Some(kr(1)),
            rows: None,
        },
    );
    assert!(!html.contains("as-if-table"), "{html}");
}

// ---- the payout chart -----------------------------------------------------------------

#[test]
fn the_chart_has_a_title_a_description_and_the_stepped_curve() {
    let doc = page(MAIN);
    let svg = doc.testid("payout-chart");
    assert_eq!(svg.name, "svg");
    assert_eq!(svg.attr("role"), Some("img"));
    let chart = svg.doc();
    let titles = chart.tags("title");
    assert_eq!(titles.len(), 1);
    assert_eq!(titles[0].text(), Da::CHART_TITLE);
    let descs = chart.tags("desc");
    assert_eq!(descs.len(), 1);
    let desc = descs[0].text();
    assert_eq!(
        desc,
        "Kurven viser samlet udbetaling fra 0 til 26 verificerede ansættelser. \
         Under 9 ansættelser udbetales 500.000 kr.; ved 9 eller flere springer udbetalingen \
         til 1.000.000 kr. Jeres scenarie: 12 ansættelser giver 1.000.000 kr."
    );
    // aria-labelledby names the title and the description.
    for id in svg.attr("aria-labelledby").unwrap().split_whitespace() {
        let name = &doc.id(id).name;
        assert!(name == "title" || name == "desc", "{id}: <{name}>");
    }
    // The polyline: (0, low), (threshold, low), (threshold, high), (x max, high).
    let pts = polyline_points(svg);
    assert_eq!(pts.len(), 4);
    assert_eq!(pts[0].1, pts[1].1, "flat below the threshold");
    assert_eq!(pts[1].0, pts[2].0, "the jump is vertical");
    assert!(pts[2].1 < pts[1].1, "the jump goes up");
    assert_eq!(pts[2].1, pts[3].1, "flat above the threshold");
    assert!(pts[0].0 < pts[1].0 && pts[2].0 < pts[3].0);
    // The user's marker and the six round-one projects, labelled in words (drawn from the
    // rightmost marker on, the order they are placed in: crates/chart/src/labels.rs).
    assert_eq!(chart.tags("circle").len(), 1);
    let labels: Vec<String> = chart
        .all("class", "achievement-label")
        .iter()
        .map(|t| t.text())
        .collect();
    assert_eq!(
        labels,
        [
            "Code of Care 163 %: 27 →",
            "KHRS 71 %: 12",
            "Randers HK og DISCUS 63 %: 10",
            "SUMAK 48 %: 8",
            "Marselisborg 50 %: 8",
            "Ingerfair 10 %: 1 (ikke verificeret)",
        ]
    );
    assert!(svg
        .text()
        .contains("Jeres scenarie: 12 ansættelser, 1.000.000 kr."));
}

#[test]
fn the_chart_has_the_same_numbers_in_a_table() {
    let doc = page(MAIN);
    let data = doc.one("class", "chart-data");
    assert_eq!(data.name, "details");
    assert_eq!(
        data.doc().tags("summary")[0].text(),
        "Se tallene bag grafen"
    );
    let tables = data
        .doc()
        .tags("table")
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(tables.len(), 2);
    let points: Vec<Vec<String>> = tables[0].doc().tags("tbody")[0]
        .doc()
        .tags("tr")
        .iter()
        .map(|tr| cells(tr))
        .collect();
    assert_eq!(
        points,
        [
            ["0", "500.000 kr."],
            ["9", "500.000 kr."],
            ["9", "1.000.000 kr."],
            ["26", "1.000.000 kr."],
        ]
    );
    let achievements: Vec<String> = tables[1].doc().tags("tbody")[0]
        .doc()
        .tags("tr")
        .iter()
        .map(|tr| tr.text())
        .collect();
    assert_eq!(
        achievements,
        [
            "Code of Care163 %27",
            "KHRS71 %12",
            "SUMAK48 %8",
            "Marselisborg50 %8",
            "Randers HK og DISCUS63 %10",
            "IngerfairIndrapporteret, ikke verificeret af STAR10 %1",
        ]
    );
}

#[test]
fn the_chart_stays_finite_and_inside_its_box_at_the_extremes() {
    for query in [
        MAIN,
        "budget=1000000&target=1",
        "budget=1000000&target=1&hires=0",
        "budget=1000000&target=100000",
        "budget=1000000&target=100000&hires=100000",
        "budget=1000000000&target=17",
        "budget=1000000000&target=1&expenses=1000000000",
        "budget=0,01&target=1",
        "budget=0,01&target=100000&hires=0",
        "budget=1000000&target=17&expenses=0",
        "budget=1000000&target=17&hires=100000",
        "budget=1000000&target=17&hires=0&expenses=999999999",
    ] {
        let doc = page(query);
        assert!(!doc.html.contains("NaN"), "{query}: NaN in the page");
        let svg = doc.testid("payout-chart");
        assert!(!svg.inner.contains("inf"), "{query}: inf in the chart");
        let (w, h) = view_box(svg);
        let coords = chart_coordinates(svg);
        assert!(coords.len() > 20, "{query}");
        for (element, attr, v) in coords {
            if attr == "d" && element == "path" {
                continue; // relative path steps; the absolute start is checked below
            }
            let limit = if attr.starts_with('x') || attr == "cx" {
                w
            } else {
                h
            };
            if attr == "points" {
                assert!((0.0..=w.max(h)).contains(&v), "{query}: points {v}");
            } else {
                assert!(
                    (0.0..=limit).contains(&v),
                    "{query}: <{element} {attr}={v}> outside 0..{limit}"
                );
            }
        }
        let pts = polyline_points(svg);
        assert_eq!(pts.len(), 4, "{query}");
        for (x, y) in pts {
            assert!(
                (0.0..=w).contains(&x) && (0.0..=h).contains(&y),
                "{query}: ({x}, {y})"
            );
        }
        for path in svg.doc().tags("path") {
            let d = numbers_in(path.attr("d").unwrap());
            let (x, y): (f64, f64) = (d[0].parse().unwrap(), d[1].parse().unwrap());
            assert!(
                (0.0..=w).contains(&x) && (0.0..=h).contains(&y),
                "{query}: path at ({x}, {y})"
            );
        }
        // The description and the data table are there at the extremes too.
        assert!(!svg.doc().tags("desc")[0].text().is_empty());
        assert_eq!(
            doc.one("class", "chart-data").doc().tags("tbody")[0]
                .doc()
                .tags("tr")
                .len(),
            4,
            "{query}"
        );
    }
}

#[test]
fn the_chart_for_a_one_ore_budget_reads_sensibly() {
    // 0,01 kr. is a valid positive amount: the jump is from 0 kr. (half of 1 øre, truncated)
    // to 0,01 kr.
    let doc = page("budget=0,01&target=1");
    let desc = doc.testid("payout-chart").doc().tags("desc")[0].text();
    assert_eq!(
        desc,
        "Kurven viser samlet udbetaling fra 0 til 2 verificerede ansættelser. \
         Under 1 ansættelse udbetales 0 kr.; ved 1 eller flere springer udbetalingen til 0,01 kr. \
         Jeres scenarie: 1 ansættelse giver 0,01 kr."
    );
}

#[test]
fn every_chart_label_has_room_above_its_baseline() {
    // SVG text is drawn upwards from its baseline `y`; the outer <svg> clips what lies
    // above y = 0. The chart's text is 12 px or more, so a baseline above y = 12 loses the
    // top of its glyphs. (The scenario's label has a row above the plot, its baseline at
    // y = 22: room for its 16 px below a box 640 px wide; the x tick labels hang below y.)
    for query in [
        MAIN,
        "budget=1000000&target=17&hires=8",
        "budget=1000&target=1",
    ] {
        let doc = page(query);
        let svg = doc.testid("payout-chart");
        for text in svg.doc().tags("text") {
            let y: f64 = text.attr("y").unwrap().parse().unwrap();
            assert!(
                y >= 12.0,
                "{query}: the label {:?} has its baseline at y = {y}, its glyphs are cut off at the top",
                text.text()
            );
        }
    }
}

#[test]
fn the_chart_on_its_own() {
    let app = Application {
        budget: kr(1_000_000),
        target: 20,
    };
    let html = render_fn(
        payout_chart_view,
        PayoutChartViewProps {
            chart: Some((
                app,
                Outcome {
                    hires: 8,
                    expenses: kr(900_000),
                },
            ))
            .map(|(a, o)| payout_chart(a, o)),
        },
    );
    let doc = Doc::parse(&html);
    let desc = doc.testid("payout-chart").doc().tags("desc")[0].text();
    assert_eq!(
        desc,
        "Kurven viser samlet udbetaling fra 0 til 30 verificerede ansættelser. \
         Under 10 ansættelser udbetales 450.000 kr.; ved 10 eller flere springer udbetalingen \
         til 900.000 kr. Jeres scenarie: 8 ansættelser giver 450.000 kr."
    );
    // Each round-one mark has its tip on the x axis.
    let marks = doc.all("class", "achievement-mark");
    assert_eq!(marks.len(), 6);
    for mark in marks {
        let d = numbers_in(mark.attr("d").unwrap());
        assert_eq!(d[1], px(PLOT_BOTTOM), "{d:?}");
    }
    // The threshold tick is marked by more than colour: its own attribute, and a dashed line.
    assert_eq!(doc.all("data-threshold", "").len(), 1);
    assert_eq!(doc.all("class", "threshold-line").len(), 1);
    let none = render_fn(payout_chart_view, PayoutChartViewProps { chart: None });
    assert!(!none.contains("payout-chart"), "{none}");
}

// ---- the workings ---------------------------------------------------------------------

/// The workings as (label, formula).
fn workings(doc: &Doc) -> Vec<(String, String)> {
    doc.testid("workings")
        .doc()
        .all("class", "working")
        .iter()
        .map(|w| {
            let d = w.doc();
            (d.tags("dt")[0].text(), d.tags("dd")[0].text())
        })
        .collect()
}

#[test]
fn the_workings_fill_the_formulas_with_the_users_numbers() {
    let doc = page(MAIN);
    let w = doc.testid("workings");
    assert_eq!(w.name, "details");
    assert!(!w.has_attr("open"), "collapsed until asked for");
    assert_eq!(w.doc().tags("summary")[0].text(), "Sådan er det regnet ud");
    let text = w.text();
    assert!(text.contains("1.000.000 kr. / 17 = 58.823 kr."), "{text}");
    assert!(text.contains("17 / 2 = 8,5 → rundet op: 9"), "{text}");
    assert_eq!(
        workings(&doc),
        [
            ("Estimeret enhedspris".to_string(), "1.000.000 kr. / 17 = 58.823 kr. (rundet ned til hele kroner)".to_string()),
            ("Ansættelser, der kræves for første rate".into(), "17 / 2 = 8,5 → rundet op: 9".into()),
            ("Første rate (højst)".into(), "1.000.000 kr. / 2 = 500.000 kr.".into()),
            ("Udgifter, der kan dækkes".into(), "det mindste af de afholdte udgifter (1.000.000 kr.) og det ansøgte beløb (1.000.000 kr.) = 1.000.000 kr.".into()),
            ("Samlet udbetaling".into(), "1.000.000 kr. = 1.000.000 kr.".into()),
            ("Slutafregning".into(), "1.000.000 kr. − 500.000 kr. = 500.000 kr.".into()),
            ("Egenfinansiering".into(), "1.000.000 kr. − 1.000.000 kr. = 0 kr.".into()),
            ("Udbetaling pr. verificeret ansættelse".into(), "1.000.000 kr. / 12 = 83.333,33 kr.".into()),
        ]
    );
    // A link to the report's own sentence and the assumptions, in the reference part.
    let link = w.doc().testid("workings-rules-link").clone();
    assert_eq!(link.attr("href"), Some("#rules-heading"));
    assert!(text.contains("afsnit 1.1"));
}

#[test]
fn the_workings_below_the_threshold_and_with_an_even_target() {
    let doc = page("budget=1000000&target=20&hires=8&expenses=900000");
    let w = workings(&doc);
    assert_eq!(w[1].1, "20 / 2 = 10");
    assert_eq!(
        w[2].1,
        "8 ansættelser er under 10: ingen første rate (0 kr.)"
    );
    assert_eq!(w[4].1, "900.000 kr. / 2 = 450.000 kr.");
    assert_eq!(w[5].1, "450.000 kr. − 0 kr. = 450.000 kr.");
    assert_eq!(w[6].1, "900.000 kr. − 450.000 kr. = 450.000 kr.");
    // Expenses above the budget: only the budget can be covered.
    let w = workings(&page("budget=1000000&target=17&expenses=1200000"));
    assert_eq!(
        w[3].1,
        "det mindste af de afholdte udgifter (1.200.000 kr.) og det ansøgte beløb (1.000.000 kr.) = 1.000.000 kr."
    );
    assert_eq!(w[6].1, "1.200.000 kr. − 1.000.000 kr. = 200.000 kr.");
    // No hires: no payout per hire, and no division by zero.
    let w = workings(&page("budget=1000000&target=17&hires=0"));
    assert_eq!(w.len(), 7);
    assert!(w
        .iter()
        .all(|(label, _)| label != "Udbetaling pr. verificeret ansættelse"));
    // A repayment shows as a negative final settlement.
    let w = workings(&page("budget=1000000&target=17&hires=9&expenses=400000"));
    assert_eq!(w[5].1, "400.000 kr. − 500.000 kr. = −100.000 kr.");
    // Nothing to work out without an application.
    let html = render_fn(workings::workings, WorkingsProps { scenario: None });
    // The <details> stays (so an open one stays open while a field is retyped), with a
    // note instead of formulas.
    assert!(html.contains(Da::DETAILS_MISSING), "{html}");
    assert!(!html.contains(" = "), "{html}");
}

// ---- cash flow --------------------------------------------------------------------------

#[test]
fn a_repayment_scenario_warns() {
    let doc = page("budget=1000000&target=17&hires=9&expenses=400000");
    let warning = doc.text("repayment-warning");
    assert!(warning.contains("Bemærk:"), "{warning}");
    assert!(warning.contains("500.000 kr."), "{warning}");
    assert!(warning.contains("400.000 kr."), "{warning}");
    assert!(warning.contains("betale 100.000 kr. tilbage"), "{warning}");
    assert!(!doc.has_testid("own-financing-warning"));
    // The repayment is the calculator's assumption (full first instalment), said so.
    assert!(
        warning.contains("Hvis I har fået fuld første rate"),
        "{warning}"
    );
    assert!(
        warning.contains("rapporten nævner ikke tilbagebetaling"),
        "{warning}"
    );
    assert!(doc
        .text("cash-flow")
        .contains("hvis I har fået fuld første rate, skal I efter beregnerens antagelse betale 100.000 kr. tilbage"));
}

#[test]
fn a_large_own_financing_warns() {
    let doc = page("budget=1000000&target=17&hires=8");
    let warning = doc.text("own-financing-warning");
    assert_eq!(
        warning,
        "Bemærk: I skal selv finansiere 500.000 kr. af udgifterne på 1.000.000 kr. Tjek, at I har råd til det, hvis det går sådan."
    );
    assert!(!doc.has_testid("repayment-warning"));
    let cash = doc.text("cash-flow");
    assert!(
        cash.contains("Udbetales ikke i jeres scenarie: det kræver 9 verificerede ansættelser."),
        "{cash}"
    );
}

#[test]
fn the_cash_flow_in_order_and_without_warnings_when_all_goes_well() {
    let doc = page(MAIN);
    assert!(!doc.has_testid("repayment-warning"));
    assert!(!doc.has_testid("own-financing-warning"));
    let items: Vec<String> = doc
        .testid("cash-flow")
        .doc()
        .tags("li")
        .iter()
        .map(|l| l.text())
        .collect();
    assert_eq!(
        items,
        [
            "Første rateNår 9 ansættelser er indsendt til og verificeret af STAR, kan I få udbetalt op til 500.000 kr. Der udbetales intet, før resultaterne er verificeret.",
            "SlutafregningEfter projektets afslutning, når det endelige regnskab er indsendt: 500.000 kr.",
        ]
    );
    // Just under a quarter of the expenses is not "large"; exactly a quarter is.
    let at = |expenses: i64| {
        Doc::parse(&render_fn(
            cash_flow,
            CashFlowProps {
                scenario: Some((
                    Application {
                        budget: kr(1_000_000),
                        target: 17,
                    },
                    Outcome {
                        hires: 17,
                        expenses: kr(expenses),
                    },
                ))
                .map(|(a, o)| Scenario::of(a, o)),
            },
        ))
    };
    // 333.334 kr. ≥ 25 % of 1.333.334 kr.; 333.333 kr. < 25 % of 1.333.333 kr.
    assert!(at(1_333_334).has_testid("own-financing-warning"));
    assert!(!at(1_333_333).has_testid("own-financing-warning"));
    // No expenses: nothing to finance, nothing paid, no warning, no division by zero.
    let doc = at(0);
    assert!(!doc.has_testid("own-financing-warning"));
    assert!(
        doc.has_testid("repayment-warning"),
        "the interim of 500.000 kr. is paid back"
    );
}

// ---- lessons ----------------------------------------------------------------------------

#[test]
fn the_network_approach_gets_the_checklist() {
    // The lessons are in the page's reference part, written at build time: both.
    let doc = Doc::parse(&render_fn(
        lessons::lessons,
        LessonsProps {
            approach: Some(Approach::Network),
        },
    ));
    let lessons = doc.testid("lessons");
    let text = lessons.text();
    assert!(
        text.contains("Har I en fast kontaktperson i jobcentret"),
        "{text}"
    );
    // Driver 6 (section 4.5.2): the jobcentre calls the company, not the applicant itself.
    assert!(
        text.contains("Ringer jobcentret til virksomheden, så snart jobåbningen er modtaget"),
        "{text}"
    );
    assert!(text.contains("afsnit 4.4.2"), "{text}");
    let checklist = lessons.doc().one("class", "checklist").doc();
    let boxes = checklist.tags("input");
    assert_eq!(boxes.len(), 7);
    for b in &boxes {
        assert_eq!(b.attr("type"), Some("checkbox"));
        let id = b.attr("id").unwrap();
        let label = checklist.one("for", id);
        assert!(label.text().contains("(afsnit 4."), "{}", label.text());
    }
    // Every barrier carries its reference too.
    for li in lessons.doc().tags("li") {
        assert!(li.text().contains("afsnit"), "{}", li.text());
    }
    assert!(
        !text.contains("58 %"),
        "the course finding is for the course approach"
    );
}

#[test]
fn the_course_approach_gets_the_58_percent_finding_with_caveats() {
    let doc = Doc::parse(&render_fn(
        lessons::lessons,
        LessonsProps {
            approach: Some(Approach::Course),
        },
    ));
    let lessons = doc.testid("lessons");
    let text = lessons.text();
    assert!(text.contains("58 %"), "{text}");
    // Chapter 4 evaluated the network approach only (section 4.1).
    assert!(
        text.contains("kun netværkstilgangen (afsnit 4.1)"),
        "{text}"
    );
    assert!(text.contains("109 %"), "{text}");
    assert!(text.contains("foreløbige"), "{text}");
    assert!(lessons.doc().all("class", "checklist").is_empty());
    assert!(lessons.doc().tags("input").is_empty());
    // No approach, or hybrid: both.
    for approach in [None, Some(Approach::Hybrid)] {
        let doc = Doc::parse(&render_fn(lessons::lessons, LessonsProps { approach }));
        let text = doc.all_text();
        assert!(
            text.contains("afsnit 4.4.2") && text.contains("58 %"),
            "{approach:?}"
        );
    }
}

// ---- the whole page -----------------------------------------------------------------------

const PAGES: [&str; 12] = [
    MAIN,
    "budget=1000000&target=17&hires=12&approach=network",
    "budget=1000000&target=17&hires=12&approach=course",
    "budget=1000000&target=17&hires=9&expenses=400000",
    "budget=1000000&target=17&hires=8",
    "budget=1000000&target=17&hires=12&expenses=555555",
    "budget=1000000&target=1",
    "budget=1000000&target=100000",
    "budget=1000000000&target=17",
    "budget=0,01&target=1",
    "budget=1234567,89&target=3&hires=1&expenses=0",
    "",
];

#[test]
fn no_amount_ends_in_a_double_period() {
    for query in PAGES {
        let doc = page(query);
        assert!(!doc.html.contains("kr.."), "{query}");
        for e in &doc.elements {
            assert!(
                !e.text().contains("kr.."),
                "{query}: <{}> {:?}",
                e.name,
                e.text()
            );
        }
    }
}

#[test]
fn ids_are_unique_and_every_reference_resolves() {
    for query in PAGES {
        let doc = page(query);
        let ids: Vec<&str> = doc.elements.iter().filter_map(|e| e.attr("id")).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len(), "{query}: duplicate ids in {ids:?}");
        for e in &doc.elements {
            for attr in ["for", "aria-labelledby", "aria-describedby"] {
                if let Some(value) = e.attr(attr) {
                    for id in value.split_whitespace() {
                        assert!(
                            ids.contains(&id),
                            "{query}: <{} {attr}={value:?}>: no #{id}",
                            e.name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn without_an_application_the_scenario_figures_are_left_out() {
    let doc = page("");
    assert!(!doc.has_testid("scenario-grid"));
    assert!(!doc.has_testid("payout-chart"));
    assert!(!doc.has_testid("as-if-table"));
    assert!(!doc.testid("workings").text().contains(" = "));
    assert!(!doc.has_testid("cash-flow"));
    // The level inputs and the round-one table stay.
    assert_eq!(doc.one("name", "level1").attr("value"), Some("100"));
    assert!(doc.has_testid("round-one-table"));
    assert!(doc.all("class", "field-error").is_empty());
    // A bad scenario (hires) withholds the scenario's own figures but keeps the grid.
    let doc = page("budget=1000000&target=17&hires=x");
    assert_eq!(grid_hires(&doc), [0, 4, 8, 9, 12, 17, 25]);
    assert!(doc.all("aria-current", "true").is_empty());
    assert!(!doc.has_testid("payout-chart"));
    assert!(!doc.testid("workings").text().contains(" = "));
    // The as-if rows need only budget, target and expenses, so they stay.
    assert!(doc.has_testid("as-if-table"));
}

#[test]
fn one_hire_is_singular() {
    let text = page("budget=100000&target=1&hires=0").all_text();
    assert!(
        text.contains("Med et resultatmål på 1 skal 1 ansættelse verificeres"),
        "{text}"
    );
    assert!(
        text.contains("det kræver 1 verificeret ansættelse."),
        "{text}"
    );
    let text = page("budget=100000&target=2").all_text();
    assert!(text.contains("Når 1 ansættelse er indsendt"), "{text}");
    let text = page("budget=100000&target=3&hires=1").all_text();
    assert!(
        text.contains("1 ansættelse er under 2: ingen første rate (0 kr.)"),
        "{text}"
    );
    assert!(!text.contains("1 ansættelser"), "{text}");
}

#[test]
fn the_hire_axis_has_danish_separators() {
    let doc = page("budget=2000000&target=1500&approach=course");
    let chart = doc.testid("payout-chart").doc();
    // The x tick labels: they hang from under the axis.
    let hires: Vec<String> = chart
        .all("dominant-baseline", "text-before-edge")
        .iter()
        .map(|t| t.text())
        .collect();
    assert_eq!(hires, ["0", "750", "1.500", "2.250"]);
    // The amounts on the y axis, short enough for a phone: in millions.
    let amounts: Vec<String> = chart
        .all("text-anchor", "end")
        .iter()
        .map(|t| t.text())
        .filter(|t| t.ends_with(" mio.") || t == "0")
        .collect();
    assert_eq!(amounts, ["0", "0,5 mio.", "1 mio.", "1,5 mio.", "2 mio."]);
    // No grey example values in the fields: the hints say what an empty field means.
    assert_eq!(doc.one("name", "expenses").attr("placeholder"), None);
}
