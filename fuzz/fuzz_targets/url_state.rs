//! The URL-state reader: any query is read without a panic, and the query a state
//! writes reads back to that state (see `check_url_state`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use puljeberegner_fuzz::{check_url_state, text_of, tokens, QUERY_ALPHABET};

fuzz_target!(|data: &[u8]| {
    check_url_state(&text_of(data));
    check_url_state(&tokens(data, QUERY_ALPHABET));
});
