//! A file's bytes → text: the encoding a spreadsheet program saved it in, detected.
//!
//! Danish Excel on Windows saves "CSV (semikolonsepareret)" in Windows-1252 and
//! "Unicode-tekst" in UTF-16 with a byte order mark; Google Sheets and newer Excel write
//! UTF-8. The rule, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
//! else the bytes are read as UTF-8 if they are valid UTF-8 throughout (strict, as
//! `TextDecoder` with `fatal`); else as Windows-1252, in which every byte is a
//! character. A Windows-1252 file of Danish text is never valid UTF-8 (æ, ø, å are single
//! bytes above 127 that UTF-8 never has alone), so the two are not confused.

/// The encoding a file was read in, said in the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// UTF-16, little-endian, by its byte order mark.
    Utf16Le,
    /// UTF-16, big-endian, by its byte order mark.
    Utf16Be,
    /// Windows-1252 (Western European), Danish Excel's "CSV (semikolonsepareret)".
    Windows1252,
}

/// Decodes a file's bytes by [the rule above](self): the text (without a byte order
/// mark) and the encoding read. A byte order mark followed by invalid bytes still
/// decides; what cannot be decoded becomes U+FFFD.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be);
    }
    match core::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (
            bytes.iter().map(|&b| windows_1252(b)).collect(),
            Encoding::Windows1252,
        ),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks(2).map(|pair| match *pair {
        [a, b] => unit([a, b]),
        // An odd last byte: not a whole code unit.
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252's characters for 0x80–0x9F (the rest is Latin-1); the five bytes it
/// leaves undefined read as the C1 control of the same number, as browsers read them.
const WINDOWS_1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_80_9F[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}
