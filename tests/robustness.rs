//! A bounded fuzz run on every `make test`: the three surfaces the fuzz targets cover
//! (amount and count parsers, URL state, batch CSV reader), fed by proptest with inputs
//! biased toward the characters those parsers care about, checked by the very same
//! invariants as the fuzz targets (`fuzz/src/lib.rs`, compiled in here), plus the
//! fuzz corpus's hand-written seeds. A few seconds in all, in a debug build.
//!
//! `make fuzz` runs the real fuzzer for longer; a crash it finds goes to
//! `tests/fuzz_regressions.rs`.

use std::fs;
use std::path::PathBuf;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

#[path = "../fuzz/src/lib.rs"]
mod invariants;

use puljeberegner::domain::amount_input::MAX_AMOUNT;
use puljeberegner::domain::count_input::{MAX_HIRES, MAX_TARGET};
use puljeberegner::domain::money::{push_grouped, Money, NumberFormat};

use invariants::{
    check_amount_parsers, check_batch, check_figures, check_url_state, text_of, tokens,
    AMOUNT_ALPHABET, CSV_ALPHABET, QUERY_ALPHABET,
};

/// Concatenations of picks from an alphabet, as the fuzz targets build them.
fn from_alphabet(alphabet: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    vec(select(alphabet), 0..max).prop_map(|picks| picks.concat())
}

/// Øre from the whole range, but mostly small and round, as budgets are.
fn ore() -> impl Strategy<Value = i64> {
    prop_oneof![
        0..=MAX_AMOUNT.ore(),
        (0i64..100_000_000).prop_map(|k| k * 100),
        (0i64..1_000).prop_map(|k| k * 100_000),
        Just(MAX_AMOUNT.ore()),
        Just(MAX_AMOUNT.ore() + 1),
        0i64..1_000,
    ]
}

/// An amount written the way the app writes it, then dressed as people type it: a
/// currency before or after, spaces or no-break spaces between the groups, `,-`, no
/// groups at all.
fn dressed(ore: i64, format: NumberFormat, dress: u8, groups: u8) -> String {
    let mut text = Money::from_ore(ore).to_number(format);
    match groups {
        0 => text = text.replace(format.group(), ""),
        1 => text = text.replace(format.group(), " "),
        2 => text = text.replace(format.group(), "\u{a0}"),
        _ => {}
    }
    match dress {
        0 => format!("{text} kr."),
        1 if !text.contains(format.decimal()) => format!("kr. {text}{}-", format.decimal()),
        2 => format!("DKK {text}"),
        3 => format!(" {text}dkk "),
        _ => text,
    }
}

/// An amount in either format, dressed (see [`dressed`]).
fn written_amount() -> impl Strategy<Value = String> {
    (ore(), any::<bool>(), 0u8..6, 0u8..5).prop_map(|(ore, english, dress, groups)| {
        let format = if english {
            NumberFormat::English
        } else {
            NumberFormat::Danish
        };
        dressed(ore, format, dress, groups)
    })
}

/// An amount in the Danish format, as the batch check reads them.
fn danish_amount() -> impl Strategy<Value = String> {
    (ore(), 0u8..6, 0u8..5)
        .prop_map(|(ore, dress, groups)| dressed(ore, NumberFormat::Danish, dress, groups))
}

/// A whole number of hires, plain or grouped, sometimes with its unit.
fn written_count() -> impl Strategy<Value = String> {
    let n = prop_oneof![
        6 => 0u64..=200,
        2 => 0u64..=1_200_000,
        1 => Just(u64::from(MAX_TARGET)),
        1 => Just(u64::from(MAX_HIRES) + 1),
    ];
    (
        n,
        select(&["", ".", ",", " ", "\u{a0}"][..]),
        select(&["", " ansættelser", " stk.", "hires"][..]),
    )
        .prop_map(|(n, group, unit)| {
            let mut text = String::new();
            match group.chars().next() {
                Some(sep) => push_grouped(&mut text, n, sep),
                None => text = n.to_string(),
            }
            text + unit
        })
}

/// Amounts as people write them, nearly or exactly right, in either format.
fn amount_like() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => written_amount(),
        1 => written_count(),
        1 => "(kr\\.? ?|DKK ?)?[0-9]{1,4}([. \u{a0}\u{202f}][0-9]{2,4}){0,5}(,[0-9]{0,3}|,-)?( ?kr\\.?| ?DKK)?",
        1 => "(DKK ?)?[0-9]{1,4}([, \u{a0}][0-9]{2,4}){0,5}(\\.[0-9]{0,3}|\\.-)?( ?DKK)?",
        1 => "[-\u{2212}+ ]?[0-9]{0,20}([.,][0-9]{0,20})?(e[0-9]{1,3})?",
    ]
}

/// Any text of up to `max` characters from the whole of Unicode (controls included),
/// and any bytes read as the app would (invalid UTF-8 → U+FFFD).
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex(&format!("(.|[\r\n]){{0,{max}}}")).unwrap(),
        vec(any::<u8>(), 0..max).prop_map(|b| text_of(&b)),
        vec(any::<u8>(), 0..max).prop_map(|b| tokens(&b, AMOUNT_ALPHABET)),
    ]
}

/// Percent-encodes some of a value's bytes, as a browser or a person may.
fn escaped(value: String, mask: u64) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if mask >> (i % 64) & 1 == 1 {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else if c == ' ' && mask & 1 == 0 {
            out.push('+');
        } else {
            out.push(c);
        }
    }
    out
}

/// Query strings: known parameters with amount-like or arbitrary values, escaped in
/// part, joined with `&`, sometimes with a `?` in front.
fn query_like() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        select(
            &[
                "budget", "target", "approach", "hires", "expenses", "level1", "level2", "level3",
                "view", "embed", "lang",
            ][..]
        )
        .prop_map(str::to_owned),
        from_alphabet(QUERY_ALPHABET, 3),
    ];
    let value = prop_oneof![
        3 => written_amount(),
        2 => written_count(),
        1 => amount_like(),
        1 => select(&["batch", "1", "ja", "yes", "true", "en", " EN ", "da", "network", "forløb", ""][..])
            .prop_map(str::to_owned),
        1 => any_text(30),
        1 => from_alphabet(QUERY_ALPHABET, 8),
    ];
    let pair = (name, value, any::<u64>(), any::<bool>()).prop_map(|(n, v, mask, bare)| {
        if bare && v.is_empty() {
            n
        } else {
            format!("{n}={}", escaped(v, mask))
        }
    });
    (any::<bool>(), vec(pair, 0..10))
        .prop_map(|(mark, pairs)| format!("{}{}", if mark { "?" } else { "" }, pairs.join("&")))
}

/// A query as the app writes one: each parameter present or not, with a value of its
/// kind (or not), in any order, escaped in part.
fn form_query() -> impl Strategy<Value = String> {
    // Boxed: eleven unboxed strategies of strategies overflow a test thread's stack.
    let amount =
        || prop_oneof![4 => written_amount(), 1 => amount_like(), 1 => any_text(12)].boxed();
    let count = || prop_oneof![4 => written_count(), 1 => amount_like(), 1 => any_text(12)].boxed();
    let word = |words: &'static [&'static str]| {
        prop_oneof![4 => select(words).prop_map(str::to_owned), 1 => any_text(8)].boxed()
    };
    let params = (
        prop::option::of(amount().prop_map(|v| ("budget", v))).boxed(),
        prop::option::of(count().prop_map(|v| ("target", v))).boxed(),
        prop::option::of(
            word(&[
                "network",
                "course",
                "hybrid",
                "forløb",
                " Netværk ",
                "x",
                "",
            ])
            .prop_map(|v| ("approach", v)),
        )
        .boxed(),
        prop::option::of(count().prop_map(|v| ("hires", v))).boxed(),
        prop::option::of(amount().prop_map(|v| ("expenses", v))).boxed(),
        prop::option::of(count().prop_map(|v| ("level1", v))).boxed(),
        prop::option::of(count().prop_map(|v| ("level2", v))).boxed(),
        prop::option::of(count().prop_map(|v| ("level3", v))).boxed(),
        prop::option::of(word(&["batch", "calculator", "BATCH", ""]).prop_map(|v| ("view", v)))
            .boxed(),
        prop::option::of(word(&["1", "true", "ja", "yes", "0", ""]).prop_map(|v| ("embed", v)))
            .boxed(),
        prop::option::of(word(&["en", "EN", " en ", "da", "de", ""]).prop_map(|v| ("lang", v)))
            .boxed(),
    );
    (params, any::<u64>(), any::<u64>()).prop_map(|(p, mask, order)| {
        let mut pairs: Vec<(&str, String)> =
            [p.0, p.1, p.2, p.3, p.4, p.5, p.6, p.7, p.8, p.9, p.10]
                .into_iter()
                .flatten()
                .collect();
        // A rotation is order enough: which parameter comes last matters for duplicates.
        let len = pairs.len().max(1);
        pairs.rotate_left((order as usize) % len);
        pairs
            .into_iter()
            .map(|(name, value)| format!("{name}={}", escaped(value, mask)))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Project names: plain, with separators, quotes and line breaks, formula-like (the
/// export guards those with a `'`), header-like, number-like, empty, non-ASCII.
const NAMES: &[&str] = &[
    "Job A/S",
    "Smith, \"Jones\"",
    "a;b",
    "=SUM(A1)",
    "'=x",
    "''=x",
    "-2",
    "+45 1234",
    "@x",
    "\u{ff1d}1",
    " =x",
    "'",
    "Projekt",
    "Tilgang",
    "1.000",
    "17",
    "æøå ApS",
    "Linje\nto",
    "Tab\there",
    "😀",
    "\u{200f}RTL",
    "",
    "  ",
    "x",
];

/// Approaches as written in a spreadsheet, known and unknown.
const APPROACHES: &[&str] = &[
    "network",
    "Netværk",
    "netvaerk",
    "course",
    "FORLØB",
    "forloeb",
    "hybrid",
    "Hybridtilgang",
    "netværkstilgang",
    "forløbstilgang",
    "x",
    "",
    "Network ",
];

/// The four columns' header names, Danish and English, and one the reader ignores.
const HEADERS: [[&str; 4]; 3] = [
    ["Projekt", "Ansøgt beløb (kr.)", "Resultatmål", "Tilgang"],
    ["project name", "Budget", "target:", "Approach"],
    ["Projektnavn", "Beløb", "Måltal", "tilgang"],
];

/// A cell as a spreadsheet writes it: quoted (with `"` doubled) when it must be or when
/// `quote` says so, else as it is.
fn cell(text: &str, separator: &str, quote: bool) -> String {
    if quote || text.contains(separator) || text.contains(['"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One application's four cells (name, budget, target, approach), mostly valid.
fn application_cells() -> impl Strategy<Value = [String; 4]> {
    let budget =
        prop_oneof![4 => danish_amount(), 1 => amount_like(), 1 => from_alphabet(CSV_ALPHABET, 4)];
    let target = prop_oneof![4 => written_count(), 1 => from_alphabet(CSV_ALPHABET, 4)];
    (select(NAMES), budget, target, select(APPROACHES)).prop_map(
        |(name, budget, target, approach)| [name.to_owned(), budget, target, approach.to_owned()],
    )
}

/// Spreadsheet text: maybe a BOM, maybe a header (columns in any order, maybe an ignored
/// one), rows of applications in that order — some with a cell spoiled, one missing or
/// one too many — in cells quoted or not, one separator, any line endings.
fn csv_like() -> impl Strategy<Value = String> {
    let row = (
        application_cells(),
        any::<u64>(),
        0u8..10,
        from_alphabet(CSV_ALPHABET, 3),
    );
    let ending = select(&["\r\n", "\n", "\r", "\n\n", "\r\n;;;\r\n"][..]);
    (
        any::<bool>(),
        select(&[";", ",", "\t"][..]),
        0usize..=HEADERS.len(),
        Just(vec![0usize, 1, 2, 3]).prop_shuffle(),
        prop::option::of(0usize..5),
        vec((row, ending), 0..12),
        any::<bool>(),
    )
        .prop_map(|(bom, sep, header, mut order, extra, rows, last_ending)| {
            let mut text = String::from(if bom { "\u{feff}" } else { "" });
            if header == HEADERS.len() {
                order = vec![0, 1, 2, 3];
            } else {
                let mut names: Vec<String> = order
                    .iter()
                    .map(|&c| HEADERS[header][c].to_owned())
                    .collect();
                if let Some(at) = extra {
                    names.insert(at, "Noter".to_owned());
                }
                let cells: Vec<String> = names.iter().map(|n| cell(n, sep, false)).collect();
                text.push_str(&cells.join(sep));
                text.push_str("\r\n");
            }
            let count = rows.len();
            for (i, ((app, quotes, spoil, junk), end)) in rows.into_iter().enumerate() {
                let mut cells: Vec<String> = order.iter().map(|&c| app[c].clone()).collect();
                if let (Some(at), true) = (extra, header < HEADERS.len()) {
                    cells.insert(at.min(cells.len()), "note".to_owned());
                }
                match spoil {
                    0 => {
                        let at = (quotes >> 48) as usize % cells.len();
                        cells[at] = junk;
                    }
                    1 => {
                        cells.pop();
                    }
                    2 => cells.push(junk),
                    _ => {}
                }
                let cells: Vec<String> = cells
                    .iter()
                    .enumerate()
                    .map(|(j, c)| cell(c, sep, quotes >> j & 1 == 1))
                    .collect();
                text.push_str(&cells.join(sep));
                if i + 1 < count || last_ending {
                    text.push_str(end);
                }
            }
            text
        })
}

/// The hand-written seeds of a fuzz target's corpus (`fuzz/corpus/<target>/seed_*`).
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut seeds: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("seed_")
        })
        .map(|p| (p.display().to_string(), fs::read(&p).unwrap()))
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

#[test]
fn the_fuzz_seeds_keep_every_invariant() {
    for (_, bytes) in seeds("amount_parser") {
        check_amount_parsers(&text_of(&bytes));
        check_amount_parsers(&tokens(&bytes, AMOUNT_ALPHABET));
    }
    // A query without `lang` is the page's own language, so the URL state's round trip
    // (a Danish state writes no `lang`) is checked in the Danish pages' build.
    if !cfg!(feature = "lang-en") {
        for (_, bytes) in seeds("url_state") {
            check_url_state(&text_of(&bytes));
            check_url_state(&tokens(&bytes, QUERY_ALPHABET));
        }
    }
    for (_, bytes) in seeds("batch_csv") {
        check_batch(&text_of(&bytes));
        check_batch(&tokens(&bytes, CSV_ALPHABET));
    }
    for (_, bytes) in seeds("url_state") {
        check_figures(&text_of(&bytes), "1.2x");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn figures_module_keeps_its_invariants(
        query in prop_oneof![2 => form_query(), 1 => query_like(), 1 => any_text(120)],
        typed in prop_oneof![2 => amount_like(), 1 => any_text(48)],
    ) {
        check_figures(&query, &typed);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn amount_and_count_parsers_keep_their_invariants(
        input in prop_oneof![3 => amount_like(), 1 => from_alphabet(AMOUNT_ALPHABET, 16), 1 => any_text(48)]
    ) {
        check_amount_parsers(&input);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn url_state_keeps_its_invariants(
        query in prop_oneof![
            3 => form_query(),
            2 => query_like(),
            1 => from_alphabet(QUERY_ALPHABET, 40),
            1 => any_text(120),
        ]
    ) {
        // In the Danish pages' build: see the_fuzz_seeds_keep_every_invariant.
        if !cfg!(feature = "lang-en") {
            check_url_state(&query);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn batch_reader_keeps_its_invariants(
        text in prop_oneof![4 => csv_like(), 1 => from_alphabet(CSV_ALPHABET, 60), 1 => any_text(300)]
    ) {
        check_batch(&text);
    }
}
