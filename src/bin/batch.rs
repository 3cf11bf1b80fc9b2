//! Mounts the batch check ("Tjek mange ansøgninger") on its page, `batch/` (`en/batch/`);
//! a link with the other language's `lang` goes to that language's batch page.

use puljeberegner::pages::{Lang, View};
use puljeberegner::state::State;
use puljeberegner::{browser, page_parts};

fn main() {
    let query = browser::current_query();
    let here = (View::Batch, Lang::PAGE);
    // Any view: the batch page shows the batch check; only the language decides.
    let lang = State::from_query(&query).lang();
    if browser::go_to_page(here, (View::Batch, lang), &query) {
        return;
    }
    let props = puljeberegner::AppProps {
        query: query.into(),
        base_url: browser::page_base_url().into(),
        today: browser::today_danish().into(),
        ..Default::default()
    };
    type Renderer = yew::Renderer<puljeberegner::components::batch_app::BatchApp>;
    match page_parts::app_root() {
        Some(root) => Renderer::with_root_and_props(root, props).render(),
        None => Renderer::with_props(props).render(),
    };
}
