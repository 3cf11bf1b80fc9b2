//! Letters and lower case for the parsers and the batch sort, without Unicode's tables.
//!
//! `str::to_lowercase` and `char::is_alphabetic` bring Unicode-wide tables into the wasm
//! (about 5 kB). What people type here is Danish or English: ASCII and Latin-1 (æ, ø, å,
//! é, ü …) are folded exactly; letters of other scripts keep their case.

/// `c` in lower case when it is an ASCII or Latin-1 capital letter; otherwise `c` itself.
pub fn lower(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(u32::from(c) + 32).unwrap_or(c),
        _ => c,
    }
}

/// `text` with [`lower`] applied to every character.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

/// Whether `c` is a letter: ASCII, Latin-1 and Latin Extended, Greek or Cyrillic. Used
/// only to word an error message ("letters" rather than "the sign …").
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='\u{24f}' | '\u{370}'..='\u{4ff}')
}
