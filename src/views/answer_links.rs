//! The links under the result to the further answers on the long page: when the money can
//! come, the comparison with round one, what counts as a hire, and the rule and the
//! assumptions. Each of those sections has a [`back_link`] to the result.

use yew::prelude::*;

use crate::ids::Id;
use crate::texts::links::LinkTexts;
use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// Where each link leads and its text: the sections' own headings where they say it.
/// (The hire fact's title is the reference part's; only that one text of it is in the
/// wasm.)
const ANSWERS: [(Id, &str); 4] = [
    (Id::CashHeading, T::CASH_HEADING),
    (Id::CompareHeading, T::COMPARE_HEADING),
    (Id::HireFact, T::APPLICANT_FACTS[0].0),
    (Id::RulesHeading, T::W_RULES_LINK),
];

/// The links, a list in a `<nav>` of its own.
pub fn answer_links() -> Html {
    html! {
        <nav class="panel no-print" aria-labelledby="answers-heading" data-testid="answer-links">
            <h2 id="answers-heading">{ T::ANSWERS_HEADING }</h2>
            <ul>
                { for ANSWERS.iter().map(|(id, text)| html! { <li><a href={id.href()}>{ *text }</a></li> }) }
            </ul>
        </nav>
    }
}

/// The way back from a further answer to the result (its heading).
pub fn back_link() -> Html {
    html! {
        <p class="no-print"><a href={Id::ResultsHeading.href()} data-testid="back-to-result">{ T::BACK_LINK }</a></p>
    }
}
