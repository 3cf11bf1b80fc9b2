//! English: the ways through the calculator's page.

use super::{millions, LinkTexts};
use crate::domain::money::Money;
use crate::texts::en::{grouped, En};
use crate::texts::Texts;

impl LinkTexts for En {
    const ANSWERS_HEADING: &'static str = "Read more about your result";
    const BACK_LINK: &'static str = "Back to the result";

    fn axis_amount(m: Money) -> String {
        millions(m, grouped, '.', "m").unwrap_or_else(|| Self::money(m))
    }
}
