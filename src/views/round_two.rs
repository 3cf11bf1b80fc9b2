//! Round two as STAR summed it up: STAR's own figures, with source and date, beside the
//! report's round one. Nothing is computed from them. Part of the reference part
//! ([`super::reference`]).

use yew::prelude::*;

use crate::ids::Id;
use crate::texts::reference::ReferenceTexts;
use crate::texts::Page as T;

/// STAR's figures for round two, with the news item they come from.
pub fn round_two() -> Html {
    let (source, href) = T::ROUND_TWO_SOURCE;
    html! {
        <section class="panel" aria-labelledby={Id::RoundTwoHeading.text()} data-testid="round-two">
            <h2 id={Id::RoundTwoHeading.text()}>{ T::ROUND_TWO_HEADING }</h2>
            <p>{ T::ROUND_TWO_LEAD }</p>
            <dl class="compare-figures">
                { for T::ROUND_TWO_FIGURES.iter().map(|(label, value)| html! {
                    <div class="compare-row"><dt>{ *label }</dt><dd class="figure">{ *value }</dd></div>
                }) }
            </dl>
            <p>{ T::ROUND_TWO_NOTE }</p>
            <p class="figure-note">{ T::SOURCE_PREFIX }{ " " }<a href={href} data-testid="round-two-source">{ source }</a></p>
            <p class="figure-note">{ T::ROUND_TWO_CALL }</p>
        </section>
    }
}
