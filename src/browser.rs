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
