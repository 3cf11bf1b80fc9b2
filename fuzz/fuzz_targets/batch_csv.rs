//! The batch CSV reader, as the Danish and as the English page read (their numbers and
//! headings): any text is read without a panic, within its caps, with line numbers in
//! the text, and its valid rows survive the CSV export (see `check_batch`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use puljeberegner_fuzz::{check_batch, text_of, tokens, CSV_ALPHABET};

fuzz_target!(|data: &[u8]| {
    check_batch(&text_of(data));
    check_batch(&tokens(data, CSV_ALPHABET));
});
