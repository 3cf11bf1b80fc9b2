//! A hook: an action run once a value has stopped changing for a while (the live region's
//! announcement, the address bar while the reader types).

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Runs `action` with `value` once `value` has stayed the same for `ms` milliseconds; a
/// newer value (or the component going away) cancels the wait.
#[hook]
pub fn use_after_pause<T, F>(value: T, ms: u32, action: F)
where
    T: PartialEq + Clone + 'static,
    F: FnOnce(T) + 'static,
{
    use_effect_with(value, move |value| {
        let value = value.clone();
        let wait = Timeout::new(ms, move || action(value));
        move || drop(wait)
    });
}
