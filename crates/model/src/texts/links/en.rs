//! English: the ways through the calculator's page.

use super::{millions, LinkTexts};
use crate::domain::money::Money;
use crate::texts::en::{grouped, En};
use crate::texts::Texts;

impl LinkTexts for En {
    const ANSWERS_HEADING: &'static str = "Read more about your result";
    const BACK_LINK: &'static str = "Back to the result";

    fn axis_amount(m: Money) -> String {
        match millions(m) {
            Some((0, d)) if d.is_empty() => "0".into(),
            Some((whole, d)) if d.is_empty() => format!("{}m", grouped(whole as u64)),
            Some((whole, d)) => format!("{}.{d}m", grouped(whole as u64)),
            None => Self::money(m),
        }
    }
}
