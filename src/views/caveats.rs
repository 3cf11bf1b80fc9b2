//! The caveats that travel with round-one figures, and the disclaimer.

use yew::prelude::*;

use crate::texts::{Page as T, Texts};

/// What a reader must know before trusting round one's results.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn caveats() -> Html {
    html! {
        <section class="panel caveats" aria-labelledby="caveats-heading" data-testid="caveats">
            <h2 id="caveats-heading">{ T::CAVEATS_HEADING }</h2>
            <ul>
                { for T::CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </section>
    }
}
