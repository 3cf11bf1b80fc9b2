//! Mounts the batch check ("Tjek mange ansøgninger") on its page, `batch/` (`en/batch/`);
//! a link with the other language's `lang` goes to that language's batch page.

use puljeberegner::browser;
use puljeberegner::i18n::Lang;
use puljeberegner::state::{page_link, State, View};

fn main() {
    browser::install_panic_hook();
    let query = browser::current_query();
    let here = (View::Batch, Lang::PAGE);
    let lang = State::from_query(&query).lang();
    if lang != Lang::PAGE {
        browser::replace_location(&format!("{}{query}", page_link(here, (View::Batch, lang))));
        return;
    }
    yew::Renderer::<puljeberegner::components::batch_app::BatchApp>::with_props(
        puljeberegner::AppProps {
            query: query.into(),
            base_url: browser::page_base_url().into(),
            today: browser::today_danish().into(),
            ..Default::default()
        },
    )
    .render();
}
