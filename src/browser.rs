//! The few browser calls the app makes beyond the page itself (the address, history,
//! files, downloads, this tab's storage, focus), kept out of render bodies (effects and
//! `main`). The page outside the app's root is [`crate::page_parts`]'s.

use wasm_bindgen::JsValue;

use crate::batch_state::FileProblem;
use crate::domain::batch::Encoding;
use crate::ids::Id;
use crate::pages::{page_link, Lang, View};

/// The page's document, when there is one.
fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The current page's query string, `?…` included, or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// When `page` is not the page `here`, goes there in place of this page (no history
/// entry), keeping `query` (with its `?`), and says so: the caller then starts nothing.
pub fn go_to_page(here: (View, Lang), page: (View, Lang), query: &str) -> bool {
    if page == here {
        return false;
    }
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&format!("{}{query}", page_link(here, page)));
    }
    true
}

/// Replaces the address bar's query with `query` (no `?`) without a reload or a new
/// history entry, so the address is a link that reproduces the view. Nothing is done when
/// the address already says it (a link opened as the app writes it).
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let location = window.location();
    if location.search().is_ok_and(|now| now == search) {
        return;
    }
    let Ok(path) = location.pathname() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
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

/// How long an object URL outlives the click that downloads it, in milliseconds: Firefox
/// and Safari start the download only after `click()` returns, and take a URL revoked
/// before then as a cancelled download.
pub const REVOKE_AFTER_MS: u32 = 60_000;

/// Offers `text` as a file download named `filename` (a Blob and a temporary link); the
/// object URL is revoked [`REVOKE_AFTER_MS`] later, once the download has started.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = document() else { return };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(filename);
            link.click();
        }
    }
    gloo_timers::callback::Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Reads a chosen file's bytes, decodes them in the encoding they are in
/// ([`decode`](crate::domain::batch::decode)) and calls `done` with the text and that
/// encoding; or with [`FileProblem::TooLarge`] when the file is larger than `max_bytes`
/// (then it is not read at all), or [`FileProblem::Unreadable`] when the browser cannot
/// read it (moved or deleted since it was chosen, no permission, a read error).
pub fn read_file_text(
    file: web_sys::File,
    max_bytes: usize,
    done: impl FnOnce(Result<(String, Encoding), FileProblem>) + 'static,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    if file.size() > max_bytes as f64 {
        done(Err(FileProblem::TooLarge(file.size() as u64)));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        done(Err(FileProblem::Unreadable));
        return;
    };
    // `loadend` follows both `load` and `error`; after an error the result is null.
    let reader_in_callback = reader.clone();
    let onloadend = Closure::once(move || match reader_in_callback.result() {
        Ok(buffer) if !buffer.is_null() => {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            done(Ok(crate::domain::batch::decode(&bytes)))
        }
        _ => done(Err(FileProblem::Unreadable)),
    });
    reader.set_onloadend(Some(onloadend.as_ref().unchecked_ref()));
    onloadend.forget();
    // A read that cannot start fires no event (the reader is new, so it always starts).
    let _ = reader.read_as_array_buffer(&file);
}

/// Today's date as `27.11.2026`, for the printed page.
pub fn today_danish() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{}.{}.{}",
        now.get_date(),
        now.get_month() + 1,
        now.get_full_year()
    )
}

/// Moves keyboard focus to the element with this id (the error summary's links).
pub fn focus_element(id: Id) {
    use wasm_bindgen::JsCast;
    let Some(document) = document() else { return };
    if let Some(element) = document
        .get_element_by_id(id.text())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The text kept under `key` in this tab's session storage (`sessionStorage`: this tab
/// only, gone when it closes; nothing leaves the browser), if any.
pub fn session_text(key: &str) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Keeps `text` under `key` in this tab's session storage, or forgets it when `text` is
/// empty; false when the browser would not keep it (too large, or storage turned off).
pub fn keep_session_text(key: &str, text: &str) -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return false;
    };
    if text.is_empty() {
        return storage.remove_item(key).is_ok();
    }
    if storage.set_item(key, text).is_ok() {
        return true;
    }
    // Not kept: an older, shorter batch must not come back in its place.
    let _ = storage.remove_item(key);
    false
}

/// Scrolls the element with this id to the top of the window: what the batch check found,
/// once a chosen file is read.
pub fn scroll_to_top_of(id: Id) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id.text())) {
        element.scroll_into_view_with_bool(true);
    }
}

/// Where the page and the scrolling box with this id are scrolled to, as text: the page's
/// y, then the box's left and top, in whole CSS pixels (`1200 0 340`).
pub fn scroll_positions(id: Id) -> String {
    let y = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or_default();
    let (left, top) = document()
        .and_then(|d| d.get_element_by_id(id.text()))
        .map_or((0, 0), |e| (e.scroll_left(), e.scroll_top()));
    format!("{} {left} {top}", y.round() as i64)
}

/// Scrolls the page and the box with this id back to where [`scroll_positions`] said they
/// were; text it did not write changes nothing.
pub fn restore_scroll_positions(id: Id, text: &str) {
    let numbers: Vec<i32> = text
        .split(' ')
        .filter_map(|n| n.parse::<i32>().ok())
        .collect();
    let [y, left, top] = numbers[..] else {
        return;
    };
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id.text())) {
        element.set_scroll_left(left);
        element.set_scroll_top(top);
    }
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, f64::from(y));
    }
}

/// Calls `then` each time the reader leaves the page (`pagehide`: a link followed, Back,
/// a reload, the tab closed), for as long as the page lives.
pub fn on_leaving(then: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(then);
    let _ = window.add_event_listener_with_callback("pagehide", callback.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    callback.forget();
}
