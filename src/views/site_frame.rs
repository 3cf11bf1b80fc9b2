//! The frame both pages share: header with the navigation and the language switch,
//! `<main>`, footer; embedded, only `<main>` with the language switch at its end.

use yew::prelude::*;

use crate::pages::View;
use crate::texts::{Page as T, Texts};

/// What [`site_frame`] shows.
pub struct SiteFrameProps {
    /// Embedded in another page: no header or footer, a small language link.
    pub embed: bool,
    /// The page this is, marked in the navigation.
    pub current: View,
    /// Link to the calculator, with the inputs.
    pub calculator_href: AttrValue,
    /// Link to the batch check, with the inputs.
    pub batch_href: AttrValue,
    /// Link to this page in the other language.
    pub switch_href: AttrValue,
    /// The page's content.
    pub children: Html,
}

/// Header, main and footer around a page's content. The language switch is in the
/// header, where a reader of the other language looks first, not 4.000 px down.
pub fn site_frame(props: &SiteFrameProps) -> Html {
    let embed = props.embed;
    let current = |view: View| (props.current == view).then_some("page");
    let lang_switch = html! {
        <a href={props.switch_href.clone()} lang={T::LANG.other().code()} hreflang={T::LANG.other().code()} data-testid="lang-switch">{ T::SWITCH_LABEL }</a>
    };
    html! {
        <>
            if !embed {
                <header class="site-header" data-testid="site-header">
                    <div class="container header-row">
                        <p class="site-name">{ T::TITLE }</p>
                        <nav class="site-nav no-print" aria-label={T::NAV_LABEL}>
                            <a href={props.calculator_href.clone()} aria-current={current(View::Calculator)}>{ T::NAV_CALCULATOR }</a>
                            <a href={props.batch_href.clone()} aria-current={current(View::Batch)} data-testid="nav-batch">{ T::NAV_BATCH }</a>
                        </nav>
                        <p class="lang-switch no-print">{ lang_switch.clone() }</p>
                    </div>
                </header>
            }
            <main class="container" data-embedded={embed.then_some("")} id="main">
                { props.children.clone() }
                if embed {
                    <p class="lang-switch lang-switch--embed">{ lang_switch }</p>
                }
            </main>
            if !embed {
                <footer class="site-footer no-print">
                    <div class="container footer-row">
                        <p>{ T::DISCLAIMER }</p>
                    </div>
                </footer>
            }
        </>
    }
}
