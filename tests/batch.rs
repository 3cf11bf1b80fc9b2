//! The batch reader: separators, quoting, headers, broken input, caps, derived figures,
//! summary and sorting. Never a panic.

use crate::support::kr;
use proptest::prelude::*;
use puljeberegner::domain::amount_input::{parse_positive_amount, AmountError};
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::batch::*;
use puljeberegner::domain::count_input::{parse_target, CountError};
use puljeberegner::domain::flags::Flag;
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::Application;
use puljeberegner::domain::round_one::PROJECTS;
use puljeberegner::texts::batch::BatchTexts;
use puljeberegner::texts::{da::Da, Texts};

fn read(text: &str) -> Batch {
    read_batch(text).unwrap_or_else(|e| panic!("{e:?} for {text:?}"))
}

/// (line, name, budget, target, approach) of every valid row.
fn valid(batch: &Batch) -> Vec<(usize, String, Money, u32, Approach)> {
    batch
        .rows
        .iter()
        .map(|r| {
            (
                r.line,
                r.name.clone(),
                r.application.budget,
                r.application.target,
                r.approach,
            )
        })
        .collect()
}

/// (line, reasons) of every invalid row.
fn invalid(batch: &Batch) -> Vec<(usize, Vec<RowError>)> {
    batch
        .invalid
        .iter()
        .map(|r| (r.line, r.reasons.clone()))
        .collect()
}

fn row(
    line: usize,
    name: &str,
    budget: Money,
    target: u32,
    approach: Approach,
) -> (usize, String, Money, u32, Approach) {
    (line, name.to_owned(), budget, target, approach)
}

/// Lines in a text as the reader counts them: CRLF, LF and a lone CR end one.
fn line_count(text: &str) -> usize {
    let mut lines = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            lines += 1;
        } else if c == '\n' {
            lines += 1;
        }
    }
    lines
}

// ---- Separators ---------------------------------------------------------------------

#[test]
fn semicolons_as_danish_excel_writes_them() {
    let b = read("Projekt;Ansøgt beløb;Resultatmål;Tilgang\nCode of Care;5.649.208;230;netværk\nKHRS;1.202.550,50;17;forløb\n");
    assert_eq!(b.separator, Separator::Semicolon);
    assert_eq!(
        valid(&b),
        vec![
            row(2, "Code of Care", kr(5_649_208), 230, Approach::Network),
            row(
                3,
                "KHRS",
                Money::from_ore(120_255_050),
                17,
                Approach::Course
            ),
        ]
    );
    assert!(b.invalid.is_empty());
}

#[test]
fn commas_as_google_sheets_writes_them_with_quoted_danish_decimals() {
    let b = read("Projekt,Beløb,Resultatmål,Tilgang\r\nSUMAK,\"475.000,50\",21,course\r\nIngerfair,286000,10,network\r\n");
    assert_eq!(b.separator, Separator::Comma);
    assert_eq!(
        valid(&b),
        vec![
            row(
                2,
                "SUMAK",
                Money::from_ore(47_500_050),
                21,
                Approach::Course
            ),
            row(3, "Ingerfair", kr(286_000), 10, Approach::Network),
        ]
    );
}

#[test]
fn with_commas_an_unquoted_decimal_comma_splits_the_amount_and_says_so() {
    let b = read("SUMAK,475.000,50,21,course\nIngerfair,286.000,10,network");
    assert_eq!(b.separator, Separator::Comma);
    assert_eq!(
        valid(&b),
        vec![row(2, "Ingerfair", kr(286_000), 10, Approach::Network)]
    );
    assert_eq!(
        invalid(&b),
        vec![(
            1,
            vec![RowError::ColumnCount {
                expected: 4,
                found: 5,
                separator: Separator::Comma
            }]
        )]
    );
    let message = Da::batch_row_error(&b.invalid[0].reasons[0]);
    assert!(message.contains("anførselstegn"), "{message}");
    assert!(message.contains("5 kolonner"), "{message}");
}

#[test]
fn tabs_as_excel_puts_cells_on_the_clipboard() {
    let b = read("Code of Care\t5.649.208\t230\tNetværk\r\nAOF Midt\t1.424.930\t80\tHybrid\r\n");
    assert_eq!(b.separator, Separator::Tab);
    assert_eq!(
        valid(&b),
        vec![
            row(1, "Code of Care", kr(5_649_208), 230, Approach::Network),
            row(2, "AOF Midt", kr(1_424_930), 80, Approach::Hybrid),
        ]
    );
}

#[test]
fn separator_detection() {
    assert_eq!(detect_separator("a;b;c;d"), Separator::Semicolon);
    assert_eq!(detect_separator("a,b,c,d"), Separator::Comma);
    assert_eq!(detect_separator("a\tb;c\td"), Separator::Tab);
    // The first non-empty line decides; blank lines before it do not.
    assert_eq!(
        detect_separator("\n  \r\n\u{feff}a;b\n"),
        Separator::Semicolon
    );
    assert_eq!(detect_separator("\u{feff}\n\na\tb"), Separator::Tab);
    // A `;` or tab inside quotes does not count.
    assert_eq!(detect_separator("\"A;B\",1,2,network"), Separator::Comma);
    assert_eq!(
        detect_separator("\"A\tB\";1;2;network"),
        Separator::Semicolon
    );
    assert_eq!(
        detect_separator("\"A \"\"x\"\"; B\",1,2,network"),
        Separator::Comma
    );
    // A quoted line break keeps the first record going.
    assert_eq!(
        detect_separator("\"A\nB\";1;2;network"),
        Separator::Semicolon
    );
    // A quote that never closes: the first line is looked at as it stands.
    assert_eq!(
        detect_separator("\"A;1;2;network\nB;3;4;course"),
        Separator::Semicolon
    );
    // A quote inside a field is a character, not the start of a quoted field.
    assert_eq!(
        detect_separator("5\" skærm;1;2;course\nx \"y,z\""),
        Separator::Semicolon
    );
    // Excel's `;;;` lines count as non-empty (they carry the separator).
    assert_eq!(detect_separator(";;;\nA,1,2,network"), Separator::Semicolon);
    assert_eq!(detect_separator(""), Separator::Comma);
}

// ---- Line endings, BOM ----------------------------------------------------------------

#[test]
fn a_byte_order_mark_is_dropped() {
    let b = read("\u{feff}Projekt;Beløb;Resultatmål;Tilgang\r\nISS;1.658.378;22;forløb\r\n");
    assert_eq!(
        valid(&b),
        vec![row(2, "ISS", kr(1_658_378), 22, Approach::Course)]
    );
    // Without a header too: the name does not start with the mark.
    let b = read("\u{feff}ISS;1.658.378;22;forløb");
    assert_eq!(valid(&b)[0].1, "ISS");
}

#[test]
fn crlf_lf_and_a_lone_cr_each_end_one_line() {
    for ending in ["\r\n", "\n", "\r"] {
        let text = [
            "A;1000;1;network",
            "B;2000;2;course",
            "",
            "C;3000;3;hybrid",
            "",
        ]
        .join(ending);
        let b = read(&text);
        assert_eq!(
            valid(&b).iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![1, 2, 4],
            "{ending:?}"
        );
    }
    let b = read("A;1000;1;network\r\nB;2000;2;course\rC;3000;3;hybrid\nD;4000;4;network");
    assert_eq!(
        valid(&b).iter().map(|r| r.0).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
    // CR CR is two line ends, LF CR too.
    let b = read("A;1000;1;network\r\rB;2000;2;course\n\rC;3000;3;hybrid");
    assert_eq!(
        valid(&b).iter().map(|r| r.0).collect::<Vec<_>>(),
        vec![1, 3, 5]
    );
}

// ---- Quoting ---------------------------------------------------------------------------

#[test]
fn quoted_fields_hold_separators_line_breaks_and_doubled_quotes() {
    let text = "\"Hansen; Jensen & Co\";\"1.000.000\";\"50\";\"netværk\"\n\
                \"Projekt \"\"Ny start\"\"\";500.000;20;forløb\n\
                \"To\r\nlinjer\";400.000;10;hybrid\n\
                \"Tre\nlinjer\rher\";300.000;10;hybrid\n\
                Efter;200.000;10;network\n";
    let b = read(text);
    assert_eq!(
        valid(&b),
        vec![
            row(
                1,
                "Hansen; Jensen & Co",
                kr(1_000_000),
                50,
                Approach::Network
            ),
            row(2, "Projekt \"Ny start\"", kr(500_000), 20, Approach::Course),
            row(3, "To\nlinjer", kr(400_000), 10, Approach::Hybrid),
            row(5, "Tre\nlinjer\nher", kr(300_000), 10, Approach::Hybrid),
            row(8, "Efter", kr(200_000), 10, Approach::Network),
        ]
    );
}

#[test]
fn quotes_with_commas_as_separator_and_spaces_around() {
    let b = read("Projekt , Budget , Target , Approach\n  \"Smith, Jones\" , \"1.234.567,50\" , 12 , course \n");
    assert_eq!(
        valid(&b),
        vec![row(
            2,
            "Smith, Jones",
            Money::from_ore(123_456_750),
            12,
            Approach::Course
        )]
    );
}

#[test]
fn a_quote_inside_a_field_is_an_ordinary_character() {
    let b = read("5\" skærme til alle;100.000;10;forløb\nAfter \"x\" y;100.000;10;forløb");
    assert_eq!(valid(&b)[0].1, "5\" skærme til alle");
    assert_eq!(valid(&b)[1].1, "After \"x\" y");
    // Text after a closing quote is kept, as spreadsheets do.
    let b = read("\"Ab\"cd;100.000;10;forløb");
    assert_eq!(valid(&b)[0].1, "Abcd");
}

#[test]
fn an_unclosed_quote_spoils_only_its_own_line() {
    let b = read("A;1000;1;network\n\"B;2000;2;course\nC;3000;3;hybrid\n");
    assert_eq!(
        valid(&b)
            .iter()
            .map(|r| (r.0, r.1.as_str()))
            .collect::<Vec<_>>(),
        vec![(1, "A"), (3, "C")]
    );
    assert_eq!(invalid(&b), vec![(2, vec![RowError::UnclosedQuote])]);
    assert_eq!(b.invalid[0].raw, "\"B;2000;2;course");
}

#[test]
fn the_record_splitter_on_its_own() {
    let recs: Vec<Record<'_>> =
        records("a;\"b;c\";\r\n\r\n\"x\"\"y\"", Separator::Semicolon).collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0].fields, vec!["a", "b;c", ""]);
    assert_eq!(recs[0].field_count, 3);
    assert_eq!(recs[0].filled_width, 2);
    assert_eq!(recs[0].raw, "a;\"b;c\";");
    assert_eq!(recs[1].filled_width, 0);
    assert_eq!(recs[1].line, 2);
    assert_eq!(recs[2].fields, vec!["x\"y"]);
    assert_eq!(recs[2].line, 3);
}

// ---- Headers ---------------------------------------------------------------------------

#[test]
fn header_in_english_in_any_order_any_case() {
    let b = read("  APPROACH ;Target; project ;Budget\nnetwork;10;Ingerfair;286.000\n");
    assert_eq!(
        valid(&b),
        vec![row(2, "Ingerfair", kr(286_000), 10, Approach::Network)]
    );
}

#[test]
fn header_in_danish_in_any_order_with_units_and_extra_columns() {
    let b = read(
        "Kommentar;Resultatmål;Tilgang;Ansøgt beløb (kr.);Projekt;CVR\n\
         ring tilbage;22;Forløb;1.658.378;ISS;12345678\n\
         ;30;netværk;479.482,08;Quick Care;\n",
    );
    assert_eq!(
        valid(&b),
        vec![
            row(2, "ISS", kr(1_658_378), 22, Approach::Course),
            row(
                3,
                "Quick Care",
                Money::from_ore(47_948_208),
                30,
                Approach::Network
            ),
        ]
    );
}

#[test]
fn every_header_name_is_recognised() {
    let names = [
        ("Projekt", Column::Name),
        ("project", Column::Name),
        ("Projektnavn", Column::Name),
        ("Beløb", Column::Budget),
        ("Ansøgt beløb", Column::Budget),
        ("ANSØGT  BELØB", Column::Budget),
        ("Ansøgt beløb (kr.)", Column::Budget),
        ("Budget", Column::Budget),
        ("Resultatmål", Column::Target),
        ("Resultatmål:", Column::Target),
        ("target", Column::Target),
        ("Tilgang", Column::Approach),
        ("Approach", Column::Approach),
        // The words Danish spreadsheets use, with or without units.
        ("Ansøgt tilskud (kr.)", Column::Budget),
        ("Beløb", Column::Budget),
        ("Beløb i kr.", Column::Budget),
        ("Ansøgt beløb, DKK", Column::Budget),
        ("Tilskud kr.", Column::Budget),
        ("Antal ansættelser", Column::Target),
        ("Forventede ansættelser (antal)", Column::Target),
        ("Ansøger", Column::Name),
        ("Ansøgers navn:", Column::Name),
        ("Metode", Column::Approach),
    ];
    for (text, column) in names {
        assert_eq!(Column::from_header(text), Some(column), "{text}");
    }
    for text in [
        "",
        "Navn",
        "Kommentar",
        "Beløb i alt",
        "Code of Care",
        "kr.",
        "Ansættelser før første rate",
        "Enhedspris (kr.)",
    ] {
        assert_eq!(Column::from_header(text), None, "{text}");
    }
}

#[test]
fn without_a_header_the_columns_stand_in_order() {
    let b = read("Projekt X;100.000;10;network\n");
    // "Projekt X" is no header word, and 100.000 is an amount.
    assert_eq!(
        valid(&b),
        vec![row(1, "Projekt X", kr(100_000), 10, Approach::Network)]
    );
    // A project called "Budget" with figures is data, not a header.
    let b = read("Budget;100.000;10;network\n");
    assert_eq!(valid(&b)[0].1, "Budget");
}

#[test]
fn a_header_without_a_column_or_with_one_twice_stops_the_batch() {
    assert_eq!(
        read_batch("Projekt;Beløb;Tilgang\nA;1;network"),
        Err(BatchError::MissingColumn {
            column: Column::Target,
            line: 1
        })
    );
    assert_eq!(
        read_batch("\n\nProjekt;Beløb;Resultatmål;Tilgang;Budget\n"),
        Err(BatchError::DuplicateColumn {
            column: Column::Budget,
            line: 3
        })
    );
    let message = Da::batch_error(&BatchError::MissingColumn {
        column: Column::Target,
        line: 1,
    });
    assert!(message.contains("»Resultatmål«"), "{message}");
}

#[test]
fn only_a_header_gives_an_empty_batch() {
    let b = read("Projekt;Beløb;Resultatmål;Tilgang\r\n");
    assert!(b.rows.is_empty() && b.invalid.is_empty());
    let s = summarize(&b.rows);
    assert_eq!(s.applications, 0);
    assert_eq!(s.unit_price, None);
}

#[test]
fn empty_text_and_blank_lines_give_an_empty_batch() {
    for text in [
        "",
        "\u{feff}",
        "\n\n",
        "  \r\n\t\r\n",
        ";;;\n;;;",
        "\"\";\"\"",
    ] {
        let b = read(text);
        assert!(b.rows.is_empty() && b.invalid.is_empty(), "{text:?}");
    }
}

// ---- Broken rows ---------------------------------------------------------------------

#[test]
fn wrong_column_counts() {
    let b = read("A;1000;1\nB;1000;1;network;extra\nC\nD;1000;1;network;;\n\nE;1000;1;network");
    assert_eq!(
        invalid(&b),
        vec![
            (
                1,
                vec![RowError::ColumnCount {
                    expected: 4,
                    found: 3,
                    separator: Separator::Semicolon
                }]
            ),
            (
                2,
                vec![RowError::ColumnCount {
                    expected: 4,
                    found: 5,
                    separator: Separator::Semicolon
                }]
            ),
            (
                3,
                vec![RowError::ColumnCount {
                    expected: 4,
                    found: 1,
                    separator: Separator::Semicolon
                }]
            ),
        ]
    );
    // Trailing empty fields, as Excel writes them, are fine.
    assert_eq!(
        valid(&b).iter().map(|r| r.0).collect::<Vec<_>>(),
        vec![4, 6]
    );
    assert_eq!(b.invalid[0].name.as_deref(), Some("A"));
    assert_eq!(b.invalid[0].raw, "A;1000;1");
}

#[test]
fn columns_beyond_a_headers_width_are_refused_unless_empty() {
    let b = read("Projekt;Beløb;Resultatmål;Tilgang\nA;1000;1;network;;;\nB;1000;1;network;x\n");
    assert_eq!(valid(&b).len(), 1);
    assert_eq!(
        invalid(&b),
        vec![(
            3,
            vec![RowError::ColumnCount {
                expected: 4,
                found: 5,
                separator: Separator::Semicolon
            }]
        )]
    );
}

#[test]
fn a_row_too_wide_is_counted_up_to_its_last_field_filled_in() {
    // Seven fields, five up to the last filled in: the message says five, as the
    // trailing empty ones would not have counted in a row of the right width.
    let b = read("A;1000;1;network;extra;;");
    assert_eq!(
        invalid(&b),
        vec![(
            1,
            vec![RowError::ColumnCount {
                expected: 4,
                found: 5,
                separator: Separator::Semicolon
            }]
        )]
    );
    let message = Da::batch_row_error(&b.invalid[0].reasons[0]);
    assert!(
        message.starts_with("Linjen har 5 kolonner, men der skal være 4:"),
        "{message}"
    );
}

#[test]
fn a_very_long_row_is_counted_not_kept() {
    let line = format!("A;1000;1;network{}", ";x".repeat(10_000));
    let b = read(&line);
    assert_eq!(
        invalid(&b),
        vec![(
            1,
            vec![RowError::ColumnCount {
                expected: 4,
                found: 10_004,
                separator: Separator::Semicolon
            }]
        )]
    );
    let recs: Vec<_> = records(&line, Separator::Semicolon).collect();
    assert_eq!(recs[0].fields.len(), MAX_FIELDS);
    assert_eq!(recs[0].field_count, 10_004);
}

#[test]
fn unknown_and_missing_approach() {
    let b = read("A;1000;1;netværksdrift\nB;1000;1;\nC;1000;1;  FORLØB ");
    assert_eq!(
        invalid(&b),
        vec![
            (1, vec![RowError::UnknownApproach("netværksdrift".into())]),
            (2, vec![RowError::MissingApproach]),
        ]
    );
    assert_eq!(valid(&b), vec![row(3, "C", kr(1000), 1, Approach::Course)]);
    assert_eq!(
        Da::batch_row_error(&b.invalid[0].reasons[0]),
        Da::approach_error("netværksdrift")
    );
}

#[test]
fn every_approach_word() {
    for (word, approach) in [
        ("netværk", Approach::Network),
        ("Netværkstilgang", Approach::Network),
        ("network", Approach::Network),
        ("forløb", Approach::Course),
        ("Forløbstilgang", Approach::Course),
        ("course", Approach::Course),
        ("HYBRID", Approach::Hybrid),
        ("hybridtilgang", Approach::Hybrid),
    ] {
        let b = read(&format!("A;1000;1;{word}"));
        assert_eq!(valid(&b)[0].4, approach, "{word}");
    }
}

#[test]
fn amounts_and_targets_fail_for_the_single_calculators_reasons() {
    let cases = [
        ("abc", "17"),
        ("-100", "17"),
        ("0", "17"),
        ("5.64.208", "17"),
        ("1,234", "17"),
        ("100 %", "17"),
        ("2.000.000.000", "17"),
        ("", "17"),
        ("1000", "0"),
        ("1000", "1,5"),
        ("1000", "-3"),
        ("1000", "ti"),
        ("1000", "100.001"),
        ("1000", ""),
    ];
    for (budget, target) in cases {
        let b = read_batch(&format!("A\t{budget}\t{target}\tnetwork")).unwrap();
        let mut expected = Vec::new();
        if let Err(e) = parse_positive_amount(budget) {
            expected.push(RowError::Budget(e));
        }
        if let Err(e) = parse_target(target) {
            expected.push(RowError::Target(e));
        }
        assert!(!expected.is_empty());
        assert_eq!(invalid(&b), vec![(1, expected)], "{budget:?} {target:?}");
    }
}

#[test]
fn all_reasons_of_a_row_at_once_with_the_calculators_messages() {
    let b = read(";nul;-1;bil");
    assert_eq!(
        invalid(&b),
        vec![(
            1,
            vec![
                RowError::MissingName,
                RowError::Budget(AmountError::Letters),
                RowError::Target(CountError::Negative),
                RowError::UnknownApproach("bil".into()),
            ]
        )]
    );
    assert_eq!(b.invalid[0].name, None);
    assert_eq!(
        Da::batch_row_error(&RowError::Budget(AmountError::Letters)),
        format!("Ansøgt beløb: {}", Da::amount_error(&AmountError::Letters))
    );
    assert_eq!(
        Da::batch_row_error(&RowError::Target(CountError::Negative)),
        format!("Resultatmål: {}", Da::count_error(&CountError::Negative))
    );
}

#[test]
fn invalid_rows_do_not_stop_the_valid_ones() {
    let b = read("Projekt;Beløb;Resultatmål;Tilgang\nA;1.000;1;network\nB;x;1;network\n\nC;2.000;2;course\nD;3.000;3\n");
    assert_eq!(
        valid(&b).iter().map(|r| r.0).collect::<Vec<_>>(),
        vec![2, 5]
    );
    assert_eq!(
        b.invalid.iter().map(|r| r.line).collect::<Vec<_>>(),
        vec![3, 6]
    );
}

#[test]
fn binary_garbage_never_panics() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..200 {
        let len = (round * 37) % 3000;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed >> 24) as u8
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(b) = read_batch(&text) {
            let lines = line_count(&text);
            for line in b
                .rows
                .iter()
                .map(|r| r.line)
                .chain(b.invalid.iter().map(|r| r.line))
            {
                assert!((1..=lines).contains(&line));
            }
        }
    }
    let b = read("\u{0}\u{1}\u{fffd}\u{fffd};\u{7f}\n\u{fffd}PNG\r\n\u{1a}\n");
    assert!(b.rows.is_empty());
}

#[test]
fn a_name_with_the_exports_apostrophe_is_read_without_it() {
    let b =
        read("'=1+2;1000;1;network\n'-1;1000;1;network\n'Oles;1000;1;network\n''=x;1000;1;network");
    let names: Vec<String> = valid(&b).into_iter().map(|r| r.1).collect();
    assert_eq!(names, ["=1+2", "-1", "'Oles", "'=x"]);
}

// ---- Caps ------------------------------------------------------------------------------

fn rows_text(n: usize) -> String {
    let mut text = String::from("Projekt;Beløb;Resultatmål;Tilgang\r\n");
    for i in 0..n {
        text.push_str(&format!(
            "Projekt nr. {i};{}.000;{};netværk\r\n",
            100 + i % 900,
            1 + i % 50
        ));
    }
    text
}

#[test]
fn five_thousand_rows_are_checked() {
    let b = read(&rows_text(MAX_ROWS));
    assert_eq!(b.rows.len(), MAX_ROWS);
    assert_eq!(b.rows.last().unwrap().line, MAX_ROWS + 1);
}

#[test]
fn one_row_more_is_refused() {
    assert_eq!(
        read_batch(&rows_text(MAX_ROWS + 1)),
        Err(BatchError::TooManyRows { max: MAX_ROWS })
    );
    // Invalid rows count too; blank lines do not.
    let mut text = "x\n\n".repeat(MAX_ROWS);
    assert_eq!(read(&text).invalid.len(), MAX_ROWS);
    text.push('y');
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TooManyRows { max: MAX_ROWS })
    );
    assert!(Da::batch_error(&BatchError::TooManyRows { max: MAX_ROWS }).contains("5.000"));
}

#[test]
fn more_than_one_mebibyte_is_refused_before_reading() {
    let text = "\n".repeat(MAX_BYTES);
    assert!(read(&text).rows.is_empty());
    let text = "æ".repeat(MAX_BYTES / 2 + 1);
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TooLarge {
            bytes: MAX_BYTES + 2,
            max: MAX_BYTES
        })
    );
    let message = Da::batch_error(&BatchError::TooLarge {
        bytes: MAX_BYTES + 2,
        max: MAX_BYTES,
    });
    assert!(message.contains("1.048.578"), "{message}");
}

#[test]
fn more_than_sixteen_mebibytes_of_text_is_refused_before_reading() {
    let text = " ".repeat(MAX_TEXT_BYTES + 1);
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TextTooLarge {
            bytes: MAX_TEXT_BYTES + 1,
            max: MAX_TEXT_BYTES
        })
    );
    assert!(read(&" ".repeat(MAX_TEXT_BYTES)).rows.is_empty());
    let message = Da::batch_error(&BatchError::TextTooLarge {
        bytes: MAX_TEXT_BYTES + 1,
        max: MAX_TEXT_BYTES,
    });
    assert!(
        message.contains("16.777.217") && message.contains("16 MiB"),
        "{message}"
    );
}

#[test]
fn only_the_kept_fields_count_towards_the_mebibyte() {
    // Figures, separators, quotes and padding are not counted; names are.
    let name = "n".repeat(MAX_BYTES / 2);
    let text = format!(
        "\"{name}\"   ;   100.000   ;10;netværk\n\n\n{name};\"1.000\";1;forløb\n{}",
        " ".repeat(MAX_BYTES)
    );
    assert_eq!(read(&text).rows.len(), 2);
    let text = format!("{name};1;1;netværk\n{name}x;1;1;netværk\n");
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TooLarge {
            bytes: MAX_BYTES + 1,
            max: MAX_BYTES
        })
    );
    // Every field of a rejected row counts.
    let text = format!("{name};1;1;netværk\n{};x\n", "r".repeat(MAX_BYTES / 2));
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TooLarge {
            bytes: MAX_BYTES + 1,
            max: MAX_BYTES
        })
    );
}

#[test]
fn a_full_mebibyte_of_rows_is_read_quickly() {
    let mut text = rows_text(MAX_ROWS);
    let pad = MAX_BYTES - text.len();
    text.push_str(&" ".repeat(pad));
    assert_eq!(text.len(), MAX_BYTES);
    let start = std::time::Instant::now();
    assert_eq!(read(&text).rows.len(), MAX_ROWS);
    // Generous even for an unoptimised build; the point is "no freeze".
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

#[test]
fn quotes_that_never_close_on_every_line_do_not_make_reading_slow() {
    // From every line start, `"b` opens a quote that the next line's `"a` closes and
    // its `"b` reopens: each line's record would run to the end of the text.
    let start = std::time::Instant::now();
    let text = "\"a\";\"b\n".repeat(MAX_ROWS - 1);
    let b = read(&text);
    assert_eq!(b.invalid.len(), MAX_ROWS - 1);
    assert!(b
        .invalid
        .iter()
        .all(|r| r.reasons == [RowError::UnclosedQuote]));
    assert_eq!(b.invalid[17].line, 18);
    assert_eq!(b.invalid[17].raw, "\"a\";\"b");
    let text = "\"a\";\"b\r\n".repeat(MAX_BYTES / 8);
    assert_eq!(
        read_batch(&text),
        Err(BatchError::TooManyRows { max: MAX_ROWS })
    );
    // Many quotes after a long run of spaces in one unquoted field.
    let text = format!(
        " {}x{}",
        " ".repeat(MAX_BYTES / 2),
        "\"".repeat(MAX_BYTES / 3)
    );
    assert!(read_batch(&text).is_ok());
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

// ---- Derived figures, summary --------------------------------------------------------------

fn round_one_as_text() -> String {
    let mut text = String::from("Projekt;Ansøgt beløb;Resultatmål;Tilgang\n");
    for p in PROJECTS {
        let approach = if p.hybrid_in_bilag_a {
            "hybrid"
        } else {
            p.approach.code()
        };
        text.push_str(&format!(
            "{};{};{};{}\n",
            p.name,
            p.grant
                .to_number(puljeberegner::domain::money::NumberFormat::Danish),
            p.target,
            approach
        ));
    }
    text
}

#[test]
fn each_row_gets_unit_price_threshold_rank_and_flags() {
    let b = read(&round_one_as_text());
    assert_eq!(b.rows.len(), 9);
    for (r, p) in b.rows.iter().zip(PROJECTS) {
        assert_eq!(r.name, p.name);
        assert_eq!(r.unit_price, p.unit_price_table3, "{}", p.name);
    }
    let code_of_care = &b.rows[0];
    assert_eq!(code_of_care.threshold_hires, 115);
    // Five round-one prices are lower than 24.561; a tie places the application first.
    assert_eq!(code_of_care.rank, 6);
    assert!(code_of_care.flags.is_empty());
    let khrs = &b.rows[4];
    assert_eq!(khrs.threshold_hires, 9);
    assert_eq!(khrs.rank, 8);
    assert_eq!(
        khrs.flags,
        vec![Flag::UnitPriceAboveTwiceGroupAverage {
            unit_price: kr(70_738),
            group_average: kr(34_006),
            group: Approach::Course
        }]
    );
    assert_eq!(b.rows[3].approach, Approach::Hybrid);
}

#[test]
fn check_row_is_what_the_reader_uses() {
    let app = Application {
        budget: kr(1_202_550),
        target: 17,
    };
    let r = check_row(7, "KHRS".into(), app, Approach::Course);
    assert_eq!(r, read("\n\n\n\n\n\nKHRS;1.202.550;17;forløb").rows[0]);
}

#[test]
fn summary_of_round_one_is_round_ones_average() {
    let b = read(&round_one_as_text());
    let s = summarize(&b.rows);
    assert_eq!(s.applications, 9);
    assert_eq!(s.total_budget, kr(14_297_998));
    assert_eq!(s.total_target, 630);
    assert_eq!(s.unit_price, Some(kr(22_695)));
    assert_eq!(s.round_one_average, kr(22_695));
    assert_eq!(
        s.per_approach,
        [
            (Approach::Network, 5),
            (Approach::Course, 3),
            (Approach::Hybrid, 1)
        ]
    );
    // ISS and KHRS above twice the course average, Randers below half the network one.
    assert_eq!(s.flagged, 3);
}

#[test]
fn summary_truncates_the_overall_unit_price_and_sums_in_ore() {
    let b = read("A;1.000,50;2;network\nB;999,99;1;course\n");
    let s = summarize(&b.rows);
    assert_eq!(s.total_budget, Money::from_ore(200_049));
    assert_eq!(s.total_target, 3);
    assert_eq!(s.unit_price, Some(kr(666)));
}

// ---- Sorting ---------------------------------------------------------------------------

fn names(rows: &[CheckedRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

#[test]
fn sorts_by_every_column_both_ways() {
    let mut rows = read(&round_one_as_text()).rows;
    sort_rows(&mut rows, SortColumn::UnitPrice, SortDirection::Ascending);
    assert_eq!(
        names(&rows),
        [
            "Randers HK og DISCUS",
            "Quick Care",
            "AOF Midt",
            "Marselisborg",
            "SUMAK",
            "Code of Care",
            "Ingerfair",
            "KHRS",
            "ISS"
        ]
    );
    sort_rows(&mut rows, SortColumn::UnitPrice, SortDirection::Descending);
    assert_eq!(names(&rows)[0], "ISS");
    sort_rows(&mut rows, SortColumn::Budget, SortDirection::Descending);
    assert_eq!(names(&rows)[..2], ["Code of Care", "Marselisborg"]);
    sort_rows(&mut rows, SortColumn::Target, SortDirection::Ascending);
    assert_eq!(names(&rows)[..2], ["Ingerfair", "KHRS"]);
    sort_rows(
        &mut rows,
        SortColumn::ThresholdHires,
        SortDirection::Descending,
    );
    assert_eq!(names(&rows)[0], "Code of Care");
    sort_rows(&mut rows, SortColumn::Rank, SortDirection::Ascending);
    assert_eq!(names(&rows)[0], "Randers HK og DISCUS");
    sort_rows(&mut rows, SortColumn::Name, SortDirection::Ascending);
    assert_eq!(
        names(&rows),
        [
            "AOF Midt",
            "Code of Care",
            "Ingerfair",
            "ISS",
            "KHRS",
            "Marselisborg",
            "Quick Care",
            "Randers HK og DISCUS",
            "SUMAK"
        ]
    );
    sort_rows(&mut rows, SortColumn::Line, SortDirection::Descending);
    assert_eq!(names(&rows)[0], "Ingerfair");
    sort_rows(&mut rows, SortColumn::Line, SortDirection::Ascending);
    assert_eq!(names(&rows)[0], "Code of Care");
}

#[test]
fn sorting_is_stable_in_both_directions() {
    let mut rows = read(&round_one_as_text()).rows;
    sort_rows(&mut rows, SortColumn::Approach, SortDirection::Ascending);
    assert_eq!(
        names(&rows),
        [
            "Code of Care",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Quick Care",
            "Ingerfair",
            "ISS",
            "KHRS",
            "SUMAK",
            "AOF Midt"
        ]
    );
    // Descending reverses the groups, not the order inside them.
    sort_rows(&mut rows, SortColumn::Line, SortDirection::Ascending);
    sort_rows(&mut rows, SortColumn::Approach, SortDirection::Descending);
    assert_eq!(
        names(&rows),
        [
            "AOF Midt",
            "ISS",
            "KHRS",
            "SUMAK",
            "Code of Care",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Quick Care",
            "Ingerfair"
        ]
    );
    sort_rows(&mut rows, SortColumn::Line, SortDirection::Ascending);
    sort_rows(&mut rows, SortColumn::Flags, SortDirection::Descending);
    assert_eq!(names(&rows)[..3], ["ISS", "KHRS", "Randers HK og DISCUS"]);
}

#[test]
fn names_sort_in_danish_order_ignoring_case() {
    let mut rows = read("århus;1000;1;network\nÆrø;1000;1;network\nzealand;1000;1;network\nØsterbro;1000;1;network\nAalborg;1000;1;network\nbornholm;1000;1;network").rows;
    sort_rows(&mut rows, SortColumn::Name, SortDirection::Ascending);
    assert_eq!(
        names(&rows),
        ["bornholm", "zealand", "Ærø", "Østerbro", "Aalborg", "århus"]
    );
}

// ---- Never a panic -----------------------------------------------------------------------

fn check_lines(text: &str) -> Result<(), TestCaseError> {
    if let Ok(b) = read_batch(text) {
        let lines = line_count(text);
        for line in b
            .rows
            .iter()
            .map(|r| r.line)
            .chain(b.invalid.iter().map(|r| r.line))
        {
            prop_assert!((1..=lines).contains(&line), "line {} of {}", line, lines);
        }
        let mut last = 0;
        for line in b.invalid.iter().map(|r| r.line) {
            prop_assert!(line > last);
            last = line;
        }
        for r in &b.invalid {
            prop_assert!(!r.reasons.is_empty());
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_is_read_without_a_panic(text in "\\PC{0,3000}") {
        check_lines(&text)?;
    }

    #[test]
    fn any_spreadsheet_like_text_is_read_without_a_panic(
        text in "[A-Za-zæøå0-9 .,;\t\"'\r\n=-]{0,3000}"
    ) {
        check_lines(&text)?;
    }

    #[test]
    fn any_bytes_are_read_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4000)) {
        check_lines(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn row_lines_follow_the_text(blank in proptest::collection::vec(0usize..3, 1..40), ending in prop::sample::select(vec!["\n", "\r\n", "\r"])) {
        let mut text = String::new();
        let mut line = 1;
        let mut expected = Vec::new();
        for b in &blank {
            for _ in 0..*b {
                text.push_str(ending);
                line += 1;
            }
            expected.push(line);
            text.push_str("A;1.000;1;network");
            text.push_str(ending);
            line += 1;
        }
        let got: Vec<usize> = read(&text).rows.iter().map(|r| r.line).collect();
        prop_assert_eq!(got, expected);
    }
}

#[test]
fn sorts_by_the_caseworkers_own_columns() {
    let text = "Sagsnr;Projekt;Ansøgt beløb;Resultatmål;Tilgang;Løbenr\n\
        2026-0101;A;1.000.000;10;netværk;10\n\
        2026-0099;B;1.000.000;10;netværk;9\n\
        2026-0100;C;1.000.000;10;netværk;100\n";
    let mut rows = read(text).rows;
    assert_eq!(rows[0].extra, ["2026-0101", "10"]);
    // A case number by its characters; written to one width, in its order.
    sort_rows(&mut rows, SortColumn::Own(0), SortDirection::Ascending);
    assert_eq!(names(&rows), ["B", "C", "A"]);
    sort_rows(&mut rows, SortColumn::Own(0), SortDirection::Descending);
    assert_eq!(names(&rows), ["A", "C", "B"]);
    // Whole numbers by their value: 9 before 10 before 100.
    sort_rows(&mut rows, SortColumn::Own(1), SortDirection::Ascending);
    assert_eq!(names(&rows), ["B", "A", "C"]);
    // A column past the row's own: the same empty text, the order kept.
    sort_rows(&mut rows, SortColumn::Own(7), SortDirection::Descending);
    assert_eq!(names(&rows), ["B", "A", "C"]);
    assert_eq!(own_order("9", "10"), std::cmp::Ordering::Less);
    assert_eq!(own_order("b", "Æ"), std::cmp::Ordering::Less);
    assert_eq!(own_order("10", "9x"), std::cmp::Ordering::Less);
}

#[test]
fn a_sort_is_written_and_read_back_as_words() {
    let mut all: Vec<SortColumn> = SortColumn::FIXED.to_vec();
    all.extend([SortColumn::Own(0), SortColumn::Own(11)]);
    for c in all {
        assert_eq!(SortColumn::from_code(&c.code()), Some(c), "{c:?}");
    }
    assert_eq!(SortColumn::UnitPrice.code(), "unit-price");
    assert_eq!(SortColumn::Own(0).code(), "own-1");
    for bad in [
        "",
        "own",
        "own-0",
        "own-01",
        "own--1",
        "own-x",
        "Line",
        "unit price",
    ] {
        assert_eq!(SortColumn::from_code(bad), None, "{bad:?}");
    }
    for d in [SortDirection::Ascending, SortDirection::Descending] {
        assert_eq!(SortDirection::from_code(d.code()), Some(d));
    }
    assert_eq!(SortDirection::from_code("up"), None);
}
