//! Dansk: the ways through the calculator's page.

use super::{millions, LinkTexts};
use crate::domain::money::Money;
use crate::texts::da::{grouped, Da};
use crate::texts::Texts;

impl LinkTexts for Da {
    const ANSWERS_HEADING: &'static str = "Læs videre om jeres resultat";
    const BACK_LINK: &'static str = "Tilbage til resultatet";

    fn axis_amount(m: Money) -> String {
        match millions(m) {
            Some((0, d)) if d.is_empty() => "0".into(),
            Some((whole, d)) if d.is_empty() => format!("{} mio.", grouped(whole as u64)),
            Some((whole, d)) => format!("{},{d} mio.", grouped(whole as u64)),
            None => Self::money(m),
        }
    }
}
