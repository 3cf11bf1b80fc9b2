//! Mounts the calculator on the page; nothing else.

fn main() {
    puljeberegner::browser::install_panic_hook();
    let query = puljeberegner::browser::current_query();
    yew::Renderer::<puljeberegner::App>::with_props(puljeberegner::AppProps {
        query: query.into(),
        base_url: puljeberegner::browser::page_base_url().into(),
        today: puljeberegner::browser::today_danish().into(),
    })
    .render();
}
