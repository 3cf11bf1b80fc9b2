//! The page outside the app's root, read and written here only: the view pre-rendered
//! into the root (taken over with what was typed into it), the site header's links, the
//! page marked embedded and its height told to the parent page, the embed section, and
//! the reference part (its round-one caveats handed to the app to place, the address's
//! fragment scrolled to once it is there). Each runs from `main` or an effect, never from
//! a render.
//!
//! The reference part itself is fetched and put in the page by the page's guard script
//! (`index.html`), the one place that parses markup: the page's own build-time file
//! beside it (`reference.html`); it then fires [`REFERENCE_PLACED`].

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::ids::Id;

/// The page's document, when there is one.
fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The element with this id.
fn element(id: Id) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id.text())
}

/// The element an app mounts in: `<div id="app">`, between the site header and footer.
pub fn app_root() -> Option<web_sys::Element> {
    element(Id::App)
}

/// The element the app mounts in (`<div id="app">`), emptied of the view pre-rendered
/// into the page at build time; and what the reader had typed or chosen in that view
/// before the app arrived, as (name, value) pairs, so it is not lost.
pub fn take_app_root() -> (Option<web_sys::Element>, Vec<(String, String)>) {
    let Some(root) = app_root() else {
        return (None, Vec::new());
    };
    let mut typed = Vec::new();
    if root.has_attribute("data-prerendered") {
        let inputs = root.get_elements_by_tag_name("input");
        for i in 0..inputs.length() {
            let Some(input) = inputs
                .item(i)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            let choice = matches!(input.type_().as_str(), "radio" | "checkbox");
            if (choice && input.checked()) || (!choice && input.value() != input.default_value()) {
                typed.push((input.name(), input.value()));
            }
        }
        root.set_text_content(None);
        let _ = root.remove_attribute("data-prerendered");
    }
    (Some(root), typed)
}

/// The site header's links (written into the page at build time:
/// [`crate::views::site_frame`]) set to `hrefs`, in the order of
/// [`Id::FRAME_LINKS`].
pub fn set_frame_links(hrefs: &[String; 3]) {
    for (id, href) in Id::FRAME_LINKS.iter().zip(hrefs) {
        if let Some(link) =
            element(*id).and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            link.set_href(href);
        }
    }
}

/// Marks the page embedded (`<html class="embedded">`): its style sheet then hides the
/// site header, footer and reference part. (The page's guard script does the same for an
/// embed link before the wasm is there.)
pub fn mark_embedded() {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        html.set_class_name("embedded");
    }
}

/// In embed mode: tells the parent page the calculator's height, in CSS pixels, on load
/// and whenever the layout changes (a `ResizeObserver` on `<body>`), only when it changed:
/// `parent.postMessage({type: "puljeberegner:height", height}, "*")`.
pub fn report_height_to_parent() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let last = Rc::new(Cell::new(-1i32));
    let post = {
        let body = body.clone();
        move || {
            let height = body.get_bounding_client_rect().height().ceil() as i32;
            if height == last.get() {
                return;
            }
            last.set(height);
            let Some(window) = web_sys::window() else {
                return;
            };
            let Ok(Some(parent)) = window.parent() else {
                return;
            };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"puljeberegner:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        callback.forget();
    }
}

/// The embed section (`#embed`, written into the page at build time:
/// [`crate::views::embed_snippet::embed_section`]) with `code` in its text area, shown.
pub fn show_embed_code(code: &str) {
    let (Some(section), Some(area)) = (
        element(Id::Embed),
        element(Id::EmbedCode).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()),
    ) else {
        return;
    };
    area.set_value(code);
    let _ = section.remove_attribute("hidden");
}

/// The caveats on round one's figures (`#round-one-caveats`, in the page's reference
/// part), for the app to draw under its round-one table as a node of its own
/// (`Html::VRef`), so they sit where the figures are; the wasm never carries their text.
pub fn round_one_caveats() -> Option<web_sys::Node> {
    element(Id::RoundOneCaveats).map(Into::into)
}

/// The event the page's guard script fires on the window once it has put the reference
/// part in the page (fetched as the app starts, so it can come after the app's drawing).
pub const REFERENCE_PLACED: &str = "puljeberegner:reference";

/// Calls `then` once, when the page's guard script has put the reference part in the page
/// ([`REFERENCE_PLACED`]).
pub fn when_reference_placed(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Fired once (the guard script fetches the part once), so a one-call closure.
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let _ = window.add_event_listener_with_callback(REFERENCE_PLACED, callback.unchecked_ref());
}

/// When the address's fragment (`/#words-heading`) names an element of the reference
/// part, scrolls it into view: the browser looked for it as the page loaded, before the
/// reference part was in the page.
pub fn scroll_to_fragment() {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return;
    };
    let Some(name) = hash.strip_prefix('#').filter(|name| !name.is_empty()) else {
        return;
    };
    let (Some(reference), Some(target)) = (
        element(Id::Reference),
        document().and_then(|d| d.get_element_by_id(name)),
    ) else {
        return;
    };
    if reference.contains(Some(&target)) {
        target.scroll_into_view();
    }
}
