//! The few browser calls the app makes, kept out of render bodies (effects and `main`).

use wasm_bindgen::JsValue;

/// The current page's query string, `?…` included, or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the address bar's query with `query` (no `?`) without a reload or a new
/// history entry, so the address is always a link that reproduces the view.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(path) = window.location().pathname() else {
        return;
    };
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The message shown when the app has failed, in both languages since it may fail
/// before it knows which one the page is in.
const PANIC_MESSAGE: &str =
    "Noget gik galt — genindlæs siden. (Something went wrong — reload the page.)";

/// Replaces the default panic behaviour: the panic is logged to the console, and a plain
/// message asks the reader to reload, instead of leaving a page that silently stopped.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show_panic_message();
    }));
}

fn show_panic_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Ok(message)) = (document.body(), document.create_element("p")) else {
        return;
    };
    message.set_class_name("panic-message");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(PANIC_MESSAGE));
    let _ = body.prepend_with_node_1(&message);
}

/// In embed mode: tells the parent page the calculator's height, in CSS pixels, on load
/// and whenever the layout changes (a `ResizeObserver` on `<body>`), only when it changed:
/// `parent.postMessage({type: "puljeberegner:height", height}, "*")`.
pub fn report_height_to_parent() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let last = Rc::new(Cell::new(-1i32));
    let post = {
        let body = body.clone();
        move || {
            let height = body.get_bounding_client_rect().height().ceil() as i32;
            if height == last.get() {
                return;
            }
            last.set(height);
            let Some(window) = web_sys::window() else { return };
            let Ok(Some(parent)) = window.parent() else { return };
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

/// The address of the page without its query: `https://host/path/`.
pub fn page_base_url() -> String {
    web_sys::window()
        .map(|w| {
            let location = w.location();
            format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}
