//! The texts of the ways through the calculator's long page, one file per language
//! ([`da`], [`en`]): the links under the result to the further answers, the way back to
//! the result from each of them, and the y axis's short amounts in the payout chart.

use super::Texts;
use crate::domain::money::Money;

pub mod da;
pub mod en;

/// One language's texts of the ways through the page.
pub trait LinkTexts: Texts {
    /// The heading of the links under the result to the further answers.
    const ANSWERS_HEADING: &'static str;
    /// The link from a further answer back to the result.
    const BACK_LINK: &'static str;

    /// An amount on the payout chart's y axis, short enough for a phone: `1,2 mio.`,
    /// `0,25 mio.`, `1.2m`; an axis of amounts below 10.000 kr. a step keeps them whole.
    fn axis_amount(m: Money) -> String;
}

/// `m` in millions, short for an axis: the whole millions written by `whole` (which groups
/// the thousands), then `decimal` and at most two decimals without trailing zeros, then
/// `unit` (none for 0): `1,2 mio.` for 1.200.000 kr. `None` when two decimals do not hold
/// it exactly (a step below 10.000 kr.). Written without `format!`, as it is in the wasm.
pub fn millions(m: Money, whole: fn(u64) -> String, decimal: char, unit: &str) -> Option<String> {
    // A hundredth of a million is 10.000 kr., 1.000.000 øre.
    if m.ore() < 0 || m.ore() % 1_000_000 != 0 {
        return None;
    }
    let hundredths = (m.ore() / 1_000_000) as u64;
    let mut out = whole(hundredths / 100);
    let (tens, ones) = ((hundredths / 10 % 10) as u8, (hundredths % 10) as u8);
    if tens + ones > 0 {
        out.push(decimal);
        out.push(char::from(b'0' + tens));
        if ones > 0 {
            out.push(char::from(b'0' + ones));
        }
    }
    if hundredths > 0 {
        out.push_str(unit);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{millions, LinkTexts};
    use crate::domain::money::Money;
    use crate::texts::{da::Da, en::En};

    #[test]
    fn the_axis_amounts_are_short_and_exact() {
        let k = Money::from_kroner;
        let plain = |m| millions(m, |n| n.to_string(), '.', "M");
        assert_eq!(plain(k(1_200_000)).as_deref(), Some("1.2M"));
        assert_eq!(plain(k(250_000)).as_deref(), Some("0.25M"));
        assert_eq!(plain(k(3_000_000)).as_deref(), Some("3M"));
        assert_eq!(plain(k(0)).as_deref(), Some("0"));
        assert_eq!(plain(k(5_000)), None);
        assert_eq!(plain(k(-1_000_000)), None);
        let amounts = [
            0,
            50_000,
            250_000,
            1_000_000,
            1_200_000,
            45_000_000,
            1_000_000_000,
        ];
        let da: Vec<String> = amounts.iter().map(|&a| Da::axis_amount(k(a))).collect();
        let en: Vec<String> = amounts.iter().map(|&a| En::axis_amount(k(a))).collect();
        assert_eq!(
            da,
            [
                "0",
                "0,05 mio.",
                "0,25 mio.",
                "1 mio.",
                "1,2 mio.",
                "45 mio.",
                "1.000 mio."
            ]
        );
        assert_eq!(en, ["0", "0.05m", "0.25m", "1m", "1.2m", "45m", "1,000m"]);
        // A step below 10.000 kr. (a budget below 40.000 kr.): the whole amount.
        assert_eq!(Da::axis_amount(k(5_000)), "5.000 kr.");
        assert_eq!(En::axis_amount(k(5_000)), "DKK 5,000");
    }
}
