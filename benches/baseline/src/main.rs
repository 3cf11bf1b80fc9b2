//! The bare Yew page the app is measured against.

use yew::prelude::*;

/// One component, one line of text.
#[function_component]
fn Baseline() -> Html {
    html! { <p data-testid="baseline">{ "Yew baseline" }</p> }
}

fn main() {
    yew::Renderer::<Baseline>::new().render();
}
