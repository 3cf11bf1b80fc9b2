//! The page's reference part: everything that never changes with the inputs (the rule and
//! the assumptions, the facts for applicants, the lessons, the caveats in full, round two,
//! the words and the sources). The build step (`src/bin/prerender.rs`) writes it into each
//! language's page as HTML, readable without JavaScript; the wasm never draws it, so its
//! texts cost the wasm nothing. It follows the app's root, before the footer; embedded,
//! the style sheet hides it.

use yew::prelude::*;

use super::applicant_facts::applicant_facts;
use super::caveats::caveats;
use super::lessons::{lessons, LessonsProps};
use super::round_two::round_two;
use super::rule_explanation::rule_explanation;
use super::sources::sources;
use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// The reference part, in page order.
pub fn reference() -> Html {
    html! {
        <div class="container reference no-print" role="region" aria-label={T::REFERENCE_LABEL} data-testid="reference">
            { rule_explanation() }
            { applicant_facts() }
            <section class="panel" aria-labelledby="lessons-heading" data-testid="lessons-panel">
                <h2 id="lessons-heading">{ T::LESSONS_HEADING }</h2>
                { lessons(&LessonsProps { approach: None }) }
            </section>
            { caveats() }
            { round_two() }
            { sources() }
        </div>
    }
}

/// [`reference`] as a component, for the server renderer.
#[function_component]
pub fn Reference() -> Html {
    reference()
}
