//! Offline use: registers the service worker, and notices when a new release arrived.

use gloo::storage::{LocalStorage, Storage};

const BUILD_KEY: &str = "sentag.build";

/// Registers the service worker when the page is next idle, so that its downloads (the
/// on-demand workers, for offline use) never compete with the first document's.
pub fn register_when_idle() {
    crate::web::idle::when_idle(register_service_worker);
}

/// Registers `sw.js` (next to the page, so any sub-path works) where the browser
/// allows service workers: on https and on localhost, not from `file://`.
fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    let has_workers = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_workers {
        // A failed registration leaves the app as it is: online only.
        let _ = navigator.service_worker().register("./sw.js");
    }
}

/// The running release: the content hash in the name of the app's script.
fn build_id() -> Option<String> {
    let link = gloo::utils::document()
        .query_selector("link[rel=modulepreload]")
        .ok()??;
    link.get_attribute("href")
}

/// Whether this visit runs a newer release than the last one; remembers this one.
pub fn updated_since_last_visit() -> bool {
    let Some(current) = build_id() else {
        return false;
    };
    let previous: Option<String> = LocalStorage::get(BUILD_KEY).ok();
    let _ = LocalStorage::set(BUILD_KEY, &current);
    previous.is_some_and(|p| p != current)
}
