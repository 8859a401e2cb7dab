//! Work the user did not ask for waits until the page is idle.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Runs `work` when the browser is next idle (at once where it cannot say when).
pub fn when_idle(work: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let callback = Closure::once_into_js(work);
    if window
        .request_idle_callback(callback.unchecked_ref())
        .is_err()
        && let Ok(function) = callback.dyn_into::<js_sys::Function>()
    {
        let _ = function.call0(&wasm_bindgen::JsValue::NULL);
    }
}
