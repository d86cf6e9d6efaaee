//! The patient feedback kiosk: a Leptos app, rendered in the browser, that takes one patient's
//! Friends and Family Test answer and comment and delivers it to the practice server through an
//! outbox that survives reloads and hours offline.

pub mod api;
pub mod app;
pub mod clock;
pub mod components;
pub mod device;
pub mod flow;
pub mod i18n;
pub mod idle;
pub mod outbox;
pub mod pin_lock;
pub mod screens;
pub mod settings;
pub mod storage;
pub mod visit;

use leptos::prelude::*;

/// Mounts the kiosk on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    register_service_worker();
    mount_to_body(app::App);
}

/// The service worker caches the app shell, so a reload with the network down still shows the
/// kiosk. Browsers allow it only on HTTPS or localhost; elsewhere the kiosk runs without it.
fn register_service_worker() {
    let navigator = window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("/sw.js");
    }
}
