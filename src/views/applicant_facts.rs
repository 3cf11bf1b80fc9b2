//! What an applicant needs to know and the calculator cannot compute: what counts as a
//! hire, the target group, reporting, rejections, timing, who could apply, the pool's size;
//! each with the report's section. Part of the reference part ([`super::reference`]).

use yew::prelude::*;

use crate::texts::reference::ReferenceTexts;
use crate::texts::Page as T;

/// The facts for applicants, each with its source.
pub fn applicant_facts() -> Html {
    html! {
        <section class="panel" aria-labelledby="applicant-heading" data-testid="applicant-facts">
            <h2 id="applicant-heading">{ T::APPLICANT_HEADING }</h2>
            <dl class="facts">
                { for T::APPLICANT_FACTS.iter().map(|(title, fact, source)| html! {
                    <div class="fact" data-testid="applicant-fact">
                        <dt>{ *title }</dt>
                        <dd>{ *fact }<span class="ref">{ format!(" ({source})") }</span></dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
