//! The caseworkers' real files: the encoding a file is in, read from its bytes
//! (fixtures in `tests/fixtures/`, made with iconv).

use puljeberegner::domain::batch::{
    danish_order, decode, read_batch, read_batch_with, Encoding, MAX_BYTES, MAX_ROWS,
    MAX_TEXT_BYTES,
};
use puljeberegner::domain::csv_export::export_batch;
use puljeberegner::texts::{batch::csv_texts, da::Da};

const UTF8: &[u8] = include_bytes!("fixtures/danish.utf8.csv");
const UTF8_BOM: &[u8] = include_bytes!("fixtures/danish.utf8-bom.csv");
const WINDOWS_1252: &[u8] = include_bytes!("fixtures/excel-semikolon.windows-1252.csv");
const UTF16LE: &[u8] = include_bytes!("fixtures/excel-unicode-tekst.utf16le.txt");
const UTF16BE: &[u8] = include_bytes!("fixtures/unicode.utf16be.txt");

const NAMES: [&str; 3] = ["Nørre Netværk", "Åbyhøj Forløb", "Café “Nord” – €"];

fn names_read(bytes: &[u8]) -> (Vec<String>, Encoding) {
    let (text, encoding) = decode(bytes);
    let batch = read_batch(&text).unwrap_or_else(|e| panic!("{e:?} for {text:?}"));
    assert!(batch.invalid.is_empty(), "{:?}", batch.invalid);
    (batch.rows.into_iter().map(|r| r.name).collect(), encoding)
}

#[test]
fn each_encoding_reads_the_danish_header_names_and_approaches() {
    for (bytes, encoding) in [
        (UTF8, Encoding::Utf8),
        (UTF8_BOM, Encoding::Utf8),
        (WINDOWS_1252, Encoding::Windows1252),
        (UTF16LE, Encoding::Utf16Le),
        (UTF16BE, Encoding::Utf16Be),
    ] {
        assert_eq!(
            names_read(bytes),
            (NAMES.map(String::from).to_vec(), encoding),
            "{encoding:?}"
        );
    }
}

#[test]
fn the_byte_order_mark_is_not_part_of_the_text() {
    for bytes in [UTF8_BOM, UTF16LE, UTF16BE] {
        assert!(decode(bytes).0.starts_with("Projekt"));
    }
}

#[test]
fn windows_1252_reads_every_byte_as_its_character() {
    // ø, å, æ and the bytes 0x80–0x9F that Latin-1 lacks (€, quotes, dash).
    let (text, encoding) = decode(b"N\xf8rre \xc5by \xe6ble \x80 \x93x\x94 \x96 \x81");
    assert_eq!(encoding, Encoding::Windows1252);
    assert_eq!(text, "Nørre Åby æble € “x” – \u{81}");
}

#[test]
fn valid_utf8_stays_utf8_and_one_stray_byte_makes_the_file_windows_1252() {
    assert_eq!(decode("Nørre".as_bytes()), ("Nørre".into(), Encoding::Utf8));
    assert_eq!(decode(b""), (String::new(), Encoding::Utf8));
    // Valid UTF-8 up to one Windows-1252 ø at the end: the whole file is Windows-1252.
    let mut bytes = "Ærø;".as_bytes().to_vec();
    bytes.push(0xF8);
    assert_eq!(decode(&bytes).1, Encoding::Windows1252);
}

#[test]
fn a_broken_utf16_file_is_read_with_replacement_characters() {
    // A lone high surrogate and an odd last byte.
    assert_eq!(
        decode(&[0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]),
        ("A\u{FFFD}B\u{FFFD}".into(), Encoding::Utf16Le)
    );
}

// ---- Danish order --------------------------------------------------------------------------

fn sorted(names: &[&'static str]) -> Vec<&'static str> {
    let mut names = names.to_vec();
    names.sort_by(|a, b| danish_order(a, b));
    names
}

#[test]
fn aa_is_aa_and_sorts_as_the_letter_after_oe() {
    assert_eq!(
        sorted(&["Aabenraa", "Åbyhøj", "Aarhus", "Zealand", "Ærø", "Øster", "Abild"]),
        ["Abild", "Zealand", "Ærø", "Øster", "Aabenraa", "Åbyhøj", "Aarhus"]
    );
    // "Aabenraa" is "Åbenrå": before "Åbyhøj", as å-b-e before å-b-y.
    assert_eq!(
        danish_order("Aabenraa", "Åbyhøj"),
        core::cmp::Ordering::Less
    );
    // Spelled either way, the same name; "å" before "aa" only to fix an order, as
    // Intl.Collator('da') has it.
    assert_eq!(danish_order("Hå", "Haa"), core::cmp::Ordering::Less);
}

#[test]
fn accented_letters_sort_with_their_base_letter() {
    assert_eq!(
        sorted(&[
            "Østbo",
            "Café Nord",
            "Cafe Syd",
            "Über",
            "Zinc",
            "Yding",
            "Ålborg",
            "Élan",
            "Emil"
        ]),
        [
            "Café Nord",
            "Cafe Syd",
            "Élan",
            "Emil",
            "Über",
            "Yding",
            "Zinc",
            "Østbo",
            "Ålborg"
        ]
    );
    // Äbler with æ, Öland with ø.
    assert_eq!(
        sorted(&["Öland", "Äbler", "Øen", "Æg"]),
        ["Äbler", "Æg", "Øen", "Öland"]
    );
}

#[test]
fn case_is_ignored_and_equal_names_keep_a_fixed_order() {
    assert_eq!(
        sorted(&["bo", "Anna", "BO", "anna"]),
        ["Anna", "anna", "BO", "bo"]
    );
    assert_eq!(danish_order("Cafe", "Café"), core::cmp::Ordering::Less);
}

// ---- Headings --------------------------------------------------------------------------

#[test]
fn a_sheet_with_the_common_danish_headings_is_read() {
    let batch = read_batch(
        "Ansøger;Ansøgt tilskud (kr.);Antal ansættelser;Tilgang\nNørre Netværk;2.324.850;120;netværk\n",
    )
    .expect("read");
    assert_eq!(batch.rows.len(), 1);
    assert_eq!(batch.rows[0].application.target, 120);
    let batch =
        read_batch("Beløb;Ansøger;Metode;Resultatmål (antal)\n797.600;Randers;netværk;100\n")
            .expect("read");
    assert_eq!(batch.rows[0].name, "Randers");
}

// ---- The caseworker's own columns, rejected rows in the export ---------------------------

const CASEWORK: &str = "Sagsnr.;Projekt;Ansøgt beløb;Resultatmål;Tilgang;CVR;Kommune\n\
    2024-117;Nørre Netværk;2.324.850;120;netværk;12345678;Aarhus\n\
    2024-118;Forkert;12x;10;netværk;87654321;Odense\n\
    2024-119;=Formel;475.000;21;forløb;;Randers\n\
    2024-120;Ukendt;100.000;10;ukendt tilgang;11111111;Vejle\n";

fn own_columns() -> [&'static str; 6] {
    csv_texts::<Da>().own_columns()
}

#[test]
fn the_caseworkers_columns_are_kept_with_every_row() {
    let batch = read_batch_with(CASEWORK, &own_columns()).expect("read");
    assert_eq!(batch.extra_headers, ["Sagsnr.", "CVR", "Kommune"]);
    assert_eq!(batch.rows[0].extra, ["2024-117", "12345678", "Aarhus"]);
    assert_eq!(batch.rows[1].extra, ["2024-119", "", "Randers"]);
    assert_eq!(
        batch.invalid[0].columns,
        ["Forkert", "12x", "10", "netværk", "2024-118", "87654321", "Odense"]
    );
}

#[test]
fn the_export_has_the_own_columns_every_line_and_on_request_the_rejected_rows() {
    let texts = csv_texts::<Da>();
    let batch = read_batch_with(CASEWORK, &own_columns()).expect("read");
    let csv = export_batch(&batch.rows, &batch.invalid, &batch.extra_headers, texts);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(
        lines[0].ends_with(r#";"Sagsnr.";"CVR";"Kommune";"Linje";"Fejl""#),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(r#""Nørre Netværk";"2324850";"120";"Netværk";"#),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(r#";"2024-117";"12345678";"Aarhus";"2";"""#),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with(r#""'=Formel";"475000";"#),
        "{}",
        lines[2]
    );
    assert!(lines[3].starts_with(r#""Forkert";"12x";"10";"netværk";"";"";"";"";"2024-118";"87654321";"Odense";"3";"Ansøgt beløb: "#), "{}", lines[3]);
    assert!(lines[4].contains(r#";"5";"#), "{}", lines[4]);
    // Read back: the same rows, the same own columns, the same rejected rows; and the
    // export of that is the same file (a fixed point: the derived columns are the page's).
    let again = read_batch_with(&csv, &own_columns()).expect("read back");
    assert_eq!(again.extra_headers, batch.extra_headers);
    let rows = |b: &puljeberegner::domain::batch::Batch| {
        b.rows
            .iter()
            .map(|r| (r.name.clone(), r.extra.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(&again), rows(&batch));
    let rejected = |b: &puljeberegner::domain::batch::Batch| {
        b.invalid
            .iter()
            .map(|r| (r.columns.clone(), r.reasons.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(rejected(&again), rejected(&batch));
    // Without the rejected rows: no error column.
    let csv = export_batch(&batch.rows, &[], &batch.extra_headers, texts);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(r#";"Kommune";"Linje""#));
    assert_eq!(
        read_batch_with(&csv, &own_columns())
            .expect("read")
            .invalid
            .len(),
        0
    );
}

#[test]
fn a_full_batch_of_rejected_rows_with_own_columns_reads_back() {
    // Every kept byte as quotes (doubled in the export), the error message repeating the
    // unknown approach: the export stays under the text cap and reads back.
    let per_row = MAX_BYTES / MAX_ROWS;
    let quotes = |n: usize| format!("x{}", "\"".repeat(n - 1));
    let mut text = String::from("Projekt;Beløb;Resultatmål;Tilgang;Sagsnr.\n");
    for _ in 0..MAX_ROWS {
        text.push_str(&format!(
            "{};1;1;{};{}\n",
            quotes(per_row / 3),
            quotes(per_row / 3),
            quotes(per_row / 3 - 4)
        ));
    }
    let texts = csv_texts::<Da>();
    let batch = read_batch_with(&text, &own_columns()).expect("read");
    assert_eq!(batch.invalid.len(), MAX_ROWS);
    let csv = export_batch(&batch.rows, &batch.invalid, &batch.extra_headers, texts);
    assert!(csv.len() < MAX_TEXT_BYTES, "{} bytes", csv.len());
    let again = read_batch_with(&csv, &own_columns()).expect("read back");
    assert_eq!(again.invalid.len(), MAX_ROWS);
}
