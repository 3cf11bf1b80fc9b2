//! The amount and count parsers: never a panic, accepted values in range and read back
//! from their own display (see `check_amount_parsers`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use puljeberegner_fuzz::{check_amount_parsers, text_of, tokens, AMOUNT_ALPHABET};

fuzz_target!(|data: &[u8]| {
    check_amount_parsers(&text_of(data));
    check_amount_parsers(&tokens(data, AMOUNT_ALPHABET));
});
