//! The caveats that travel with round one's figures: [`round_one_caveats`] beside the
//! figures (the round-one table, the as-if table), and [`caveats`] in full in the page's
//! reference part.

use yew::prelude::*;

use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// The caveats beside round one's figures, each with its source.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn round_one_caveats() -> Html {
    html! {
        <div class="caveats-near" data-testid="round-one-caveats">
            <p><strong>{ T::CAVEATS_HEADING }</strong></p>
            <ul>
                { for T::CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </div>
    }
}

/// Every caveat on round one's figures, for the reference part.
pub fn caveats() -> Html {
    html! {
        <section class="panel caveats" aria-labelledby="caveats-heading" data-testid="caveats">
            <h2 id="caveats-heading">{ T::CAVEATS_HEADING }</h2>
            <ul>
                { for T::CAVEATS.iter().chain(T::MORE_CAVEATS.iter()).map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </section>
    }
}
