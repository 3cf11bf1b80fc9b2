//! Money as whole øre in an `i64` newtype, and how numbers are grouped in each format.
//!
//! The one rounding rule of the app, written once: every division of money
//! truncates towards zero at whole øre ([`Money::div_floor`]); a figure shown in whole
//! kroner (the unit price, as the report's Table 3 shows it) truncates the øre
//! ([`Money::whole_kroner`]). Nothing is ever computed with floating point.

use core::ops::{Add, Sub};

/// How numbers are written: Danish `1.234.567,50` or English `1,234,567.50`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NumberFormat {
    /// `.` groups thousands, `,` starts decimals; amounts as `24.561 kr.`.
    #[default]
    Danish,
    /// `,` groups thousands, `.` starts decimals; amounts as `DKK 24,561`.
    English,
}

impl NumberFormat {
    /// The thousands separator.
    pub const fn group(self) -> char {
        match self {
            NumberFormat::Danish => '.',
            NumberFormat::English => ',',
        }
    }

    /// The decimal separator.
    pub const fn decimal(self) -> char {
        match self {
            NumberFormat::Danish => ',',
            NumberFormat::English => '.',
        }
    }

    /// The other format: a number unambiguously written in it is read on either page.
    pub const fn other(self) -> NumberFormat {
        match self {
            NumberFormat::Danish => NumberFormat::English,
            NumberFormat::English => NumberFormat::Danish,
        }
    }
}

/// An amount of Danish money, in øre (1 kr. = 100 øre). May be negative (a repayment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i64);

/// Øre per krone.
pub const ORE_PER_KRONE: i64 = 100;

impl Money {
    /// Zero kroner.
    pub const ZERO: Money = Money(0);

    /// An amount from a number of øre.
    pub const fn from_ore(ore: i64) -> Money {
        Money(ore)
    }

    /// An amount from a number of whole kroner.
    pub const fn from_kroner(kroner: i64) -> Money {
        Money(kroner * ORE_PER_KRONE)
    }

    /// The amount in øre.
    pub const fn ore(self) -> i64 {
        self.0
    }

    /// This amount divided by `divisor`, truncated towards zero at whole øre.
    /// `divisor` must be at least 1.
    pub const fn div_floor(self, divisor: i64) -> Money {
        Money(self.0 / divisor)
    }

    /// Half of this amount, truncated at whole øre (the pool's "halvdelen").
    pub const fn half(self) -> Money {
        self.div_floor(2)
    }

    /// The amount truncated towards zero to whole kroner (øre dropped).
    pub const fn whole_kroner(self) -> Money {
        Money(self.0 / ORE_PER_KRONE * ORE_PER_KRONE)
    }

    /// The smaller of two amounts.
    pub fn min(self, other: Money) -> Money {
        Money(self.0.min(other.0))
    }

    /// True below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// The amount as `format` writes it, with the currency: `24.561 kr.` or `DKK 24,561`.
    /// The language files ([`crate::texts`]) choose the format.
    pub fn format(self, format: NumberFormat) -> String {
        let number = self.to_number(format);
        match format {
            NumberFormat::Danish => number + " kr.",
            NumberFormat::English => format!("DKK {number}"),
        }
    }

    /// The number without the currency: `1.234.567,50` or `1,234,567.50`; øre only when
    /// there are any.
    pub fn to_number(self, format: NumberFormat) -> String {
        let negative = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let kroner = abs / ORE_PER_KRONE as u64;
        let ore = abs % ORE_PER_KRONE as u64;
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        push_grouped(&mut out, kroner, format.group());
        if ore != 0 {
            out.push(format.decimal());
            out.push(char::from(b'0' + (ore / 10) as u8));
            out.push(char::from(b'0' + (ore % 10) as u8));
        }
        out
    }
}

/// Writes `n` with `sep` between groups of three digits.
pub fn push_grouped(out: &mut String, n: u64, sep: char) {
    let digits = n.to_string();
    let len = digits.len();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
}

/// A whole number with the thousands separators of `format`.
pub fn format_count(n: u64, format: NumberFormat) -> String {
    let mut out = String::new();
    push_grouped(&mut out, n, format.group());
    out
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}
