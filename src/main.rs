//! Mounts the calculator on the page; `view=batch` goes on to the batch check's page.

use puljeberegner::browser;
use puljeberegner::state::{State, View, BATCH_PAGE};

fn main() {
    browser::install_panic_hook();
    let query = browser::current_query();
    if State::from_query(&query).view() == View::Batch {
        browser::replace_location(&format!("{BATCH_PAGE}{query}"));
        return;
    }
    yew::Renderer::<puljeberegner::App>::with_props(puljeberegner::AppProps {
        query: query.into(),
        base_url: browser::page_base_url().into(),
        today: browser::today_danish().into(),
    })
    .render();
}
