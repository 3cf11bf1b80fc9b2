//! Dansk: the ways through the calculator's page.

use super::{millions, LinkTexts};
use crate::domain::money::Money;
use crate::texts::da::{grouped, Da};
use crate::texts::Texts;

impl LinkTexts for Da {
    const ANSWERS_HEADING: &'static str = "Læs videre om jeres resultat";
    const BACK_LINK: &'static str = "Tilbage til resultatet";

    fn axis_amount(m: Money) -> String {
        millions(m, grouped, ',', " mio.").unwrap_or_else(|| Self::money(m))
    }
}
