//! The words the page uses, explained for a small association, and the page's sources with
//! their addresses. Part of the reference part ([`super::reference`]).

use yew::prelude::*;

use crate::ids::Id;
use crate::texts::reference::ReferenceTexts;
use crate::texts::Page as T;

/// The words explained, then the sources.
pub fn sources() -> Html {
    html! {
        <section class="panel" aria-labelledby={Id::WordsHeading.text()} data-testid="sources">
            <h2 id={Id::WordsHeading.text()}>{ T::WORDS_HEADING }</h2>
            <dl class="facts">
                { for T::WORDS.iter().map(|(word, meaning)| html! {
                    <div class="fact"><dt>{ *word }</dt><dd>{ *meaning }</dd></div>
                }) }
            </dl>
            <h3 id="sources-heading">{ T::SOURCES_HEADING }</h3>
            <ul>
                <li data-testid="source-report">{ T::SOURCE_REPORT }{ " " }{ T::SOURCE_REPORT_NOTE }</li>
                { for T::SOURCE_LINKS.iter().map(|(text, href)| html! {
                    <li><a href={*href} data-testid="source-link">{ *text }</a></li>
                }) }
            </ul>
        </section>
    }
}
