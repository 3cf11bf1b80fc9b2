//! The caveats that travel with round-one figures, and the disclaimer.

use yew::prelude::*;

use crate::i18n::Lang;

/// What [`caveats`] shows.
pub struct CaveatsProps {
    /// The page language.
    pub lang: Lang,
}

/// What a reader must know before trusting round one's results.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn caveats(props: &CaveatsProps) -> Html {
    let t = props.lang.texts();
    html! {
        <section class="panel caveats" aria-labelledby="caveats-heading" data-testid="caveats">
            <h2 id="caveats-heading">{ t.caveats_heading }</h2>
            <ul>
                { for t.caveats.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </section>
    }
}
