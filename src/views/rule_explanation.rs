//! The payout rule: the report's own sentence from section 1.1 (and, on the English page,
//! an English rendering beside it), the rule in plain words as the calculator computes it,
//! and apart from both, what the calculator assumes beyond the report. Part of the page's
//! reference part, written into the page at build time ([`super::reference`]).

use yew::prelude::*;

use crate::ids::Id;

use super::answer_links::back_link;
use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// What the report says, how the calculator reads it, and what it assumes.
pub fn rule_explanation() -> Html {
    html! {
        <section class="panel rules" aria-labelledby="rules-heading" data-testid="rules">
            <h2 id={Id::RulesHeading.text()}>{ T::RULE_HEADING }</h2>
            <p data-testid="rule-round">{ T::RULE_ROUND }</p>
            <h3>{ T::RULE_REPORT_HEADING }</h3>
            <figure class="quote">
                <blockquote lang="da">{ T::RULE_QUOTE }</blockquote>
                <figcaption>{ T::RULE_SOURCE }</figcaption>
            </figure>
            if let Some(rendering) = T::RULE_QUOTE_RENDERING {
                <p class="figure-note">{ T::RULE_QUOTE_RENDERING_LABEL }</p>
                <blockquote class="rendering" data-testid="rule-rendering">{ rendering }</blockquote>
            }
            <h3>{ T::RULE_READING_HEADING }</h3>
            <ol data-testid="rule-reading">
                { for T::RULE_READING.iter().map(|line| html! { <li>{ *line }</li> }) }
            </ol>
            <h3 id="assumptions-heading">{ T::ASSUMPTIONS_HEADING }</h3>
            <p>{ T::ASSUMPTIONS_LEAD }</p>
            <ul class="assumptions" data-testid="assumptions">
                { for T::ASSUMPTIONS.iter().map(|a| html! {
                    <li data-testid="assumption"><strong>{ T::ASSUMPTION_MARK }</strong>{ " " }{ *a }</li>
                }) }
            </ul>
            <p data-testid="threshold-rounding">{ T::THRESHOLD_ROUNDING }</p>
            { back_link() }
        </section>
    }
}
