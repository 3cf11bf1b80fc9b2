//! The batch check as the English page reads it: amounts as the English calculator reads
//! them and Danish ones where that reading fails on the marks, the common English
//! headings, and every message in English; the Danish page's reading unchanged. Both
//! builds (the domain reads in either language; both languages' texts are compiled in).

use puljeberegner::domain::amount_input::AmountError;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::batch::*;
use puljeberegner::domain::count_input::CountError;
use puljeberegner::domain::csv_export::export_batch;
use puljeberegner::domain::money::Money;
use puljeberegner::pages::Lang;
use puljeberegner::texts::batch::{csv_texts, BatchTexts};
use puljeberegner::texts::{da::Da, en::En, Texts};

use crate::support::kr;

/// A text read as the English page reads it (not keeping the page's own columns).
fn read_en(text: &str) -> Result<Batch, BatchError> {
    read_batch_with_choice(
        text,
        &csv_texts::<En>().own_columns(),
        &ColumnChoice::default(),
        Language::English,
    )
}

fn en(text: &str) -> Batch {
    read_en(text).unwrap_or_else(|e| panic!("{e:?} for {text:?}"))
}

/// (name, budget, target, approach) of every valid row.
fn valid(batch: &Batch) -> Vec<(String, Money, u32, Approach)> {
    batch
        .rows
        .iter()
        .map(|r| {
            (
                r.name.clone(),
                r.application.budget,
                r.application.target,
                r.approach,
            )
        })
        .collect()
}

/// Every reason of every rejected row, as the English page says it.
fn english_reasons(batch: &Batch) -> Vec<String> {
    batch
        .invalid
        .iter()
        .flat_map(|r| r.reasons.iter().map(En::batch_row_error))
        .collect()
}

#[test]
fn each_page_reads_the_batch_in_its_own_language() {
    assert_eq!(Lang::En.batch_language(), Language::English);
    assert_eq!(Lang::Da.batch_language(), Language::Danish);
}

// ---- amounts ------------------------------------------------------------------------

#[test]
fn english_amounts_are_read_as_the_english_calculator_reads_them() {
    let b = en("name\tamount\ttarget\tapproach\n\
         A\t1,250,000\t10\tnetwork\n\
         B\t1,250,000.50\t10\tcourse\n\
         C\t1250000\t10\thybrid\n\
         D\tDKK 1,250,000\t1,000\tnetwork\n\
         E\t1 250 000\t10\tnetwork\n\
         F\t1.25 million\t10\tnetwork\n");
    assert!(b.invalid.is_empty(), "{:?}", english_reasons(&b));
    assert_eq!(
        valid(&b),
        [
            ("A".into(), kr(1_250_000), 10, Approach::Network),
            (
                "B".into(),
                Money::from_ore(125_000_050),
                10,
                Approach::Course
            ),
            ("C".into(), kr(1_250_000), 10, Approach::Hybrid),
            ("D".into(), kr(1_250_000), 1_000, Approach::Network),
            ("E".into(), kr(1_250_000), 10, Approach::Network),
            ("F".into(), kr(1_250_000), 10, Approach::Network),
        ]
    );
}

#[test]
fn danish_amounts_are_read_where_the_english_reading_fails_on_the_marks() {
    let b = en("Projekt;Ansøgt beløb;Resultatmål;Tilgang\n\
         A;1.250.000;10;netværk\n\
         B;1.234.567,50;10;forløb\n\
         C;797.600;100;netværk\n\
         D;kr. 475.000,-;21;forløb\n\
         E;1234567,50;1.000;hybrid\n");
    assert!(b.invalid.is_empty(), "{:?}", english_reasons(&b));
    let budgets: Vec<Money> = b.rows.iter().map(|r| r.application.budget).collect();
    assert_eq!(
        budgets,
        [
            kr(1_250_000),
            Money::from_ore(123_456_750),
            kr(797_600),
            kr(475_000),
            Money::from_ore(123_456_750),
        ]
    );
    assert_eq!(b.rows[4].application.target, 1_000);
}

/// The written rule for a comma or point that could be either format's: neither writes
/// three decimals, so before exactly three digits it groups thousands; before one or two
/// it starts the decimals.
#[test]
fn a_comma_or_point_before_three_digits_groups_thousands_in_either_format() {
    for (text, amount) in [
        ("1,250", kr(1_250)),
        ("1.250", kr(1_250)),
        ("12,500", kr(12_500)),
        ("12.500", kr(12_500)),
        ("1,25", Money::from_ore(125)),
        ("1.25", Money::from_ore(125)),
        ("1,5", Money::from_ore(150)),
        ("1.5", Money::from_ore(150)),
    ] {
        assert_eq!(Language::English.read_amount(text), Ok(amount), "{text}");
    }
    // What neither format reads is rejected, for the English reading's reason, in English.
    for (text, reason, says) in [
        (
            "1,2500",
            AmountError::MalformedGrouping,
            "Commas or spaces must separate groups of three digits",
        ),
        (
            "1.2500",
            AmountError::TooManyDecimals,
            "At most two decimals after the point",
        ),
        (
            "1,250.5.0",
            AmountError::MalformedDecimals,
            "Use one point, only before the decimal part",
        ),
    ] {
        assert_eq!(
            Language::English.read_amount(text),
            Err(reason.clone()),
            "{text}"
        );
        let b = en(&format!("A\t{text}\t10\tnetwork"));
        assert_eq!(
            english_reasons(&b),
            [format!("Amount applied for: {}", En::amount_error(&reason))]
        );
        assert!(english_reasons(&b)[0].contains(says), "{text}");
    }
    // When the Danish reading gets past the marks and finds the amount too large or zero,
    // that is the reason given.
    assert_eq!(
        Language::English.read_amount("2.000.000.000"),
        Err(AmountError::TooLarge)
    );
    assert_eq!(
        Language::English.read_amount("0,00"),
        Err(AmountError::Zero)
    );
    // Millions as the English calculator reads them: `1,250 mio` is 1,250 million, too
    // large, not the Danish 1,25 mio.
    assert_eq!(
        Language::English.read_amount("1,250 million"),
        Err(AmountError::TooLarge)
    );
    assert_eq!(
        Language::English.read_amount("1.250 mio"),
        Ok(kr(1_250_000))
    );
}

#[test]
fn the_danish_page_reads_danish_amounts_only_as_before() {
    let b = read_batch("A;1,250,000;10;network\nB;1,250;10;network\nC;1.250;10;network\n").unwrap();
    assert_eq!(b.rows.len(), 1);
    assert_eq!(b.rows[0].application.budget, kr(1_250));
    assert_eq!(
        b.invalid.iter().map(|r| &r.reasons[..]).collect::<Vec<_>>(),
        [
            &[RowError::Budget(AmountError::MalformedDecimals)][..],
            &[RowError::Budget(AmountError::TooManyDecimals)][..],
        ]
    );
    assert_eq!(
        Da::batch_row_error(&b.invalid[0].reasons[0]),
        "Ansøgt beløb: Brug ét komma, og kun før øre. Skriv fx 1.234.567,50 eller 1.234.567,-."
    );
}

// ---- headings -----------------------------------------------------------------------

#[test]
fn the_english_page_knows_the_common_english_headings_in_any_case() {
    let headings = [
        ("name", Column::Name),
        ("NAME", Column::Name),
        ("Name:", Column::Name),
        ("Applicant", Column::Name),
        ("Applicant name", Column::Name),
        ("Project name", Column::Name),
        ("Project title", Column::Name),
        ("Organisation", Column::Name),
        ("Organization name", Column::Name),
        ("amount", Column::Budget),
        ("Amount (DKK)", Column::Budget),
        ("Amount in DKK", Column::Budget),
        ("Amount, DKK", Column::Budget),
        ("Budget", Column::Budget),
        ("Amount applied for", Column::Budget),
        ("Amount requested", Column::Budget),
        ("Requested amount", Column::Budget),
        ("Grant requested", Column::Budget),
        ("Grant", Column::Budget),
        ("target", Column::Target),
        ("Hires", Column::Target),
        ("Target hires", Column::Target),
        ("Number of hires", Column::Target),
        ("Expected hires", Column::Target),
        ("Planned hires", Column::Target),
        ("Target (hires)", Column::Target),
        ("approach", Column::Approach),
        ("Method", Column::Approach),
        ("APPROACH TYPE", Column::Approach),
        // The Danish ones too: a sheet from a Danish colleague.
        ("Projekt", Column::Name),
        ("Ansøgt beløb (kr.)", Column::Budget),
        ("Resultatmål", Column::Target),
        ("Tilgang", Column::Approach),
    ];
    for (text, column) in headings {
        assert_eq!(
            Column::from_header_in(text, Language::English),
            Some(column),
            "{text}"
        );
    }
    // Headings that could mean something else are not read as one of the four.
    for text in [
        "Navn",
        "Total",
        "Title",
        "Type",
        "Amount in total",
        "Comment",
        "",
    ] {
        assert_eq!(
            Column::from_header_in(text, Language::English),
            None,
            "{text}"
        );
    }
    // The English page's own export's columns are none of the four.
    for heading in csv_texts::<En>().own_columns() {
        assert_eq!(
            Column::from_header_in(heading, Language::English),
            None,
            "{heading}"
        );
    }
    // The Danish page reads its headings as before: the English ones it knew, not the
    // ones only the English page knows.
    for (text, column) in headings {
        let known_before = [
            "Applicant",
            "Project name",
            "amount",
            "Amount (DKK)",
            "Amount, DKK",
            "Budget",
            "Amount applied for",
            "Grant",
            "target",
            "Hires",
            "Target hires",
            "Target (hires)",
            "approach",
            "Projekt",
            "Ansøgt beløb (kr.)",
            "Resultatmål",
            "Tilgang",
        ]
        .contains(&text);
        assert_eq!(
            Column::from_header(text),
            known_before.then_some(column),
            "{text}"
        );
    }
}

#[test]
fn a_batch_with_english_headings_in_any_order() {
    let b = en("Method,Hires,NAME,Amount in DKK,Case no.\n\
         network,20,Alpha,\"1,250,000\",2024-1\n\
         course,17,Beta,\"1,202,550.50\",2024-2\n");
    assert_eq!(b.separator, Separator::Comma);
    assert_eq!(
        valid(&b),
        [
            ("Alpha".into(), kr(1_250_000), 20, Approach::Network),
            (
                "Beta".into(),
                Money::from_ore(120_255_050),
                17,
                Approach::Course
            ),
        ]
    );
    assert_eq!(b.extra_headers, ["Case no."]);
    // The Danish page does not know "Name" or "Method": it asks which column is which.
    assert!(matches!(
        read_batch("Method;Hires;Name;Amount\nnetwork;20;Alpha;1.250.000\n"),
        Err(BatchError::MissingColumn {
            column: Column::Name,
            ..
        })
    ));
    // The header the English page's column choice offers from knows them too.
    let header = Header::of("Name;Kroner;Hires;Method\n", Language::English).unwrap();
    assert_eq!(header.unnamed(), [Column::Budget]);
    assert_eq!(header.choices().collect::<Vec<_>>(), [(1, "Kroner")]);
    let header = Header::of("Name;Kroner;Hires;Method\n", Language::Danish).unwrap();
    assert_eq!(
        header.unnamed(),
        [Column::Name, Column::Budget, Column::Approach]
    );
}

#[test]
fn the_english_pages_own_export_reads_back_on_the_english_page() {
    let b = en("name;amount;target;approach;Case\n\
         Alpha;1,234,567.50;17;course;=1+1\n\
         Beta;1.25;1;network;x\n\
         Gamma;12x;0;bus;y\n");
    assert_eq!(b.rows.len(), 2);
    let texts = csv_texts::<En>();
    let csv = export_batch(&b.rows, &b.invalid, &b.extra_headers, texts);
    let back = en(&csv);
    assert_eq!(valid(&back), valid(&b));
    assert_eq!(back.extra_headers, b.extra_headers);
    assert_eq!(back.invalid.len(), 1);
    let csv = export_batch(&b.rows, &[], &b.extra_headers, texts);
    assert_eq!(valid(&en(&csv)), valid(&b));
}

// ---- messages -----------------------------------------------------------------------

/// Marks of Danish text: its letters, its quotation marks, its currency, its words.
fn assert_english(message: &str) {
    for danish in [
        "æ", "ø", "å", "Æ", "Ø", "Å", "»", "«", "kr.", " og ", " skal ", "Skriv", "Brug", "linje",
        "kolonne",
    ] {
        assert!(
            !message.contains(danish),
            "{danish:?} in the English message {message:?}"
        );
    }
}

#[test]
fn every_row_error_is_in_english_on_the_english_page() {
    // One rejected row for each reason the reader gives, read as the English page reads.
    let b = en("Name;Amount;Target;Approach\n\
         ;1,000;10;network\n\
         A;;10;network\n\
         B;12x;10;network\n\
         C;-5;10;network\n\
         D;100 %;10;network\n\
         E;1.2500;10;network\n\
         F;1,2500;10;network\n\
         G;1,250.5.0;10;network\n\
         H;2,000,000,000;10;network\n\
         I;0;10;network\n\
         J;12345678901234567890123456789012345678901;10;network\n\
         K;1,000;;network\n\
         L;1,000;ten;network\n\
         M;1,000;-1;network\n\
         N;1,000;2.5;network\n\
         O;1,000;1%;network\n\
         P;1,000;0;network\n\
         Q;1,000;100,001;network\n\
         R;1,000;12345678901234567890123456789012345678901;network\n\
         S;1,000;10;\n\
         T;1,000;10;bus\n\
         U;1,000;10\n\
         \"V;1,000;10;network\n");
    let reasons: Vec<&RowError> = b.invalid.iter().flat_map(|r| &r.reasons).collect();
    let expected = [
        RowError::MissingName,
        RowError::Budget(AmountError::Empty),
        RowError::Budget(AmountError::Letters),
        RowError::Budget(AmountError::Negative),
        RowError::Budget(AmountError::Symbol('%')),
        RowError::Budget(AmountError::TooManyDecimals),
        RowError::Budget(AmountError::MalformedGrouping),
        RowError::Budget(AmountError::MalformedDecimals),
        RowError::Budget(AmountError::TooLarge),
        RowError::Budget(AmountError::Zero),
        RowError::Budget(AmountError::TooLong),
        RowError::Target(CountError::Empty),
        RowError::Target(CountError::Letters),
        RowError::Target(CountError::Negative),
        RowError::Target(CountError::NotWhole),
        RowError::Target(CountError::Malformed),
        RowError::Target(CountError::TooSmall { min: 1 }),
        RowError::Target(CountError::TooLarge { max: 100_000 }),
        RowError::Target(CountError::TooLong),
        RowError::MissingApproach,
        RowError::UnknownApproach("bus".into()),
        RowError::ColumnCount {
            expected: 4,
            found: 3,
            separator: Separator::Semicolon,
        },
        RowError::UnclosedQuote,
    ];
    assert_eq!(reasons, expected.iter().collect::<Vec<_>>());
    for reason in expected.iter().chain([&RowError::ColumnCount {
        expected: 4,
        found: 5,
        separator: Separator::Comma,
    }]) {
        let message = En::batch_row_error(reason);
        assert_english(&message);
        assert_ne!(message, Da::batch_row_error(reason));
    }
    // The column's English name, then the English calculator's own message.
    assert_eq!(
        En::batch_row_error(&RowError::Budget(AmountError::Letters)),
        "Amount applied for: The amount may only hold digits and perhaps \"DKK\" or \"million\". Enter e.g. 1,250,000 or 1.25 million."
    );
    assert_eq!(
        En::batch_row_error(&RowError::Target(CountError::NotWhole)),
        format!("Target: {}", En::count_error(&CountError::NotWhole))
    );
    // With commas between the columns, the English way to write a comma in an amount.
    assert_eq!(
        En::batch_row_error(&RowError::ColumnCount {
            expected: 4,
            found: 5,
            separator: Separator::Comma
        }),
        "The line has 5 columns, but it needs 4: project, amount applied for, target and approach. The columns are separated by commas, so an amount with a comma in it must be in quotes, e.g. \"1,234,567.50\", or written without one: 1234567.50."
    );
}

#[test]
fn every_other_message_of_the_english_batch_page_is_in_english() {
    for e in [
        BatchError::TooLarge {
            bytes: MAX_BYTES + 1,
            max: MAX_BYTES,
        },
        BatchError::TextTooLarge {
            bytes: MAX_TEXT_BYTES + 1,
            max: MAX_TEXT_BYTES,
        },
        BatchError::TooManyRows { max: MAX_ROWS },
        BatchError::MissingColumn {
            column: Column::Budget,
            line: 1,
        },
        BatchError::DuplicateColumn {
            column: Column::Name,
            line: 1,
        },
    ] {
        assert_english(&En::batch_error(&e));
    }
    for column in Column::ALL {
        assert_english(&En::choice_missing(column));
        assert_english(En::column(column));
        for by in Column::ALL {
            assert_english(&En::choice_taken(column, by));
        }
    }
    for encoding in [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1252,
    ] {
        assert_english(En::encoding_read(encoding));
    }
    for text in [
        En::BATCH_HEADING,
        En::BATCH_LEAD,
        En::PASTE_LABEL,
        En::PASTE_HINT,
        En::FILE_LABEL,
        En::EXAMPLE_BUTTON,
        En::SUMMARY_HEADING,
        En::S_APPLICATIONS,
        En::S_TOTAL_BUDGET,
        En::S_TOTAL_TARGET,
        En::S_UNIT_PRICE,
        En::S_ROUND_ONE,
        En::S_FLAGGED,
        En::S_REJECTED,
        En::S_ENCODING,
        En::BATCH_TABLE_CAPTION,
        En::ERRORS_HEADING,
        En::EMPTY,
        En::BATCH_KEPT,
        En::BATCH_NOT_KEPT,
        En::BATCH_PENDING,
        En::CHOICE_HEADING,
        En::CHOICE_HINT,
        En::CHOICE_NONE,
        En::CHOICE_RESET,
    ] {
        assert_english(text);
    }
    for n in [0, 1, 2, 5_000] {
        assert_english(&En::batch_checked_status(n, n / 2));
        assert_english(&En::rejected_link(n));
        assert_english(&En::export_rejected(n));
        assert_english(&En::rows_shown(n, n));
    }
    assert_english(&En::file_too_large(17e6));
    assert_english(&En::batch_line(4));
    assert_english(&En::choice_option(2, "Case no."));
    assert_english(&En::choice_option(3, ""));
    // The hint says how the page reads amounts, with the rule for 1,250 and 1.250.
    assert!(En::PASTE_HINT.contains("1,234,567.50"));
    assert!(En::PASTE_HINT.contains("1,250 and 1.250 are both DKK 1,250"));
}
