//! The frame both pages share: the header (navigation, language switch) and the footer,
//! written into each page at build time, and the `<main>` the app draws into.
//!
//! The header and footer never change with the inputs, so the wasm never draws them
//! (0,75 kB gzip less): the build step (`src/bin/prerender.rs`) writes them into every
//! page, readable before and without the wasm, and the app only keeps their three links'
//! addresses in step with the inputs ([`crate::state::State::frame_links`],
//! [`crate::page_parts::set_frame_links`]). Embedded, the page's style sheet hides them.

use yew::prelude::*;

use crate::ids::Id;
use crate::pages::View;
use crate::state::State;
use crate::texts::{Page as T, Texts};

/// The site header of the page showing `current`, its links as for a page with no inputs.
pub fn site_header(current: View) -> Html {
    // A state with no inputs is on this build's page language (`Lang::PAGE`).
    let [calculator, batch, switch] = State::default().with_view(current).frame_links();
    let aria_current = |view: View| (current == view).then_some("page");
    html! {
        <header class="site-header" data-testid="site-header">
            <div class="container header-row">
                <p class="site-name">{ T::TITLE }</p>
                <nav class="site-nav no-print" aria-label={T::NAV_LABEL}>
                    <a id={Id::NavCalculator.text()} href={calculator} aria-current={aria_current(View::Calculator)}>{ T::NAV_CALCULATOR }</a>
                    <a id={Id::NavBatch.text()} href={batch} aria-current={aria_current(View::Batch)} data-testid="nav-batch">{ T::NAV_BATCH }</a>
                </nav>
                <p class="lang-switch no-print">
                    <a id={Id::LangSwitch.text()} href={switch} lang={T::LANG.other().code()} hreflang={T::LANG.other().code()} data-testid="lang-switch">{ T::SWITCH_LABEL }</a>
                </p>
            </div>
        </header>
    }
}

/// The site footer.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer no-print">
            <div class="container footer-row">
                <p>{ T::DISCLAIMER }</p>
            </div>
        </footer>
    }
}

/// [`site_header`] and [`site_footer`] as a component, for the server renderer.
#[derive(Properties, PartialEq)]
pub struct FramePartProps {
    /// The page the header is on.
    pub current: View,
    /// The footer rather than the header.
    #[prop_or_default]
    pub footer: bool,
}

/// The header or the footer of a page, for the build step.
#[function_component]
pub fn FramePart(props: &FramePartProps) -> Html {
    if props.footer {
        site_footer()
    } else {
        site_header(props.current)
    }
}

/// What [`page_main`] shows.
pub struct PageMainProps {
    /// Embedded in another page: the header is hidden, so a small language link ends it.
    pub embed: bool,
    /// Link to this page in the other language.
    pub switch_href: AttrValue,
    /// The page's content.
    pub children: Html,
}

/// The page's `<main>`, what the app draws.
pub fn page_main(props: &PageMainProps) -> Html {
    html! {
        <main class="container" data-embedded={props.embed.then_some("")} id="main">
            { props.children.clone() }
            if props.embed {
                <p class="lang-switch lang-switch--embed">
                    <a href={props.switch_href.clone()} lang={T::LANG.other().code()} hreflang={T::LANG.other().code()} data-testid="lang-switch-embed">{ T::SWITCH_LABEL }</a>
                </p>
            }
        </main>
    }
}
