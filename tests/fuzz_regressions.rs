//! Every input the fuzz targets (`fuzz/`, `make fuzz`) or the bounded run in
//! `tests/robustness.rs` found breaking an invariant, inlined, so that it stays fixed.
//!
//! A new crash goes here as its own test: the input exactly as libFuzzer saved it
//! (`fuzz/artifacts/<target>/crash-…`; `cargo +nightly fuzz fmt <target> <file>` prints
//! it), the invariant it broke, and the panic message in a comment.
//!
//! Found while writing the invariants: a link the app writes itself could be longer than
//! the query it reads ([`a_link_the_app_writes_is_read_back_whole`], fixed); and the CSV
//! export of a valid batch could be larger than the batch reader accepted
//! ([`the_export_of_a_full_batch_reads_back`], fixed).

use puljeberegner::domain::batch::{
    read_batch, read_batch_with, MAX_BYTES, MAX_ROWS, MAX_TEXT_BYTES,
};
use puljeberegner::domain::csv_export::{export_batch, export_csv};
use puljeberegner::state::{Field, State, MAX_QUERY_CHARS};
use puljeberegner::texts::{batch::csv_texts, da::Da};

/// Invariant of `url_state`: the query a state writes reads back to the same state.
///
/// Breaks when the values need escaping: the state keeps 200 characters a parameter,
/// but `to_query` writes a character as up to twelve (`😀` → `%F0%9F%98%80`), so two
/// parameters of 200 emoji, a 415-character link, are written as 4.815 characters;
/// reading that back stops at [`MAX_QUERY_CHARS`] (4.000): the target keeps 132 of its
/// emoji and a stray `%`, and the page says the link was too long. In the app: open
/// such a link, and the address the page then shows (and "Kopiér link" copies) no
/// longer reproduces it. Fails with "its own link, 4815 characters, is cut".
/// Fixed by raising [`MAX_QUERY_CHARS`] to 32.000, which holds the longest query the app
/// writes (every parameter at its 200-character cap, every character escaped to 12).
#[test]
fn a_link_the_app_writes_is_read_back_whole() {
    let emoji = "😀".repeat(200);
    let query = format!(
        "budget={emoji}&target={emoji}&approach={emoji}&hires={emoji}&expenses={emoji}\
         &level1={emoji}&level2={emoji}&level3={emoji}&view=batch&embed=1&lang=en"
    );
    assert!(query.chars().count() <= MAX_QUERY_CHARS);
    let state = State::from_query(&query);
    assert!(!state.query_cut());
    let written = state.to_query();
    let read = State::from_query(&written);
    assert!(
        !read.query_cut(),
        "its own link, {} characters, is cut",
        written.chars().count()
    );
    for field in Field::ALL {
        assert_eq!(read.raw(field), state.raw(field), "{field:?}");
    }
}

/// Invariant of `batch_csv`: the CSV export of the valid rows reads back as the same
/// applications.
///
/// Breaks for a full batch whose rows carry flags: 5.000 rows like `P1;999;1;course`
/// (94 kB) are all valid, each with two flags, and the export, which writes the flags'
/// text on every row, is 1.479.065 bytes — over [`MAX_BYTES`] (1 MiB), so reading it
/// back gives `Err(TooLarge { bytes: 1479065, max: 1048576 })` (fails with "the export
/// is refused: TooLarge { bytes: 1479065, max: 1048576 }"). In the app: "Download
/// CSV" of such a batch, then loading that file, is refused as too large.
/// Fixed by counting only what the check keeps towards [`MAX_BYTES`] (names, rejected
/// rows) and reading texts up to [`MAX_TEXT_BYTES`] (16 MiB), above any export.
#[test]
fn the_export_of_a_full_batch_reads_back() {
    let text: String = (0..MAX_ROWS)
        .map(|i| format!("P{i};999;1;course\n"))
        .collect();
    assert!(text.len() <= MAX_BYTES);
    let batch = read_batch(&text).expect("the batch is read");
    assert_eq!(batch.rows.len(), MAX_ROWS);
    let texts = csv_texts::<Da>();
    let csv = export_csv(&batch.rows, texts);
    let again = read_batch_with(&csv, &texts.own_columns())
        .unwrap_or_else(|e| panic!("the export is refused: {e:?}"));
    assert_eq!(again.rows.len(), MAX_ROWS);
}

/// The same invariant at its worst: 5.000 flagged rows whose names fill [`MAX_BYTES`]
/// with quotes, which the export doubles. The export stays under [`MAX_TEXT_BYTES`] and
/// reads back with the same names.
#[test]
fn the_largest_export_reads_back() {
    let name_bytes = MAX_BYTES / MAX_ROWS;
    let text: String = (0..MAX_ROWS)
        .map(|i| {
            let mut name = format!("P{i}");
            name.push_str(&"\"".repeat(name_bytes - name.len()));
            format!("{name};1.000.000.000;1;hybrid\n")
        })
        .collect();
    let batch = read_batch(&text).expect("the batch is read");
    assert_eq!(batch.rows.len(), MAX_ROWS);
    assert!(batch.rows.iter().all(|r| !r.flags.is_empty()));
    let texts = csv_texts::<Da>();
    let csv = export_csv(&batch.rows, texts);
    assert!(csv.len() < MAX_TEXT_BYTES / 2, "{} bytes", csv.len());
    let again = read_batch_with(&csv, &texts.own_columns())
        .unwrap_or_else(|e| panic!("the export is refused: {e:?}"));
    let same = |r: &puljeberegner::domain::batch::CheckedRow| {
        (r.name.clone(), r.application, r.approach, r.flags.clone())
    };
    assert!(again.rows.iter().map(same).eq(batch.rows.iter().map(same)));
}

/// Invariant of `batch_csv`: the export with the caseworker's own columns reads back
/// with the same columns.
///
/// Broke for a column of the caseworker's own headed like a formula (`@nsættelser …`,
/// `=…`, `+…`, `-…`): 45 seconds of `make fuzz` found it. The export guards a heading as
/// it guards a cell, with a `'` in front (`'@nsættelser …`), so that no spreadsheet runs
/// it; the reader dropped that `'` again from cells but not from headings, so the column
/// came back as `'@nsættelser …`, another column (fails with "own columns of …"). In the
/// app: "Download CSV", then loading that file, renamed the column, and a second round
/// trip added a second `'`.
/// Fixed: the reader reads every heading, as every cell, as written before the guard
/// (`formula_guard::unguarded`).
#[test]
fn a_heading_that_starts_like_a_formula_reads_back_as_written() {
    let texts = csv_texts::<Da>();
    // As written, and as read: a `'` before a formula character is read as the guard's,
    // in a heading as in a cell.
    for (written, heading) in [
        ("@nsættelser 2026", "@nsættelser 2026"),
        ("=Sagsnr.", "=Sagsnr."),
        ("+45 tlf.", "+45 tlf."),
        ("-note", "-note"),
        ("＝x", "＝x"),
        ("'=x", "=x"),
        ("''=x", "'=x"),
        ("Sagsnr.", "Sagsnr."),
    ] {
        let text = format!(
            "Projekt;Beløb;Resultatmål;Tilgang;\"{written}\"\nA;1000;1;network;=1\nB;x;1;network;-2\n"
        );
        let batch = read_batch_with(&text, &texts.own_columns()).expect("the batch is read");
        assert_eq!(batch.extra_headers, [heading]);
        let csv = export_batch(&batch.rows, &batch.invalid, &batch.extra_headers, texts);
        let again = read_batch_with(&csv, &texts.own_columns())
            .unwrap_or_else(|e| panic!("the export is refused: {e:?}"));
        assert_eq!(again.extra_headers, [heading], "own columns of {csv:?}");
        assert_eq!(again.rows[0].extra, ["=1"], "{csv:?}");
        assert_eq!(again.invalid[0].columns[4], "-2", "{csv:?}");
    }
}
