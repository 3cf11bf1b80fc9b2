//! The payout rules in plain words, next to the report's own sentence from section 1.1.

use yew::prelude::*;

use crate::i18n::Lang;

/// What [`rule_explanation`] shows.
pub struct RuleExplanationProps {
    /// The page language.
    pub lang: Lang,
}

/// How the calculator reads the payout model, with the quote so a reader can check it.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn rule_explanation(props: &RuleExplanationProps) -> Html {
    let t = props.lang.texts();
    html! {
        <section class="panel rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{ t.rule_heading }</h2>
            <ol>
                { for t.rule_plain.iter().map(|line| html! { <li>{ *line }</li> }) }
            </ol>
            <figure class="quote">
                <blockquote lang="da">{ t.rule_quote }</blockquote>
                <figcaption>{ t.rule_source }</figcaption>
            </figure>
        </section>
    }
}
