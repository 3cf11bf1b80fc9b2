//! Mounts the calculator on the page, in place of its pre-rendered default view; a link
//! for another page (`view=batch`, the other language's `lang`) goes on to that page.

use puljeberegner::pages::{Lang, View};
use puljeberegner::state::State;
use puljeberegner::{browser, page_parts};

fn main() {
    let query = browser::current_query();
    let here = (View::Calculator, Lang::PAGE);
    let state = State::from_query(&query);
    if browser::go_to_page(here, state.page(), &query) {
        return;
    }
    let (root, typed) = page_parts::take_app_root();
    // The link's own values, written into the form by the figures module, are not typed:
    // then the link is read as it is (a cut link still says so).
    let typed = state.typed_changes(&typed);
    let query = if typed.is_empty() {
        query
    } else {
        state.with_typed(&typed).to_query()
    };
    let props = puljeberegner::AppProps {
        query: query.into(),
        base_url: browser::page_base_url().into(),
        today: browser::today_danish().into(),
        // As the pre-rendered view was drawn: the form and the key figures, then the rest.
        results_first: true,
    };
    match root {
        Some(root) => {
            yew::Renderer::<puljeberegner::App>::with_root_and_props(root, props).render()
        }
        None => yew::Renderer::<puljeberegner::App>::with_props(props).render(),
    };
}

/// The calculator's allocator: talc (2026-12-07, Danish calculator wasm gzip -9, keystroke
/// medians of 2 × 200 keys: talc 86.611 B, 2,1/2,6 ms; the home-made one it replaced
/// 86.191 B, 2,2/2,5 ms; dlmalloc 88.351 B, 2,7/2,2 ms; lol_alloc 86.081 B, 3,8/4,5 ms).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
