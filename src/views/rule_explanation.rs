//! The payout rules in plain words, next to the report's own sentence from section 1.1.

use yew::prelude::*;

use crate::texts::{Page as T, Texts};

/// How the calculator reads the payout model, with the quote so a reader can check it.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn rule_explanation() -> Html {
    html! {
        <section class="panel rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{ T::RULE_HEADING }</h2>
            <ol>
                { for T::RULE_PLAIN.iter().map(|line| html! { <li>{ *line }</li> }) }
            </ol>
            <figure class="quote">
                <blockquote lang="da">{ T::RULE_QUOTE }</blockquote>
                <figcaption>{ T::RULE_SOURCE }</figcaption>
            </figure>
        </section>
    }
}
