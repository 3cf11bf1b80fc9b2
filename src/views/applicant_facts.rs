//! What an applicant needs to know and the calculator cannot compute: what counts as a
//! hire, the target group, reporting, rejections, timing, who could apply, the pool's size;
//! each with the report's section. Part of the reference part ([`super::reference`]).

use yew::prelude::*;

use crate::ids::Id;

use super::answer_links::back_link;
use crate::texts::reference::ReferenceTexts;
use crate::texts::Page as T;

/// The facts for applicants, each with its source. The first, what counts as a hire, is
/// where a link under the result leads ([`super::answer_links`]): [`Id::HireFact`].
pub fn applicant_facts() -> Html {
    html! {
        <section class="panel" aria-labelledby="applicant-heading" data-testid="applicant-facts">
            <h2 id="applicant-heading">{ T::APPLICANT_HEADING }</h2>
            <dl class="facts">
                { for T::APPLICANT_FACTS.iter().enumerate().map(|(i, (title, fact, source))| html! {
                    <div class="fact" data-testid="applicant-fact" id={(i == 0).then_some(Id::HireFact.text())}>
                        <dt>{ *title }</dt>
                        <dd>{ *fact }<span class="ref">{ format!(" ({source})") }</span></dd>
                    </div>
                }) }
            </dl>
            { back_link() }
        </section>
    }
}
