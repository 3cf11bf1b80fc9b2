//! The invariants the fuzz targets check, one function per surface; each panics when
//! one is broken, and a panic is what libFuzzer reports as a crash.
//!
//! The same file is compiled into `tests/robustness.rs` (with `#[path]`), where
//! proptest feeds it for a few seconds on every `make test`, so the fuzzer and the test
//! suite assert exactly the same things.
//!
//! Besides the raw input, every target also checks [`tokens`] of it: the bytes read as
//! picks from an alphabet of the characters and words the parsers care about, so that
//! the fuzzer reaches well-formed numbers, escapes and quoted fields in a few steps.

use model::domain::amount_input::{
    parse_amount_in, parse_positive_amount_in, AmountError, MAX_AMOUNT, MAX_INPUT_CHARS,
};
use model::domain::batch::{read_batch_with_choice, ColumnChoice, MAX_ROWS};
use model::domain::count_input::{
    parse_hires_in, parse_target_in, CountError, MAX_HIRES, MAX_TARGET,
};
use model::domain::csv_export::export_batch;
use model::domain::money::{push_grouped, Money, NumberFormat};
use model::pages::Lang;
use model::state::{Field, State, MAX_QUERY_CHARS};
use model::texts::batch::{csv_texts, BatchTexts};
use model::texts::{da::Da, en::En};

/// Open finding, kept as an ignored test in `tests/fuzz_regressions.rs`
/// (`a_link_the_app_writes_is_read_back_whole`): a query within [`MAX_QUERY_CHARS`] can
/// give a state whose own query is longer — escaping makes a character up to twelve —
/// and that query is then cut when read back. While this is `true` the round trip is
/// asserted only for queries that fit the cap, and an over-long one must at least be
/// reported as cut; set it to `false` once the app keeps its own links whole.
pub const TOLERATE_OWN_QUERY_OVER_CAP: bool = false;

/// Both ways numbers are written.
pub const FORMATS: [NumberFormat; 2] = [NumberFormat::Danish, NumberFormat::English];

/// What people type into an amount or count field, and what breaks parsers.
pub const AMOUNT_ALPHABET: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "000",
    ".",
    ",",
    " ",
    "\u{a0}",
    "\u{202f}",
    "-",
    "\u{2212}",
    ",-",
    ".-",
    "kr.",
    "kr",
    "KR",
    "DKK",
    "dkk",
    "e",
    "+",
    "%",
    "\t",
    "\n",
    "\u{feff}",
    "\u{200f}",
    "\u{661}",
    "\u{ff11}",
    "æ",
    "ø",
    "å",
    "ansættelser",
    "stk.",
    "hires",
    "1.000",
    "1,000",
    "\u{1f600}",
];

/// What a query string is made of: parameter names, `=`, `&`, `+`, escapes (good, bad,
/// cut short, of invalid UTF-8) and values.
pub const QUERY_ALPHABET: &[&str] = &[
    "budget",
    "target",
    "approach",
    "hires",
    "expenses",
    "level1",
    "level2",
    "level3",
    "view",
    "embed",
    "lang",
    "batch",
    "1",
    "true",
    "ja",
    "en",
    "EN",
    "da",
    "=",
    "&",
    "?",
    "+",
    "%",
    "%20",
    "%2B",
    "%26",
    "%3D",
    "%25",
    "%C3%A6",
    "%C3",
    "%A6",
    "%FF",
    "%00",
    "%e2%80%af",
    "%G1",
    "%2",
    "0",
    "5",
    "9",
    ".",
    ",",
    " ",
    "\u{a0}",
    "-",
    "kr.",
    "DKK",
    "network",
    "course",
    "hybrid",
    "æ",
    "\u{1f600}",
    "\u{feff}",
    "\n",
];

/// What a pasted spreadsheet is made of.
pub const CSV_ALPHABET: &[&str] = &[
    ";",
    ",",
    "\t",
    "\"",
    "\"\"",
    "\r\n",
    "\n",
    "\r",
    "\u{feff}",
    " ",
    "\u{a0}",
    "0",
    "1",
    "5",
    "9",
    "000",
    ".",
    ",50",
    "kr.",
    "DKK",
    "-",
    "'",
    "=",
    "+",
    "@",
    "\u{ff1d}",
    "Projekt",
    "Ansøgt beløb (kr.)",
    "Resultatmål",
    "Tilgang",
    "project",
    "budget",
    "target",
    "approach",
    "Name",
    "Amount in DKK",
    "Number of hires",
    "method",
    "1,250",
    "1.250",
    ".50",
    "Flag",
    "Netværk",
    "Forløb",
    "hybrid",
    "network",
    "course",
    "A/S",
    "æøå",
    "\u{1f600}",
    "\u{200f}",
];

/// The bytes read as picks from `alphabet`, one byte a pick.
pub fn tokens(data: &[u8], alphabet: &[&str]) -> String {
    data.iter()
        .map(|&b| alphabet[usize::from(b) % alphabet.len()])
        .collect()
}

/// Raw bytes as text: as they are when they are UTF-8, else with U+FFFD for bad bytes.
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The amount and count parsers on one text, in both number formats.
///
/// Never a panic; an accepted amount is 0 ..= [`MAX_AMOUNT`] and reads back from its own
/// display (`m.to_number(format)`, and with the currency); a positive amount is the
/// amount without zero; an accepted target or number of hires is in range and reads
/// back from its digits, with and without thousands separators.
pub fn check_amount_parsers(input: &str) {
    let too_long = input.chars().count() > MAX_INPUT_CHARS;
    for format in FORMATS {
        let amount = parse_amount_in(input, format);
        if too_long {
            assert_eq!(amount, Err(AmountError::TooLong), "{input:?} {format:?}");
        }
        if let Ok(m) = amount {
            assert!(m >= Money::ZERO, "{input:?} {format:?} → {m:?} below zero");
            assert!(
                m <= MAX_AMOUNT,
                "{input:?} {format:?} → {m:?} above MAX_AMOUNT"
            );
            let shown = m.to_number(format);
            assert_eq!(
                parse_amount_in(&shown, format),
                Ok(m),
                "{input:?} {format:?} → {m:?} shown as {shown:?}"
            );
            let with_currency = m.format(format);
            assert_eq!(
                parse_amount_in(&with_currency, format),
                Ok(m),
                "{input:?} {format:?} → {m:?} shown as {with_currency:?}"
            );
        }
        let positive = parse_positive_amount_in(input, format);
        match &amount {
            Ok(Money::ZERO) => assert_eq!(positive, Err(AmountError::Zero), "{input:?}"),
            other => assert_eq!(&positive, other, "{input:?} {format:?}"),
        }

        let target = parse_target_in(input, format);
        if too_long {
            assert_eq!(target, Err(CountError::TooLong), "{input:?} {format:?}");
        }
        if let Ok(t) = target {
            assert!(
                (1..=MAX_TARGET).contains(&t),
                "{input:?} {format:?} → target {t}"
            );
            check_count_reads_back(t, format, |s| parse_target_in(s, format));
        }
        let hires = parse_hires_in(input, format);
        if let Ok(h) = hires {
            assert!(h <= MAX_HIRES, "{input:?} {format:?} → hires {h}");
            check_count_reads_back(h, format, |s| parse_hires_in(s, format));
        }
        // A target is a number of hires from 1, so the two agree wherever both accept.
        if let (Ok(t), Ok(h)) = (&target, &hires) {
            assert_eq!(t, h, "{input:?} {format:?}");
        }
    }
}

fn check_count_reads_back(
    n: u32,
    format: NumberFormat,
    parse: impl Fn(&str) -> Result<u32, CountError>,
) {
    assert_eq!(parse(&n.to_string()), Ok(n), "{n} as digits, {format:?}");
    let mut grouped = String::new();
    push_grouped(&mut grouped, u64::from(n), format.group());
    assert_eq!(parse(&grouped), Ok(n), "{n} as {grouped:?}, {format:?}");
}

/// The URL-state reader on one query string.
///
/// Never a panic in reading, parsing, writing or switching language; the query the
/// state writes reads back to the same state (raw field values, which fields were
/// given, expense levels, view, embed, language), and writes itself again unchanged;
/// switching language keeps every accepted value and changes only the language and
/// the accepted numbers' notation.
pub fn check_url_state(query: &str) {
    let state = State::from_query(query);
    check_parsed(&state);
    check_query_round_trip(&state);
    for lang in [Lang::Da, Lang::En] {
        let switched = state.with_lang(lang);
        assert_eq!(switched.lang(), lang);
        check_parsed(&switched);
        check_query_round_trip(&switched);
        let before = state.parsed();
        let after = switched.parsed();
        let there = format!("of {query:?} in {lang:?}");
        assert_kept(&after.budget, &before.budget, "budget", &there);
        assert_kept(&after.target, &before.target, "target", &there);
        assert_kept(&after.hires, &before.hires, "hires", &there);
        assert_kept(&after.expenses, &before.expenses, "expenses", &there);
        assert_eq!(
            after.approach, before.approach,
            "approach of {query:?} in {lang:?}"
        );
        assert_eq!(switched.expense_levels(), state.expense_levels());
        assert_eq!(switched.view(), state.view());
        assert_eq!(switched.embed(), state.embed());
        for field in Field::ALL {
            assert_eq!(switched.touched(field), state.touched(field));
        }
        // Back again: the accepted values survive the trip there and back.
        let back = switched.with_lang(state.lang()).parsed();
        let via = format!("of {query:?} via {lang:?}");
        assert_kept(&back.budget, &before.budget, "budget", &via);
        assert_kept(&back.expenses, &before.expenses, "expenses", &via);
    }
}

/// A value that was accepted `before` is the same `after`; a rejected one may change.
fn assert_kept<T: PartialEq + std::fmt::Debug, E: PartialEq + std::fmt::Debug>(
    after: &Result<T, E>,
    before: &Result<T, E>,
    what: &str,
    context: &str,
) {
    if before.is_ok() {
        assert_eq!(after, before, "{what} {context}");
    }
}

fn check_parsed(state: &State) {
    let parsed = state.parsed();
    if let Ok(m) = parsed.budget {
        assert!(m > Money::ZERO && m <= MAX_AMOUNT, "budget {m:?}");
    }
    if let Ok(Some(m)) = parsed.expenses {
        assert!(m >= Money::ZERO && m <= MAX_AMOUNT, "expenses {m:?}");
    }
    if let Ok(t) = parsed.target {
        assert!((1..=MAX_TARGET).contains(&t), "target {t}");
    }
    if let Ok(Some(h)) = parsed.hires {
        assert!(h <= MAX_HIRES, "hires {h}");
    }
    let _ = parsed.outcome();
}

fn check_query_round_trip(state: &State) {
    let query = state.to_query();
    let read = State::from_query(&query);
    if TOLERATE_OWN_QUERY_OVER_CAP && query.chars().count() > MAX_QUERY_CHARS {
        assert!(
            read.query_cut(),
            "a query over the cap is not reported as cut"
        );
        return;
    }
    for field in Field::ALL {
        assert_eq!(
            read.raw(field),
            state.raw(field),
            "{field:?} through {query:?}"
        );
        assert_eq!(
            read.touched(field),
            state.touched(field),
            "{field:?} given, through {query:?}"
        );
    }
    assert_eq!(
        read.expense_levels(),
        state.expense_levels(),
        "levels through {query:?}"
    );
    assert_eq!(read.view(), state.view(), "view through {query:?}");
    assert_eq!(read.embed(), state.embed(), "embed through {query:?}");
    assert_eq!(read.lang(), state.lang(), "lang through {query:?}");
    assert!(
        !read.query_cut(),
        "its own query is cut: {} chars",
        query.chars().count()
    );
    assert_eq!(
        read.to_query(),
        query,
        "the query does not write itself again"
    );
}

/// Lines in a text as the batch reader counts them: CRLF, LF or a lone CR ends one.
pub fn line_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut lines = 1;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            lines += 1;
        }
    }
    lines
}

/// The batch reader on one text, as the Danish page and as the English page read it.
///
/// Never a panic; at most [`MAX_ROWS`] rows, valid and invalid together; every line
/// number it reports is in the text (1 ..= its lines + 1), and in the text's order;
/// every invalid row has a reason; the CSV export of the valid rows reads back as
/// the same applications, every one valid; and the export with the rejected rows and
/// the caseworker's own columns reads back whole. Read as the page reads, not keeping
/// the page's own derived columns, and its export written and read back in the page's
/// language.
pub fn check_batch(text: &str) {
    check_batch_in::<Da>(text);
    check_batch_in::<En>(text);
}

/// [`check_batch`] on the page in language `T`.
fn check_batch_in<T: BatchTexts>(text: &str) {
    let language = T::LANG.batch_language();
    let read_batch_with = |text: &str, own_columns: &[&str]| {
        read_batch_with_choice(text, own_columns, &ColumnChoice::default(), language)
    };
    let own_columns = csv_texts::<T>().own_columns();
    let Ok(batch) = read_batch_with(text, &own_columns) else {
        return;
    };
    assert!(batch.rows.len() + batch.invalid.len() <= MAX_ROWS);
    let last_line = line_count(text) + 1;
    let lines = batch
        .rows
        .iter()
        .map(|r| r.line)
        .chain(batch.invalid.iter().map(|r| r.line));
    for line in lines {
        assert!(
            (1..=last_line).contains(&line),
            "line {line} of {last_line} in {text:?}"
        );
    }
    for pair in batch.rows.windows(2) {
        assert!(pair[0].line < pair[1].line, "rows out of order in {text:?}");
    }
    for pair in batch.invalid.windows(2) {
        assert!(
            pair[0].line < pair[1].line,
            "invalid rows out of order in {text:?}"
        );
    }
    for invalid in &batch.invalid {
        assert!(!invalid.reasons.is_empty(), "no reason for {invalid:?}");
    }
    for row in &batch.rows {
        assert!(!row.name.is_empty());
        assert!(row.application.budget > Money::ZERO && row.application.budget <= MAX_AMOUNT);
        assert!((1..=MAX_TARGET).contains(&row.application.target));
    }

    let texts = csv_texts::<T>();
    // With the rejected rows and the caseworker's own columns: read back whole, the
    // checked rows first and unchanged, every row there again.
    let csv = export_batch(&batch.rows, &batch.invalid, &batch.extra_headers, texts);
    let whole = read_batch_with(&csv, &texts.own_columns())
        .unwrap_or_else(|e| panic!("{e:?} reading the export {csv:?} of {text:?}"));
    assert_eq!(
        whole.extra_headers, batch.extra_headers,
        "own columns of {text:?}"
    );
    assert_eq!(
        whole.rows.len() + whole.invalid.len(),
        batch.rows.len() + batch.invalid.len(),
        "rows in the whole export {csv:?} of {text:?}"
    );
    for (a, b) in batch.rows.iter().zip(&whole.rows) {
        assert_eq!((&a.name, &a.extra), (&b.name, &b.extra), "through {csv:?}");
    }
    // The checked rows alone.
    let csv = export_batch(&batch.rows, &[], &batch.extra_headers, texts);
    let again = read_batch_with(&csv, &texts.own_columns())
        .unwrap_or_else(|e| panic!("{e:?} reading the export {csv:?} of {text:?}"));
    assert!(
        again.invalid.is_empty(),
        "invalid rows {:?} in the export {csv:?} of {text:?}",
        again.invalid
    );
    assert_eq!(
        again.rows.len(),
        batch.rows.len(),
        "rows in the export {csv:?} of {text:?}"
    );
    for (a, b) in batch.rows.iter().zip(&again.rows) {
        assert_eq!(a.name, b.name, "name through the export of {text:?}");
        assert_eq!(
            a.application, b.application,
            "budget/target through the export of {text:?}"
        );
        assert_eq!(
            a.approach, b.approach,
            "approach through the export of {text:?}"
        );
        assert_eq!(
            a.extra, b.extra,
            "own columns through the export of {text:?}"
        );
    }
}

/// The figures module (crates/figures) on any link, and on any text typed into each field
/// after it: never a panic; its patches, as handed to the page, read back whole (each
/// text by its UTF-16 length); the key figures are never left out; a link for another
/// page gets none.
pub fn check_figures(query: &str, typed: &str) {
    use figures::{encode, Figures, Target};
    let mut figures = Figures::start(query);
    let mut rounds = vec![figures.patches(true)];
    for field in Field::ALL {
        figures.apply(model::state::Action::Set(field, typed.to_string()));
        rounds.push(figures.patches(false));
    }
    figures.apply(model::state::Action::Paused);
    rounds.push(figures.patches(false));
    for patches in rounds {
        if patches.is_empty() {
            continue;
        }
        assert!(patches
            .iter()
            .any(|p| p.target == Target::Figure("figure:unit-price")));
        // Read back as static/figures.js reads it.
        let text: Vec<u16> = encode(&patches).encode_utf16().collect();
        let mut at = 0;
        for patch in &patches {
            let line = |from: usize| {
                from + text[from..]
                    .iter()
                    .position(|&c| c == u16::from(b'\n'))
                    .expect("a line break")
            };
            let name_end = line(at);
            let length_end = line(name_end + 1);
            let name = String::from_utf16(&text[at..name_end]).expect("a name");
            assert_eq!(name, patch.target.name());
            let length: usize = String::from_utf16(&text[name_end + 1..length_end])
                .expect("a length")
                .parse()
                .expect("a number");
            let end = length_end + 1 + length;
            assert_eq!(
                String::from_utf16(&text[length_end + 1..end]).expect("a text"),
                patch.text
            );
            at = end;
        }
        assert_eq!(at, text.len());
    }
}
