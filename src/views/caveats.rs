//! The caveats that travel with round one's figures, in the page's reference part (written
//! at build time, never drawn by the wasm): [`round_one_caveats`], which the app draws
//! under its round-one table once that is drawn ([`crate::page_parts::round_one_caveats`]),
//! and the rest in [`caveats`].

use yew::prelude::*;

use super::answer_links::back_link;
use crate::ids::Id;
use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// The caveats beside round one's figures, each with its source; and, as they end the
/// comparison with round one once under its table, the way back to the result from there
/// (the wasm then carries neither).
pub fn round_one_caveats() -> Html {
    html! {
        <div class="caveats-near" id={Id::RoundOneCaveats.text()} data-testid="round-one-caveats">
            <p><strong>{ T::CAVEATS_HEADING }</strong></p>
            <ul>
                { for T::CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
            { back_link() }
        </div>
    }
}

/// Every caveat on round one's figures, for the reference part.
pub fn caveats() -> Html {
    html! {
        <section class="panel caveats" aria-labelledby="caveats-heading" data-testid="caveats">
            <h2 id="caveats-heading">{ T::CAVEATS_HEADING }</h2>
            { round_one_caveats() }
            <ul>
                { for T::MORE_CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }
            </ul>
        </section>
    }
}
