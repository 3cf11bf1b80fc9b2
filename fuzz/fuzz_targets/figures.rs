//! The figures module: any link, then any text typed into each field (see `check_figures`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use puljeberegner_fuzz::{check_figures, text_of, tokens, QUERY_ALPHABET};

fuzz_target!(|data: &[u8]| {
    let half = data.len() / 2;
    check_figures(&text_of(&data[..half]), &text_of(&data[half..]));
    check_figures(&tokens(data, QUERY_ALPHABET), &text_of(&data[half..]));
});
