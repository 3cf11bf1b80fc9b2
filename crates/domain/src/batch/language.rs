//! The page a batch is read on: how it reads the amounts and targets, and which headings
//! it knows.
//!
//! The Danish page reads numbers in the Danish format only (`1.234.567,50`), as it
//! always has. The English page reads each number as the English calculator does
//! (`1,234,567.50`, and `1.234.567` with two or more points); when that reading fails on
//! the marks alone — a comma or point where the English format has none — it reads the
//! number in the Danish format, so a sheet from Danish Excel is read too (`797.600`,
//! `1.234,50`, the page's own CSV export's `1234567,50`). Neither format writes three
//! decimals, so a single comma or point before exactly three digits groups thousands
//! either way: `1,250` and `1.250` are both 1.250 kr. Where neither reading reads a
//! number, the English reading's reason is given, unless the Danish reading got past the
//! marks and found something else (too large, zero): then that reason.

use crate::amount_input::{parse_positive_amount_in, AmountError};
use crate::count_input::{parse_target_in, CountError};
use crate::money::{Money, NumberFormat};

/// The language of the page that reads a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// The Danish page: Danish numbers, Danish headings and the English ones it has
    /// always known.
    #[default]
    Danish,
    /// The English page: English numbers first, then Danish ones ([the rule](self)),
    /// and the common English headings as well (`name`, `method` …).
    English,
}

impl Language {
    /// A budget as this page reads it: a positive amount.
    pub fn read_amount(self, text: &str) -> Result<Money, AmountError> {
        let danish = || parse_positive_amount_in(text, NumberFormat::Danish);
        match self {
            Language::Danish => danish(),
            Language::English => either(
                parse_positive_amount_in(text, NumberFormat::English),
                danish,
                |e| {
                    matches!(
                        e,
                        AmountError::MalformedGrouping
                            | AmountError::MalformedDecimals
                            | AmountError::TooManyDecimals
                    )
                },
            ),
        }
    }

    /// A target as this page reads it: a whole number of hires.
    pub fn read_target(self, text: &str) -> Result<u32, CountError> {
        let danish = || parse_target_in(text, NumberFormat::Danish);
        match self {
            Language::Danish => danish(),
            Language::English => {
                either(parse_target_in(text, NumberFormat::English), danish, |e| {
                    matches!(e, CountError::NotWhole | CountError::Malformed)
                })
            }
        }
    }
}

/// The English reading; where it fails on the marks (`of_marks`), the Danish one, or
/// the better reason of the two.
fn either<T, E>(
    english: Result<T, E>,
    danish: impl FnOnce() -> Result<T, E>,
    of_marks: impl Fn(&E) -> bool,
) -> Result<T, E> {
    match english {
        Err(e) if of_marks(&e) => match danish() {
            Ok(value) => Ok(value),
            Err(d) if !of_marks(&d) => Err(d),
            Err(_) => Err(e),
        },
        read => read,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_page_reads_english_then_danish() {
        let kr = Money::from_kroner;
        for (text, amount) in [
            ("1,250,000", kr(1_250_000)),
            ("1,250,000.50", Money::from_ore(125_000_050)),
            ("1250000", kr(1_250_000)),
            ("1.250.000", kr(1_250_000)),
            ("1.234,50", Money::from_ore(123_450)),
            ("1234567,50", Money::from_ore(123_456_750)),
            ("797.600", kr(797_600)),
            ("1,250", kr(1_250)),
            ("1.250", kr(1_250)),
            ("1.25", Money::from_ore(125)),
            ("1,25", Money::from_ore(125)),
        ] {
            assert_eq!(Language::English.read_amount(text), Ok(amount), "{text}");
        }
        assert_eq!(
            Language::English.read_amount("2.000.000.000"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(
            Language::English.read_amount("0,00"),
            Err(AmountError::Zero)
        );
        assert_eq!(
            Language::English.read_amount("1.250.5"),
            Err(AmountError::MalformedDecimals)
        );
        assert_eq!(
            Language::English.read_amount("1,250 mio"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(Language::English.read_target("1,000"), Ok(1_000));
        assert_eq!(Language::English.read_target("1.000"), Ok(1_000));
        assert_eq!(
            Language::English.read_target("2.5"),
            Err(CountError::NotWhole)
        );
    }

    #[test]
    fn the_danish_page_reads_danish_only() {
        assert_eq!(
            Language::Danish.read_amount("1,250,000"),
            Err(AmountError::MalformedDecimals)
        );
        assert_eq!(
            Language::Danish.read_amount("1,250"),
            Err(AmountError::TooManyDecimals)
        );
        assert_eq!(Language::Danish.read_target("1.000"), Ok(1_000));
        assert_eq!(
            Language::Danish.read_target("1,000"),
            Err(CountError::NotWhole)
        );
    }
}
