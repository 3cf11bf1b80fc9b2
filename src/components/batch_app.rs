//! The batch check's page (`batch/`): its own reducer and URL, the frame, the batch view.

use yew::prelude::*;

use crate::components::batch_view::BatchView;
use crate::components::hooks::use_page_effects;
use crate::pages::View;
use crate::state::{Action, State};
use crate::views::{
    copy_link::{copy_link, CopyLinkProps},
    site_frame::{page_main, PageMainProps},
};
use crate::AppProps;

/// The caseworkers' page. It keeps the calculator's inputs from the URL for the link back.
#[function_component]
pub fn BatchApp(props: &AppProps) -> Html {
    let initial_query = props.query.clone();
    let state = use_reducer(move || State::from_query(&initial_query).with_view(View::Batch));
    // The page is the batch page by its path: its own link and its address need no
    // `view=batch` (the calculator's inputs are kept for the link back).
    let query = state.with_view(View::Calculator).to_query();
    let set_batch = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::SetBatch(text)))
    };
    let frame_links = state.frame_links();
    let switch_href: AttrValue = frame_links[2].clone().into();
    let share_link: AttrValue = if query.is_empty() {
        props.base_url.clone()
    } else {
        format!("{}?{query}", props.base_url).into()
    };
    let embed = state.embed();
    use_page_effects(query.clone(), frame_links, embed);
    page_main(&PageMainProps {
        embed,
        switch_href,
        children: html! {
            <>
                <BatchView text={state.batch().to_string()} ontext={set_batch} />
                { copy_link(&CopyLinkProps { link: share_link }) }
            </>
        },
    })
}
