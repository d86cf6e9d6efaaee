//! The service worker that keeps the app shell (`public/sw.js`): registered at start, and asked
//! for a new version of the app at each new day.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// Browsers allow a service worker only on HTTPS or localhost; elsewhere the kiosk runs without.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker, so a reload with the network down still shows the kiosk.
pub fn register() {
    if let Some(container) = container() {
        let _ = container.register("/sw.js");
    }
}

/// Asks the server for a new version of the app. If there is one, the new worker takes over
/// (it skips waiting and claims the page) and the page reloads into the new version, provided
/// `may_reload` still says yes then (no patient has started in the meantime). The outbox is in
/// `localStorage`, so a reload loses nothing.
pub fn update(may_reload: impl Fn() -> bool + 'static) {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let Ok(checked) = registration.update() else {
            return;
        };
        if JsFuture::from(checked).await.is_err() {
            leptos::logging::warn!("could not check for a new version of the app");
            return;
        }
        if registration.installing().is_none() && registration.waiting().is_none() {
            return;
        }
        let reload = Closure::once_into_js(move || {
            if may_reload() {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.unchecked_ref()));
    });
}
