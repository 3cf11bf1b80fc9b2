//! What people type as a number of hires → a whole number in a range, or why not.

use super::amount_input::{parse_grouped_in, AmountError, MAX_INPUT_CHARS};
use super::money::NumberFormat;

/// The largest target accepted.
pub const MAX_TARGET: u32 = 100_000;
/// The largest number of verified hires accepted in a scenario.
pub const MAX_HIRES: u32 = 1_000_000;

/// Why a typed text is not an acceptable number of hires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountError {
    /// Nothing was typed.
    Empty,
    /// Letters in the text.
    Letters,
    /// A minus sign.
    Negative,
    /// A comma or decimals: hires are whole people.
    NotWhole,
    /// Any other malformed text (symbols, bad grouping).
    Malformed,
    /// Below the smallest value allowed (`min`).
    TooSmall { min: u32 },
    /// Above the largest value allowed (`max`).
    TooLarge { max: u32 },
    /// More than [`MAX_INPUT_CHARS`] characters.
    TooLong,
}

/// Parses a whole number of hires between `min` and `max`, both included, written in
/// `format`: in Danish `1.000` and `1 000` are one thousand, in English `1,000`; `2.5` is
/// not whole.
pub fn parse_count_in(
    input: &str,
    min: u32,
    max: u32,
    format: NumberFormat,
) -> Result<u32, CountError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(CountError::TooLong);
    }
    let text = input.trim();
    let text = ["ansættelser", "stk.", "hires"]
        .iter()
        .find_map(|suffix| strip_suffix_any_case(text, suffix))
        .unwrap_or(text)
        .trim_end();
    if text.is_empty() {
        return Err(CountError::Empty);
    }
    if text.starts_with(['-', '\u{2212}']) {
        return Err(CountError::Negative);
    }
    if text.chars().any(super::letters::is_letter) {
        return Err(CountError::Letters);
    }
    if text.contains(format.decimal()) {
        return Err(CountError::NotWhole);
    }
    if !text.chars().all(|c| {
        c.is_ascii_digit() || c == format.group() || matches!(c, ' ' | '\u{a0}' | '\u{202f}')
    }) {
        return Err(CountError::Malformed);
    }
    let value = match parse_grouped_in(text, format) {
        Ok(v) => v,
        Err(AmountError::TooLarge) => return Err(CountError::TooLarge { max }),
        Err(_) => return Err(CountError::Malformed),
    };
    if value < u64::from(min) {
        Err(CountError::TooSmall { min })
    } else if value > u64::from(max) {
        Err(CountError::TooLarge { max })
    } else {
        Ok(value as u32)
    }
}

/// `text` without `suffix` (given in lower case) at its end, in any case.
fn strip_suffix_any_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let chars = suffix.chars().count();
    let start = text.char_indices().rev().nth(chars.checked_sub(1)?)?.0;
    (super::letters::lowercase(&text[start..]) == suffix).then(|| &text[..start])
}

/// Parses a target (resultatmål): 1 to [`MAX_TARGET`] hires.
pub fn parse_target(input: &str) -> Result<u32, CountError> {
    parse_target_in(input, NumberFormat::Danish)
}

/// Parses a target written in `format`.
pub fn parse_target_in(input: &str, format: NumberFormat) -> Result<u32, CountError> {
    parse_count_in(input, 1, MAX_TARGET, format)
}

/// Parses verified hires in a scenario, 0 to [`MAX_HIRES`], written in `format`.
pub fn parse_hires_in(input: &str, format: NumberFormat) -> Result<u32, CountError> {
    parse_count_in(input, 0, MAX_HIRES, format)
}
