//! Mounts the batch check ("Tjek mange ansøgninger") on its page, `batch/`.

use puljeberegner::browser;

fn main() {
    browser::install_panic_hook();
    yew::Renderer::<puljeberegner::components::batch_app::BatchApp>::with_props(
        puljeberegner::AppProps {
            query: browser::current_query().into(),
            base_url: browser::page_base_url().into(),
            today: browser::today_danish().into(),
        },
    )
    .render();
}
