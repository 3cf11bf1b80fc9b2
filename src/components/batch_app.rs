//! The batch check's page (`batch/`): the calculator's inputs from its URL for the links
//! back, the frame, and the batch view with the page's reducer.

use yew::prelude::*;

use crate::components::batch_view::BatchView;
use crate::components::hooks::use_page_effects;
use crate::pages::View;
use crate::state::State;
use crate::views::{
    copy_link::{copy_link, CopyLinkProps},
    site_frame::{page_main, PageMainProps},
};
use crate::AppProps;

/// The caseworkers' page. It keeps the calculator's inputs from the URL for the link back.
#[function_component]
pub fn BatchApp(props: &AppProps) -> Html {
    // The calculator's inputs, read once from the URL and never changed on this page.
    let state = use_memo(props.query.clone(), |query| {
        State::from_query(query).with_view(View::Batch)
    });
    // The page is the batch page by its path: its own link and its address need no
    // `view=batch` (the calculator's inputs are kept for the link back).
    let query = state.with_view(View::Calculator).to_query();
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
                <BatchView />
                { copy_link(&CopyLinkProps { link: share_link }) }
            </>
        },
    })
}
