//! What people type as an amount of kroner → [`Money`], or the reason it is not money.
//!
//! Danish forms are accepted: `5.649.208`, `5649208`, `1.234.567,50`, `1 234 567 kr.`,
//! `kr. 5.649.208,-`. A `.` or a space separates groups of exactly three digits; a `,`
//! starts one or two decimals (øre) or `,-`. Currency words `kr.`, `kr` and `DKK` may
//! stand before or after the number.

use super::money::{Money, NumberFormat, ORE_PER_KRONE};

/// The most characters a typed amount or count may have.
pub const MAX_INPUT_CHARS: usize = 40;

/// The largest amount accepted: 1.000.000.000 kr. (the whole pool is 45 mio. kr.).
pub const MAX_AMOUNT: Money = Money::from_kroner(1_000_000_000);

/// Why a typed text is not an amount. Each has its own message in each language file (`texts`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing was typed.
    Empty,
    /// The text holds letters (other than the currency `kr.`/`DKK`).
    Letters,
    /// A minus sign: amounts cannot be negative.
    Negative,
    /// A character that belongs in no amount, e.g. `%` or `/`.
    Symbol(char),
    /// More than two digits after the decimal comma.
    TooManyDecimals,
    /// Thousands separators that do not group exactly three digits, e.g. `5.64.208`.
    MalformedGrouping,
    /// More than one comma, or something other than digits or `-` after it.
    MalformedDecimals,
    /// Above [`MAX_AMOUNT`].
    TooLarge,
    /// Zero where a positive amount is needed (the budget).
    Zero,
    /// More than [`MAX_INPUT_CHARS`] characters.
    TooLong,
}

/// Parses an amount as a Danish user types it.
pub fn parse_amount(input: &str) -> Result<Money, AmountError> {
    parse_amount_in(input, NumberFormat::Danish)
}

/// Parses an amount written in `format`: in English `1,234,567.50` and `DKK 1,234,567`
/// (a `,` or space groups three digits, a `.` starts one or two decimals). Also reads
/// millions (`1,2 mio`) and, in English, a number only Danish can mean (`1.200.000`).
pub fn parse_amount_in(input: &str, format: NumberFormat) -> Result<Money, AmountError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(AmountError::TooLong);
    }
    let text = strip_currency(input.trim());
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    if let Some(number) = strip_millions(text) {
        return parse_millions(number, format);
    }
    // Two or more points on the English page can only be Danish thousands separators.
    // (The Danish page keeps its own reading, as the batch check's Danish files need.)
    if format == NumberFormat::English && text.matches('.').count() >= 2 {
        if let Ok(m) = parse_plain(text, NumberFormat::Danish) {
            return Ok(m);
        }
    }
    parse_plain(text, format)
}

/// [`parse_amount_in`] for a number without currency words or millions.
fn parse_plain(text: &str, format: NumberFormat) -> Result<Money, AmountError> {
    if text.starts_with(['-', '\u{2212}']) {
        return Err(AmountError::Negative);
    }
    if let Some(c) = text.chars().find(|c| !is_amount_char(*c, format)) {
        return Err(if super::letters::is_letter(c) {
            AmountError::Letters
        } else {
            AmountError::Symbol(c)
        });
    }
    let (whole, decimals) = match text.split_once(format.decimal()) {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (text, None),
    };
    let ore = match decimals {
        None | Some("") | Some("-") => 0,
        Some(d) if d.contains([',', '.', ' ', '\u{a0}', '\u{202f}', '-']) => {
            return Err(AmountError::MalformedDecimals)
        }
        Some(d) if d.len() > 2 => return Err(AmountError::TooManyDecimals),
        Some(d) if d.len() == 1 => digits_value(d) * 10,
        Some(d) => digits_value(d),
    };
    if whole.contains('-') {
        return Err(AmountError::MalformedGrouping);
    }
    let kroner = parse_grouped_in(whole, format)?;
    let total = kroner
        .checked_mul(ORE_PER_KRONE as u64)
        .and_then(|k| k.checked_add(ore))
        .filter(|t| *t <= MAX_AMOUNT.ore() as u64)
        .ok_or(AmountError::TooLarge)?;
    Ok(Money::from_ore(total as i64))
}

/// Kroner in a million.
const KRONER_PER_MILLION: u64 = 1_000_000;

/// The number before `mio`, `mio.`, `million` or `millioner` (any case, a space before
/// it optional, currency words around it already gone), or `None` without such a word.
fn strip_millions(text: &str) -> Option<&str> {
    const WORDS: [&str; 4] = ["millioner", "million", "mio.", "mio"];
    WORDS.iter().find_map(|word| {
        let cut = text.len().checked_sub(word.len())?;
        (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(word))
            .then(|| strip_currency(text[..cut].trim_end()))
    })
}

/// A number of millions of kroner: `2`, `1,2` or `1.25` (up to six decimals, so the
/// amount is whole kroner). The page's decimal mark starts the decimals; so does the
/// other format's, when it stands once and not before exactly three digits (`1.2 mio`
/// on the Danish page, `1,2 mio` on the English one).
fn parse_millions(number: &str, format: NumberFormat) -> Result<Money, AmountError> {
    if number.is_empty() {
        return Err(AmountError::Empty);
    }
    if number.starts_with(['-', '\u{2212}']) {
        return Err(AmountError::Negative);
    }
    if let Some(c) = number
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',') || is_group_separator(*c, format)))
    {
        return Err(if super::letters::is_letter(c) {
            AmountError::Letters
        } else {
            AmountError::Symbol(c)
        });
    }
    let other = format.other().decimal();
    let split = number.split_once(format.decimal()).or_else(|| {
        let (whole, decimals) = number.split_once(other)?;
        (!decimals.contains(other) && decimals.len() != 3).then_some((whole, decimals))
    });
    let (whole, decimals) = split.unwrap_or((number, ""));
    if decimals.len() > 6 {
        return Err(AmountError::TooManyDecimals);
    }
    if !decimals.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AmountError::MalformedDecimals);
    }
    let millions = parse_grouped_in(whole, format)?;
    let fraction = digits_value(decimals) * 10u64.pow(6 - decimals.len() as u32);
    millions
        .checked_mul(KRONER_PER_MILLION)
        .and_then(|k| k.checked_add(fraction))
        .and_then(|k| k.checked_mul(ORE_PER_KRONE as u64))
        .filter(|ore| *ore <= MAX_AMOUNT.ore() as u64)
        .map(|ore| Money::from_ore(ore as i64))
        .ok_or(AmountError::TooLarge)
}

/// Parses a positive amount: like [`parse_amount`], but zero is refused.
pub fn parse_positive_amount(input: &str) -> Result<Money, AmountError> {
    parse_positive_amount_in(input, NumberFormat::Danish)
}

/// Parses a positive amount written in `format`.
pub fn parse_positive_amount_in(input: &str, format: NumberFormat) -> Result<Money, AmountError> {
    match parse_amount_in(input, format)? {
        Money::ZERO => Err(AmountError::Zero),
        m => Ok(m),
    }
}

/// A whole number with optional `.`/space thousands separators → its value.
/// Shared with the count inputs.
pub(crate) fn parse_grouped_in(whole: &str, format: NumberFormat) -> Result<u64, AmountError> {
    if whole.is_empty() {
        return Err(AmountError::MalformedGrouping);
    }
    let groups: Vec<&str> = whole.split(|c| is_group_separator(c, format)).collect();
    let grouping_ok = groups.len() == 1
        || (groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3));
    if !grouping_ok || groups.iter().any(|g| g.is_empty()) {
        return Err(AmountError::MalformedGrouping);
    }
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    if digits > 15 {
        return Err(AmountError::TooLarge);
    }
    Ok(groups.iter().fold(0u64, |acc, g| {
        acc * 10u64.pow(g.len() as u32) + digits_value(g)
    }))
}

fn digits_value(digits: &str) -> u64 {
    digits
        .bytes()
        .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'))
}

fn is_group_separator(c: char, format: NumberFormat) -> bool {
    c == format.group() || matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

fn is_amount_char(c: char, format: NumberFormat) -> bool {
    c.is_ascii_digit() || c == format.decimal() || c == '-' || is_group_separator(c, format)
}

/// Removes `kr.`, `kr`, `DKK` before or after the number (any case), and the spaces
/// around them.
fn strip_currency(text: &str) -> &str {
    const WORDS: [&str; 3] = ["kr.", "dkk", "kr"];
    let mut t = text;
    for word in WORDS {
        if t.len() >= word.len()
            && t.is_char_boundary(word.len())
            && t[..word.len()].eq_ignore_ascii_case(word)
        {
            t = t[word.len()..].trim_start();
            break;
        }
    }
    for word in WORDS {
        if t.len() >= word.len() {
            let cut = t.len() - word.len();
            if t.is_char_boundary(cut) && t[cut..].eq_ignore_ascii_case(word) {
                t = t[..cut].trim_end();
                break;
            }
        }
    }
    t
}
