//! Mounts the calculator on the page, in place of its pre-rendered default view;
//! `view=batch` goes on to the batch check's page.

use puljeberegner::browser;
use puljeberegner::state::{State, View, BATCH_PAGE};

fn main() {
    browser::install_panic_hook();
    let query = browser::current_query();
    if State::from_query(&query).view() == View::Batch {
        browser::replace_location(&format!("{BATCH_PAGE}{query}"));
        return;
    }
    let (root, typed) = browser::take_app_root();
    let query = if typed.is_empty() {
        query
    } else {
        State::from_query(&query).with_typed(&typed).to_query()
    };
    let props = puljeberegner::AppProps {
        query: query.into(),
        base_url: browser::page_base_url().into(),
        today: browser::today_danish().into(),
    };
    match root {
        Some(root) => {
            yew::Renderer::<puljeberegner::App>::with_root_and_props(root, props).render()
        }
        None => yew::Renderer::<puljeberegner::App>::with_props(props).render(),
    };
}
