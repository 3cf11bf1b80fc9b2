//! The batch check's views rendered natively with Yew's server renderer, and the HTML
//! checked: the batch view (text area, summary, sortable table, error rows, caps), the
//! batch table on its own, the plausibility flags of the single calculator, the copy-link
//! control, and the two pages: the batch check's own page (`batch/`, its own wasm) and the
//! calculator's links to it.
//!
//! The Danish page (the default build); the English page: tests/render_english.rs.
#![cfg(not(feature = "lang-en"))]

use std::rc::Rc;

use puljeberegner::batch_state::example_text;
use puljeberegner::components::batch_app::BatchApp;
use puljeberegner::components::batch_table::{BatchTable, BatchTableProps, PAGE_ROWS};
use puljeberegner::components::batch_view::{BatchView, BatchViewProps};
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::batch::{
    read_batch, summarize, BatchError, CheckedRow, SortColumn, SortDirection, MAX_BYTES, MAX_ROWS,
};
use puljeberegner::domain::flags::{flags, flags_without_approach, Flag};
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::Application;
use puljeberegner::domain::round_one::PROJECTS;
use puljeberegner::pages::Lang;
use puljeberegner::pages::{page_link, page_path, View};
use puljeberegner::state::State;
use puljeberegner::texts::batch::BatchTexts;
use puljeberegner::texts::{da::Da, Texts};
use puljeberegner::views::copy_link::{copy_link, CopyLinkProps};
use puljeberegner::views::flags_panel::{self, FlagsPanelProps};
use puljeberegner::views::site_frame::site_header;
use puljeberegner::{App, AppProps};
use yew::Callback;

use crate::support::kr;
use crate::support::{render, render_fn, Doc, Element};

// ---- rendering ----------------------------------------------------------------------

const BASE: &str = "https://star.example/puljeberegner/";
const BATCH_BASE: &str = "https://star.example/puljeberegner/batch/";

/// The calculator's page for a URL query.
fn page(query: &str) -> Doc {
    Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        base_url: BASE.into(),
        today: "27.11.2026".into(),
        ..Default::default()
    }))
}

/// The batch check's page (`batch/`) for a URL query.
/// The site header of the page showing `view` (written into the page at build time).
fn header(view: View) -> Doc {
    Doc::parse(&render_fn(|v: &View| site_header(*v), view))
}

/// The header's three links as the app keeps them for `query` on the page showing `view`:
/// calculator, batch check, other language.
fn links(query: &str, view: View) -> [String; 3] {
    State::from_query(query).with_view(view).frame_links()
}

fn batch_page(query: &str) -> Doc {
    Doc::parse(&render::<BatchApp>(AppProps {
        query: query.to_string().into(),
        base_url: BATCH_BASE.into(),
        today: "27.11.2026".into(),
        ..Default::default()
    }))
}

/// The batch view with this text pasted.
fn batch_view(text: &str) -> Doc {
    Doc::parse(&render::<BatchView>(BatchViewProps {
        text: text.to_string().into(),
    }))
}

/// The batch table for these rows.
fn batch_table(rows: Vec<CheckedRow>) -> Doc {
    Doc::parse(&render::<BatchTable>(BatchTableProps {
        rows: Rc::new(rows),
        extra_headers: Rc::default(),
        sort: (SortColumn::Line, SortDirection::Ascending),
        onsort: Callback::noop(),
    }))
}

// ---- helpers ------------------------------------------------------------------------

/// The mixed batch of the brief: a Danish header in another column order, `;`, Danish
/// amounts, a quoted name with `;` and doubled quotes, an unknown approach, a bad
/// amount, a target 0, an empty line, a hybrid after it.
const MIXED: &str = "Tilgang;Projekt;Resultatmål;Ansøgt beløb\n\
forløb;KHRS;17;1.202.550\n\
netværk;\"Café \"\"Øst\"\"; Aarhus\";20;kr. 475.000,-\n\
forløb;Høj pris;10;2.000.000\n\
ukendt;Ukendt tilgang;10;100.000\n\
netværk;Forkert beløb;10;12x\n\
netværk;Mål nul;0;100.000\n\
\n\
hybrid;Alfa;30;900.000\n";

/// The text of every `<td>` and `<th>` of a row, in order.
fn cells(row: &Element) -> Vec<String> {
    row.doc()
        .elements
        .iter()
        .filter(|e| e.name == "td" || e.name == "th")
        .map(|e| e.text())
        .collect()
}

/// The project names of the table's rows, in order.
fn row_names(doc: &Doc) -> Vec<String> {
    doc.all("data-testid", "batch-row")
        .iter()
        .map(|r| r.doc().one("scope", "row").text())
        .collect()
}

/// What the table should show for a checked row, cell by cell (the open link beside the
/// name).
fn expected_cells(r: &CheckedRow) -> Vec<String> {
    let mut flags: String = r.flags.iter().map(Da::flag).collect();
    if flags.is_empty() {
        flags = "–".into();
    }
    vec![
        r.line.to_string(),
        r.name.clone(),
        // The visible text; the link's accessible name (aria-label) adds the project.
        Da::OPEN_LINK.to_string(),
        Da::money(r.application.budget),
        Da::count(r.application.target),
        Da::approach_short(r.approach).to_string(),
        Da::money(r.unit_price),
        Da::count(r.threshold_hires),
        Da::rank_short(r.rank),
        flags,
    ]
}

/// `n` valid data rows after a header.
fn rows_text(n: usize) -> String {
    let mut s = String::from("Projekt;Beløb;Resultatmål;Tilgang\n");
    for i in 0..n {
        s.push_str(&format!("P{i};100.000;10;netværk\n"));
    }
    s
}

// ---- the reader -----------------------------------------------------------------------

#[test]
fn the_reader_handles_nesting_attribute_order_and_entities() {
    let doc = Doc::parse(
        r#"<table data-testid="t"><tr data-testid="r" class="a is-flagged"><th scope="row">A &amp; &lt;b&gt;</th><td><table><tr><td>x</td></tr></table></td></tr></table><input value="&quot;x&quot;">"#,
    );
    let row = doc.testid("r");
    assert!(row.has_class("is-flagged"));
    assert_eq!(cells(row), ["A & <b>", "x", "x"]);
    assert_eq!(doc.tags("input")[0].attr("value"), Some("\"x\""));
}

// ---- the batch page and the calculator's links to it -----------------------------------

#[test]
fn the_batch_page_shows_the_batch_view_and_not_the_calculator() {
    assert_eq!(page_path(View::Batch, Lang::Da), "batch/");
    let doc = batch_page("view=batch");
    assert_eq!(doc.tags("h1")[0].text(), Da::BATCH_HEADING);
    let textarea = doc.one("name", "batch");
    assert_eq!(textarea.name, "textarea");
    assert_eq!(textarea.attr("id"), Some("batch-text"));
    assert_eq!(doc.one("for", "batch-text").text(), Da::PASTE_LABEL);
    assert_eq!(doc.id("batch-file").attr("type"), Some("file"));
    // Nothing of the calculator.
    for name in ["budget", "target", "approach", "hires", "expenses"] {
        assert!(
            doc.all("name", name).is_empty(),
            "[name={name}] on the batch view"
        );
    }
    for testid in [
        "unit-price",
        "round-one-table",
        "scenarios",
        "flags",
        "print-link",
        "disclaimer",
    ] {
        assert!(!doc.has_testid(testid), "{testid} on the batch view");
    }
    // Nothing pasted yet: a hint, no summary, no table, no errors.
    assert!(doc.all_text().contains(Da::EMPTY));
    assert!(!doc.has_testid("batch-summary"));
    assert!(!doc.has_testid("batch-table"));
    assert!(!doc.has_testid("batch-error"));
    assert!(!doc.has_testid("batch-fatal"));
    // The batch page's header marks the batch view as the current page, and its
    // calculator link leads back to the calculator.
    let head = header(View::Batch);
    let nav = head.testid("nav-batch");
    assert_eq!(nav.attr("aria-current"), Some("page"));
    assert_eq!(nav.attr("href"), Some("./?view=batch"));
    let current: Vec<&Element> = head.all("aria-current", "page");
    assert_eq!(current.len(), 1);
    assert_eq!(links("view=batch", View::Batch)[1], "./?view=batch");
    // The header is the page's, not the app's.
    assert!(!doc.has_testid("site-header"));
    // The link to share is the batch page's own address: the page is the batch view by
    // its path, so the link carries no redundant `view=batch`, opened with it or without.
    assert_eq!(doc.testid("share-link").attr("value"), Some(BATCH_BASE));
    let bare = batch_page("");
    assert_eq!(bare.one("name", "batch").name, "textarea");
    assert_eq!(bare.testid("share-link").attr("value"), Some(BATCH_BASE));
    let with_inputs = batch_page("view=batch&budget=1000000&target=17");
    assert_eq!(
        with_inputs.testid("share-link").attr("value"),
        Some(format!("{BATCH_BASE}?budget=1000000&target=17").as_str())
    );
}

#[test]
fn the_calculator_page_shows_the_calculator() {
    // `view=batch` itself never reaches App in a browser (main sends it to batch/); App
    // shows the calculator for it too, rather than nothing.
    for query in [
        "",
        "view=calculator",
        "view=",
        "view=BATCH",
        "view=batch",
        "budget=1000000&target=17",
    ] {
        let doc = page(query);
        assert!(
            doc.all("name", "batch").is_empty(),
            "{query}: batch textarea"
        );
        assert!(!doc.has_testid("batch-table"), "{query}");
        assert_eq!(doc.one("name", "budget").name, "input", "{query}");
    }
    // The calculator page's header marks the calculator as the current page.
    let head = header(View::Calculator);
    assert_eq!(head.testid("nav-batch").attr("aria-current"), None);
    assert_eq!(head.all("aria-current", "page").len(), 1);
    assert_eq!(
        head.one("id", "nav-calculator").attr("aria-current"),
        Some("page")
    );
}

#[test]
fn the_batch_page_keeps_the_calculators_inputs_in_its_calculator_link() {
    let doc = batch_page("view=batch&budget=1000000&target=17&approach=course");
    assert!(doc.all("name", "budget").is_empty());
    assert_eq!(
        links(
            "view=batch&budget=1000000&target=17&approach=course",
            View::Batch
        )[0],
        "../?budget=1000000&target=17&approach=course"
    );
    // The header as written into the page links to the calculator with no inputs.
    let calculator_link = header(View::Batch)
        .tags("a")
        .into_iter()
        .find(|a| a.text() == Da::NAV_CALCULATOR)
        .expect("a link to the calculator")
        .attr("href")
        .map(str::to_string);
    assert_eq!(calculator_link.as_deref(), Some("../"));
}

#[test]
fn the_batch_link_of_the_calculator_keeps_its_inputs() {
    assert_eq!(
        links("budget=1000000&target=17", View::Calculator)[1],
        "batch/?view=batch&budget=1000000&target=17"
    );
}

#[test]
fn the_four_pages_link_to_each_other_relatively() {
    use puljeberegner::pages::Lang::{Da, En};
    use View::{Batch, Calculator};
    let pages = [(Calculator, Da), (Batch, Da), (Calculator, En), (Batch, En)];
    let expected = [
        ["./", "batch/", "en/", "en/batch/"],
        ["../", "./", "../en/", "../en/batch/"],
        ["../", "../batch/", "./", "batch/"],
        ["../../", "../../batch/", "../", "./"],
    ];
    for (i, from) in pages.into_iter().enumerate() {
        for (j, to) in pages.into_iter().enumerate() {
            assert_eq!(page_link(from, to), expected[i][j], "{from:?} → {to:?}");
        }
    }
    // The language switch of each page leads to the same page in the other language.
    assert_eq!(
        links("budget=1000000&target=17", View::Calculator)[2],
        "en/?budget=1,000,000&target=17&lang=en"
    );
    assert_eq!(
        links("lang=en&budget=1000000&target=17", View::Calculator)[2],
        "../?budget=1.000.000&target=17"
    );
    assert_eq!(links("lang=en", View::Batch)[2], "../../batch/?view=batch");
    assert_eq!(links("lang=en", View::Batch)[1], "./?view=batch&lang=en");
    // The header written into the Danish calculator page links as for no inputs.
    let head = header(View::Calculator);
    assert_eq!(head.testid("lang-switch").attr("href"), Some("en/?lang=en"));
    assert_eq!(
        head.testid("nav-batch").attr("href"),
        Some("batch/?view=batch")
    );
}

// ---- the batch view ----------------------------------------------------------------------

#[test]
fn a_mixed_batch_shows_its_valid_rows_in_text_order() {
    let doc = batch_view(MIXED);
    let batch = read_batch(MIXED).unwrap();
    assert_eq!(batch.rows.len(), 4);
    let rows = doc.all("data-testid", "batch-row");
    assert_eq!(rows.len(), 4);
    assert_eq!(
        row_names(&doc),
        ["KHRS", "Café \"Øst\"; Aarhus", "Høj pris", "Alfa"]
    );
    for (row, checked) in rows.iter().zip(&batch.rows) {
        assert_eq!(
            cells(row),
            expected_cells(checked),
            "row of line {}",
            checked.line
        );
        let link = row.doc().tags("a")[0]
            .attr("aria-label")
            .map(str::to_string);
        assert_eq!(link, Some(format!("{}: {}", Da::OPEN_LINK, checked.name)));
        assert_eq!(row.has_attr("data-flagged"), !checked.flags.is_empty());
    }
    // The figures, by hand: 1.202.550 / 17, 475.000 / 20, 2.000.000 / 10, 900.000 / 30.
    let prices: Vec<String> = doc
        .all("data-testid", "batch-unit-price")
        .iter()
        .map(|e| e.text())
        .collect();
    assert_eq!(
        prices,
        ["70.738 kr.", "23.750 kr.", "200.000 kr.", "30.000 kr."]
    );
    assert_eq!(
        cells(rows[0])[..9],
        [
            "2",
            "KHRS",
            Da::OPEN_LINK,
            "1.202.550 kr.",
            "17",
            "Forløb",
            "70.738 kr.",
            "9",
            "8 af 10"
        ]
    );
    assert_eq!(
        cells(rows[3])[..9],
        [
            "9",
            "Alfa",
            Da::OPEN_LINK,
            "900.000 kr.",
            "30",
            "Hybrid",
            "30.000 kr.",
            "15",
            "8 af 10"
        ]
    );
}

#[test]
fn a_mixed_batch_lists_each_invalid_row_with_its_line_and_reason() {
    let doc = batch_view(MIXED);
    let errors: Vec<String> = doc
        .all("data-testid", "batch-error")
        .iter()
        .map(|e| e.text())
        .collect();
    let budget_letters = Da::batch_row_error(&puljeberegner::domain::batch::RowError::Budget(
        puljeberegner::domain::amount_input::AmountError::Letters,
    ));
    assert_eq!(
        errors,
        [
            format!("Linje 5 (Ukendt tilgang): {}", Da::approach_error("ukendt")),
            format!("Linje 6 (Forkert beløb): {budget_letters}"),
            "Linje 7 (Mål nul): Resultatmål: Antallet skal være mindst 1. Skriv fx 17.".to_string(),
        ]
    );
    // Each message is the one the domain gives the row, in the page's words.
    let batch = read_batch(MIXED).unwrap();
    for (li, invalid) in doc
        .all("data-testid", "batch-error")
        .iter()
        .zip(&batch.invalid)
    {
        let strong = li.doc().tags("strong")[0].text();
        assert_eq!(strong, format!("Linje {}", invalid.line));
        for reason in &invalid.reasons {
            assert!(
                li.text().contains(&Da::batch_row_error(reason)),
                "{}",
                li.text()
            );
        }
    }
    assert_eq!(doc.id("batch-errors-heading").text(), Da::ERRORS_HEADING);
}

#[test]
fn a_row_with_several_reasons_lists_them_all_and_an_unnamed_row_has_no_parentheses() {
    let text = "Projekt;Beløb;Resultatmål;Tilgang\n;-5;1,5;\nX;1;2\n";
    let doc = batch_view(text);
    let errors: Vec<String> = doc
        .all("data-testid", "batch-error")
        .iter()
        .map(|e| e.text())
        .collect();
    let batch = read_batch(text).unwrap();
    assert_eq!(batch.invalid.len(), 2);
    let first: Vec<String> = batch.invalid[0]
        .reasons
        .iter()
        .map(Da::batch_row_error)
        .collect();
    assert!(first.len() >= 3, "{first:?}");
    assert_eq!(errors[0], format!("Linje 2: {}", first.join(" ")));
    assert!(
        errors[1].starts_with("Linje 3 (X): Linjen har 3 kolonner, men der skal være 4"),
        "{}",
        errors[1]
    );
    // No valid rows: the summary says 0 and has no unit price; no table.
    assert_eq!(doc.text("summary-applications"), "0");
    assert_eq!(doc.text("summary-unit-price"), "–");
    assert_eq!(doc.text("summary-flagged"), "0");
    assert!(!doc.has_testid("batch-table"));
}

#[test]
fn the_summary_of_a_mixed_batch() {
    let doc = batch_view(MIXED);
    let batch = read_batch(MIXED).unwrap();
    let s = summarize(&batch.rows);
    assert_eq!(doc.text("summary-applications"), "4");
    // 4.577.550 / 77 = 59.448,70… → 59.448 kr.
    assert_eq!(doc.text("summary-unit-price"), "59.448 kr.");
    assert_eq!(s.unit_price, Some(kr(59_448)));
    // KHRS (more than twice the course average) and "Høj pris" (above ISS).
    assert_eq!(doc.text("summary-flagged"), "2");
    let summary = doc.testid("batch-summary").text();
    for part in [
        "4.577.550 kr.",
        "77",
        "22.695 kr.",
        "Netværk: 1, Forløb: 2, Hybrid: 1",
    ] {
        assert!(summary.contains(part), "{part} in {summary}");
    }
    let download = doc.testid("download-csv");
    assert_eq!(download.name, "button");
    assert_eq!(download.attr("type"), Some("button"));
    assert_eq!(download.text(), Da::DOWNLOAD);
}

#[test]
fn the_flag_sentences_name_both_figures() {
    let doc = batch_view(MIXED);
    let flags: Vec<String> = doc
        .all("data-testid", "batch-flag")
        .iter()
        .map(|e| e.text())
        .collect();
    assert!(
        flags.contains(
            &"Enhedsprisen på 200.000 kr. er højere end i alle ni projekter i første runde (højeste: 75.380 kr., ISS; tabel 3)."
                .to_string()
        ),
        "{flags:#?}"
    );
    assert!(flags.contains(&"Enhedsprisen på 70.738 kr. er mere end dobbelt så høj som gennemsnittet for forløbsprojekterne (inkl. AOF Midts hybrid) i første runde (34.006 kr.; samlet tildelt beløb / samlet resultatmål, tabel 3).".to_string()), "{flags:#?}");
    // A row without flags says so with a dash, and is not marked.
    let rows = doc.all("data-testid", "batch-row");
    assert_eq!(cells(rows[1])[9], "–");
    assert!(!rows[1].has_attr("data-flagged"));
    assert!(rows[2].has_attr("data-flagged"));
}

#[test]
fn the_text_area_holds_exactly_what_was_pasted() {
    for text in [
        MIXED.to_string(),
        MIXED.replace('\n', "\r\n"),
        format!("\u{feff}{MIXED}"),
        "KHRS\t1.202.550\t17\tforløb\r\n<b>x</b> & \"y\"\t1\t1\tnetværk".to_string(),
        "  \n\n".to_string(),
    ] {
        let doc = batch_view(&text);
        let textarea = doc.one("name", "batch");
        // As a browser reads the markup: its parser turns CR LF into LF.
        assert_eq!(textarea.text(), text.replace("\r\n", "\n"), "{text:?}");
        assert_eq!(textarea.attr("aria-describedby"), Some("batch-hint"));
    }
}

#[test]
fn tabs_without_a_header_crlf_and_a_bom() {
    let text = "\u{feff}KHRS\t1.202.550\t17\tforløb\r\nSUMAK\tkr. 475.000,-\t21\tforløb\r\n\r\nQuick Care\t479.482\t30\tnetværk\r\n";
    let doc = batch_view(text);
    assert_eq!(row_names(&doc), ["KHRS", "SUMAK", "Quick Care"]);
    let lines: Vec<String> = doc
        .all("data-testid", "batch-row")
        .iter()
        .map(|r| cells(r)[0].clone())
        .collect();
    assert_eq!(lines, ["1", "2", "4"]);
    assert!(!doc.has_testid("batch-error"));
    assert_eq!(doc.text("summary-applications"), "3");
}

#[test]
fn commas_with_quoted_danish_amounts() {
    let text = "project,budget,target,approach\nSUMAK,\"475.000,00\",21,course\n\"Nord, Syd\",\"1.000.000,50\",10,network\nBad,1.234,50,10,network\n";
    let doc = batch_view(text);
    assert_eq!(row_names(&doc), ["SUMAK", "Nord, Syd"]);
    let rows = doc.all("data-testid", "batch-row");
    assert_eq!(cells(rows[1])[3], "1.000.000,50 kr.");
    assert_eq!(cells(rows[1])[6], "100.000 kr.");
    let errors = doc.all("data-testid", "batch-error");
    assert_eq!(errors.len(), 1);
    let text = errors[0].text();
    assert!(
        text.starts_with("Linje 4 (Bad): Linjen har 5 kolonner"),
        "{text}"
    );
    assert!(text.contains("\"1.234,50\""), "{text}");
}

#[test]
fn an_empty_or_blank_text_shows_the_hint_only() {
    for text in ["", "   ", "\n\n\r\n", "\t \t"] {
        let doc = batch_view(text);
        assert!(!doc.has_testid("batch-summary"), "{text:?}");
        assert!(!doc.has_testid("batch-table"), "{text:?}");
        assert!(!doc.has_testid("batch-fatal"), "{text:?}");
        assert!(doc.all_text().contains(Da::EMPTY), "{text:?}");
    }
    // Blank lines of empty fields, or a lone byte order mark: nothing to check, and
    // nothing wrong either.
    for text in ["\u{feff}", ";;;\n;;;", "\u{feff}\r\n"] {
        let doc = batch_view(text);
        assert!(!doc.has_testid("batch-table"), "{text:?}");
        assert!(!doc.has_testid("batch-fatal"), "{text:?}");
        assert!(!doc.has_testid("batch-error"), "{text:?}");
    }
}

#[test]
fn only_a_header_gives_a_summary_of_nothing() {
    let doc = batch_view("Projekt;Beløb;Resultatmål;Tilgang\n");
    assert_eq!(doc.text("summary-applications"), "0");
    assert!(!doc.has_testid("batch-table"));
    assert!(!doc.has_testid("batch-error"));
}

#[test]
fn five_thousand_rows_are_checked_the_first_page_shown_and_one_more_is_refused_clearly() {
    let doc = batch_view(&rows_text(MAX_ROWS));
    assert_eq!(doc.text("summary-applications"), "5.000");
    assert!(!doc.has_testid("batch-fatal"));
    // The table draws the first page of rows and says how many there are in all.
    assert_eq!(doc.all("data-testid", "batch-row").len(), PAGE_ROWS);
    let more = doc.testid("batch-more");
    // The count prints (so a printout says it is partial); the buttons do not.
    assert!(!more.has_class("no-print"));
    let status = more.doc().one("role", "status").text();
    assert_eq!(
        status,
        format!(
            "Viser {} af 5.000 ansøgninger.",
            Da::count(PAGE_ROWS as u32)
        )
    );
    let show_all = doc.testid("batch-show-all");
    assert_eq!(show_all.attr("type"), Some("button"));
    assert_eq!(show_all.text(), "Vis alle 5.000");

    let text = rows_text(MAX_ROWS + 1);
    let doc = batch_view(&text);
    let fatal = doc.testid("batch-fatal");
    assert_eq!(fatal.attr("role"), Some("alert"));
    assert!(fatal.has_class("field-error"));
    assert_eq!(
        fatal.text(),
        format!(
            "Fejl: {}",
            Da::batch_error(&BatchError::TooManyRows { max: MAX_ROWS })
        )
    );
    assert!(fatal.text().contains("5.000"), "{}", fatal.text());
    assert!(!doc.has_testid("batch-row"));
    assert!(!doc.has_testid("batch-summary"));
    // The text is kept.
    assert_eq!(doc.one("name", "batch").text(), text);
}

#[test]
fn a_table_of_one_page_has_no_show_more() {
    let doc = batch_view(&rows_text(PAGE_ROWS));
    assert_eq!(doc.all("data-testid", "batch-row").len(), PAGE_ROWS);
    assert!(!doc.has_testid("batch-more"));
    assert!(!doc.has_testid("batch-show-all"));
    let doc = batch_view(&rows_text(PAGE_ROWS + 1));
    assert_eq!(doc.all("data-testid", "batch-row").len(), PAGE_ROWS);
    assert!(doc.has_testid("batch-more"));
}

#[test]
fn more_than_a_mebibyte_is_refused_clearly() {
    // Spaces and blank lines do not count; a name of more than 1 MiB does.
    let mut text = rows_text(10);
    text.push_str(&" ".repeat(MAX_BYTES + 1));
    assert!(!batch_view(&text).has_testid("batch-fatal"));
    let text = "æ".repeat(MAX_BYTES / 2 + 1);
    let doc = batch_view(&text);
    let fatal = doc.testid("batch-fatal");
    assert_eq!(
        fatal.text(),
        format!(
            "Fejl: {}",
            Da::batch_error(&BatchError::TooLarge {
                bytes: MAX_BYTES + 2,
                max: MAX_BYTES
            })
        )
    );
    assert!(fatal.text().contains("1 MiB"), "{}", fatal.text());
    assert!(!doc.has_testid("batch-row"));
}

#[test]
fn a_header_without_a_column_is_refused_with_its_line() {
    let doc = batch_view("\nProjekt;Beløb;Tilgang\nA;1;netværk\n");
    let fatal = doc.testid("batch-fatal").text();
    assert!(fatal.contains("linje 2"), "{fatal}");
    assert!(fatal.contains("»Resultatmål«"), "{fatal}");
    let doc = batch_view("Projekt;Beløb;Resultatmål;Tilgang;project\nA;1;2;netværk;B\n");
    let fatal = doc.testid("batch-fatal").text();
    assert!(fatal.contains("»Projekt« to gange"), "{fatal}");
}

#[test]
fn the_danish_page_reads_and_answers_as_before_whatever_the_english_page_reads() {
    // English amounts are Danish errors here, in Danish; "Name" and "Method" are no
    // headings the Danish page knows, so it asks which column is which.
    let doc = batch_view("A;1,250,000;10;network\nB;1.250;10;network\n");
    assert_eq!(
        doc.text("batch-error"),
        "Linje 1 (A): Ansøgt beløb: Brug ét komma, og kun før øre. Skriv fx 1.234.567,50 eller 1.234.567,-."
    );
    assert_eq!(doc.text("batch-unit-price"), "125 kr.");
    let doc = batch_view("Name;Beløb;Resultatmål;Method\nA;1.000;1;netværk\n");
    let fatal = doc.testid("batch-fatal").text();
    assert!(fatal.contains("mangler kolonnen »Projekt«"), "{fatal}");
    let form = doc.testid("column-choice").doc();
    assert!(form.has_testid("error-summary"));
    assert_eq!(form.one("for", "column-name").text(), "Projekt");
    assert_eq!(form.one("for", "column-approach").text(), "Tilgang");
    // The hint says nothing of English amounts.
    assert_eq!(doc.id("batch-hint").text(), Da::PASTE_HINT);
    assert!(!Da::PASTE_HINT.contains("1,250"));
}

#[test]
fn a_header_without_a_column_offers_to_choose_it_beside_the_message() {
    let doc = batch_view("Projekt;Kroner i alt;Resultatmål;Tilgang\nA;100.000;10;netværk\n");
    let fatal = doc.testid("batch-fatal").text();
    assert!(fatal.contains("»Ansøgt beløb«"), "{fatal}");
    let form = doc.testid("column-choice").doc();
    assert_eq!(form.one("for", "column-budget").text(), "Ansøgt beløb");
    assert_eq!(
        form.id("column-budget").doc().tags("option")[1].text(),
        "Kroner i alt (kolonne 2)"
    );
    assert_eq!(
        form.testid("error-summary").doc().tags("a")[0].attr("href"),
        Some("#column-budget")
    );
    assert!(!doc.has_testid("batch-row"));
    // Only for a missing column: not for one named twice, nor for a header naming all four.
    let doc = batch_view("Projekt;Beløb;Resultatmål;Tilgang;project;Kroner\nA;1;2;netværk;B;3\n");
    assert!(!doc.has_testid("column-choice"));
    let doc = batch_view("Projekt;Beløb;Resultatmål;Tilgang;Kroner\nA;1;2;netværk;3\n");
    assert!(!doc.has_testid("column-choice"));
    assert!(doc.has_testid("batch-row"));
}

#[test]
fn markup_in_names_is_text() {
    let text = "<img src=x onerror=alert(1)>;100.000;10;netværk\n<script>alert(2)</script>;100.000;10;forløb\n\"<b onmouseover=\"\"alert(3)\"\">\";12x;10;netværk\n";
    let doc = batch_view(text);
    assert!(!doc.html.contains("<img"), "{}", doc.html);
    assert!(!doc.html.contains("<script"), "{}", doc.html);
    assert!(!doc.html.contains("<b "), "{}", doc.html);
    assert!(doc.tags("img").is_empty() && doc.tags("script").is_empty());
    assert_eq!(
        row_names(&doc),
        ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>"]
    );
    let error = doc.testid("batch-error").text();
    assert!(
        error.starts_with("Linje 3 (<b onmouseover=\"alert(3)\">): "),
        "{error}"
    );
    assert_eq!(doc.one("name", "batch").text(), text);
}

#[test]
fn the_example_is_round_one_and_reads_back_as_table_3() {
    let text = example_text();
    let batch = read_batch(&text).unwrap();
    assert!(batch.invalid.is_empty(), "{:?}", batch.invalid);
    assert_eq!(batch.rows.len(), 9);
    for (row, p) in batch.rows.iter().zip(PROJECTS.iter()) {
        assert_eq!(row.name, p.name);
        assert_eq!(row.application.budget, p.grant);
        assert_eq!(row.application.target, p.target);
        assert_eq!(row.unit_price, p.unit_price_table3, "{}", p.name);
        assert_eq!(row.approach, p.approach);
    }
    let doc = batch_view(&text);
    assert_eq!(doc.text("summary-applications"), "9");
    assert_eq!(doc.text("summary-unit-price"), "22.695 kr.");
    let example_button = doc
        .tags("button")
        .into_iter()
        .find(|b| b.text() == Da::EXAMPLE_BUTTON)
        .expect("the example button");
    assert_eq!(example_button.attr("type"), Some("button"));
}

// ---- the batch table on its own -------------------------------------------------------------

#[test]
fn the_table_headers_are_sort_buttons_with_aria_sort() {
    let batch = read_batch(MIXED).unwrap();
    let doc = batch_table(batch.rows);
    let mut ths: Vec<&Element> = doc.all("scope", "col");
    assert_eq!(ths.len(), 10);
    // The link column, beside the name, has no sort and no aria-sort, only a hidden label.
    let link = ths.remove(2);
    assert_eq!(link.attr("aria-sort"), None);
    assert!(link.has_class("no-print"));
    assert_eq!(link.text(), Da::OPEN_LINK);
    let keys = [
        "line",
        "name",
        "budget",
        "target",
        "approach",
        "unit-price",
        "threshold",
        "rank",
        "flags",
    ];
    for (th, key) in ths.iter().zip(keys) {
        assert_eq!(th.name, "th");
        let expected = if key == "line" { "ascending" } else { "none" };
        assert_eq!(th.attr("aria-sort"), Some(expected), "{key}");
        let button = th.doc().testid(&format!("sort-{key}")).clone();
        assert_eq!(button.name, "button");
        assert_eq!(button.attr("type"), Some("button"));
        assert!(!button.text().trim().is_empty());
    }
    // The line column shows its direction; the mark is hidden from screen readers.
    let line_button = doc.testid("sort-line");
    assert_eq!(line_button.text(), format!("{} ▲", Da::COL_LINE));
    let marks: Vec<&Element> = doc
        .elements
        .iter()
        .filter(|e| e.has_class("sort-mark"))
        .collect();
    assert_eq!(marks.len(), 9);
    assert!(marks.iter().all(|m| m.attr("aria-hidden") == Some("true")));
    // The table names itself and can be scrolled by keyboard.
    let region = doc.one("role", "region");
    assert_eq!(region.attr("tabindex"), Some("0"));
    assert_eq!(region.attr("aria-labelledby"), Some("batch-caption"));
    assert!(doc
        .id("batch-caption")
        .text()
        .starts_with(Da::BATCH_TABLE_CAPTION));
}

#[test]
fn the_table_starts_in_line_order_whatever_order_it_is_given() {
    let mut rows = read_batch(MIXED).unwrap().rows;
    rows.reverse();
    let doc = batch_table(rows);
    assert_eq!(
        row_names(&doc),
        ["KHRS", "Café \"Øst\"; Aarhus", "Høj pris", "Alfa"]
    );
}

#[test]
fn each_row_links_to_the_calculator_prefilled() {
    let batch = read_batch(MIXED).unwrap();
    let doc = batch_table(batch.rows.clone());
    let rows = doc.all("data-testid", "batch-row");
    let hrefs: Vec<String> = rows
        .iter()
        .map(|r| r.doc().tags("a")[0].attr("href").unwrap().to_string())
        .collect();
    assert_eq!(
        hrefs,
        [
            "../?budget=1.202.550&target=17&approach=course",
            "../?budget=475.000&target=20&approach=network",
            "../?budget=2.000.000&target=10&approach=course",
            "../?budget=900.000&target=30&approach=hybrid",
        ]
    );
    for (href, row) in hrefs.iter().zip(&batch.rows) {
        // The link's query opens a calculator with the row's own application.
        let state = State::from_query(href.trim_start_matches("../?"));
        let app = state.parsed().application().unwrap();
        assert_eq!(app, row.application);
        assert_eq!(
            state.parsed().approach,
            puljeberegner::state::ApproachInput::Chosen(row.approach)
        );
    }
    // An amount with øre survives the link.
    let doc = batch_table(read_batch("A;1.000.000,50;3;netværk").unwrap().rows);
    let href = doc.testid("batch-row").doc().tags("a")[0]
        .attr("href")
        .unwrap()
        .to_string();
    assert_eq!(href, "../?budget=1.000.000,50&target=3&approach=network");
    let state = State::from_query(href.trim_start_matches("../?"));
    assert_eq!(
        state.parsed().application().unwrap().budget,
        Money::from_ore(100_000_050)
    );
}

// ---- the flags of the single calculator ------------------------------------------------------

fn flags_panel(application: Option<Application>, approach: Option<Approach>) -> Doc {
    Doc::parse(&render_fn(
        flags_panel::flags_panel,
        FlagsPanelProps {
            flags: application.map(|a: Application| match approach {
                Some(x) => flags(a, x),
                None => flags_without_approach(a),
            }),
        },
    ))
}

fn flag_texts(doc: &Doc) -> Vec<String> {
    doc.all("data-testid", "flag")
        .iter()
        .map(|e| e.text())
        .collect()
}

#[test]
fn flags_panel_without_an_application_renders_nothing() {
    for approach in [None, Some(Approach::Course)] {
        let doc = flags_panel(None, approach);
        assert!(doc.html.trim().is_empty(), "{}", doc.html);
    }
}

#[test]
fn flags_panel_says_when_nothing_stands_out() {
    let code_of_care = Application {
        budget: kr(5_649_208),
        target: 230,
    };
    let doc = flags_panel(Some(code_of_care), Some(Approach::Network));
    assert!(doc.has_testid("flags"));
    assert_eq!(doc.tags("h3")[0].text(), Da::FLAGS_HEADING);
    assert!(!doc.has_testid("flag"));
    assert!(doc.all_text().contains(Da::NO_FLAGS));
}

#[test]
fn flags_panel_gives_each_flag_as_a_sentence_with_its_figures() {
    let app = Application {
        budget: kr(2_000_000),
        target: 10,
    };
    let doc = flags_panel(Some(app), Some(Approach::Course));
    let expected: Vec<String> = flags(app, Approach::Course).iter().map(Da::flag).collect();
    assert_eq!(flag_texts(&doc), expected);
    assert_eq!(
        flag_texts(&doc)[0],
        "Enhedsprisen på 200.000 kr. er højere end i alle ni projekter i første runde (højeste: 75.380 kr., ISS; tabel 3)."
    );
    assert!(!doc.all_text().contains(Da::NO_FLAGS));
}

#[test]
fn flags_panel_without_an_approach_gives_only_the_flags_that_need_none() {
    let app = Application {
        budget: kr(6_000_000),
        target: 1_000,
    };
    let doc = flags_panel(Some(app), None);
    let expected: Vec<String> = flags_without_approach(app).iter().map(Da::flag).collect();
    assert_eq!(flag_texts(&doc), expected);
    assert_eq!(
        flags_without_approach(app),
        vec![
            Flag::UnitPriceBelowRoundOne {
                unit_price: kr(6_000),
                lowest: kr(7_976),
                project: "Randers HK og DISCUS"
            },
            Flag::BudgetAboveRoundOne {
                budget: kr(6_000_000),
                largest: kr(5_649_208),
                project: "Code of Care"
            },
        ]
    );
    // With the approach the target flag is added.
    let doc = flags_panel(Some(app), Some(Approach::Network));
    assert!(flag_texts(&doc).iter().any(|f| f.starts_with(
        "Resultatmålet på 1.000 ansættelser er større end hos alle netværksprojekterne"
    )));
}

#[test]
fn the_calculator_page_shows_the_flags_in_the_comparison() {
    let doc = page("budget=2000000&target=10&approach=course");
    let flags = flag_texts(&doc);
    assert!(!flags.is_empty());
    assert!(flags[0].contains("75.380 kr."), "{flags:?}");
    // An approach given in the URL but unknown: the flags that need none.
    let doc = page("budget=2000000&target=10&approach=xyz");
    assert_eq!(flag_texts(&doc).len(), 1);
    // Invalid inputs: no flags panel.
    let doc = page("budget=12x&target=10&approach=course");
    assert!(!doc.has_testid("flags"));
}

#[test]
fn the_calculator_page_has_the_print_line_with_date_and_link() {
    let doc = page("budget=1000000&target=17&approach=course&hires=12");
    let print = doc.testid("print-link");
    assert!(print.has_class("print-only"));
    let link = format!("{BASE}?budget=1000000&target=17&approach=course&hires=12");
    assert_eq!(
        print.text(),
        format!("{}{link}", Da::printed_on("27.11.2026"))
    );
    assert_eq!(doc.testid("share-link").attr("value"), Some(link.as_str()));
    // An empty query links to the page itself.
    let doc = page("");
    assert_eq!(doc.testid("share-link").attr("value"), Some(BASE));
}

// ---- the copy-link control ------------------------------------------------------------------

#[test]
fn copy_link_has_a_labelled_read_only_field_a_button_and_a_silent_status() {
    let link = "https://star.example/?budget=1.000.000&target=17&x=\"<b>\"";
    let doc = Doc::parse(&render_fn(copy_link, CopyLinkProps { link: link.into() }));
    let field = doc.testid("share-link");
    assert_eq!(field.name, "input");
    assert_eq!(field.attr("id"), Some("share-link"));
    assert_eq!(field.attr("value"), Some(link));
    assert!(field.has_attr("readonly"));
    assert_eq!(doc.one("for", "share-link").text(), Da::LINK_LABEL);
    let button = doc.testid("copy-link");
    assert_eq!(button.name, "button");
    assert_eq!(button.attr("type"), Some("button"));
    assert_eq!(button.text(), Da::COPY_LINK);
    // The page's script (static/copy.js) copies the field the button names and writes
    // one of the button's two messages into the status line "<field id>-status".
    assert_eq!(button.attr("data-copy"), Some("share-link"));
    assert_eq!(button.attr("data-copied"), Some(Da::COPIED));
    assert_eq!(button.attr("data-fallback"), Some(Da::COPY_FALLBACK));
    let status = doc.testid("copy-status");
    assert_eq!(status.attr("id"), Some("share-link-status"));
    assert_eq!(status.attr("role"), Some("status"));
    assert_eq!(status.text(), "");
    assert!(!doc.html.contains("<b>"));
    // The whole control is left out of the printed page.
    assert!(doc.elements[0].has_class("no-print"));
}

#[test]
fn the_caseworkers_own_columns_sort_and_a_case_number_is_not_broken() {
    let text = "Sagsnr;Projekt;Ansøgt beløb;Resultatmål;Tilgang;Bemærkning\n\
        2026-0101;A;1.000.000;10;netværk;Ringet op i går\n\
        2026-0099;B;1.000.000;10;netværk;Ok\n";
    let batch = read_batch(text).unwrap();
    let headers = Rc::new(batch.extra_headers.clone());
    let table = |sort| {
        Doc::parse(&render::<BatchTable>(BatchTableProps {
            rows: Rc::new(batch.rows.clone()),
            extra_headers: headers.clone(),
            sort,
            onsort: Callback::noop(),
        }))
    };
    let doc = table((SortColumn::Own(0), SortDirection::Ascending));
    // Each own column's heading is a sort button, the first one sorted by.
    let own = doc.testid("sort-own-1").clone();
    assert_eq!(own.name, "button");
    assert!(own.text().starts_with("Sagsnr"), "{}", own.text());
    assert!(doc.has_testid("sort-own-2"));
    let sorted: Vec<&Element> = doc.all("aria-sort", "ascending");
    assert_eq!(sorted.len(), 1);
    assert!(sorted[0].text().starts_with("Sagsnr"));
    assert_eq!(row_names(&doc), ["B", "A"]);
    // A word without spaces (a case number) is not broken; a remark may be.
    let extra: Vec<bool> = doc
        .all("data-testid", "batch-extra")
        .iter()
        .map(|c| c.has_attr("data-word"))
        .collect();
    // B first: "2026-0099", "Ok"; then A: "2026-0101", "Ringet op i går".
    assert_eq!(extra, [true, true, true, false]);
    // An own column the text no longer has: the line's order.
    let doc = table((SortColumn::Own(5), SortDirection::Descending));
    assert_eq!(row_names(&doc), ["A", "B"]);
    let sorted: Vec<&Element> = doc.all("aria-sort", "ascending");
    assert_eq!(sorted.len(), 1);
    assert!(sorted[0].text().starts_with(Da::COL_LINE));
}
