//! The patient feedback kiosk: a Leptos app, rendered in the browser, that takes one patient's
//! Friends and Family Test answer and comment and delivers it to the practice server through an
//! outbox that survives reloads and hours offline.

pub mod api;
pub mod app;
pub mod clock;
pub mod components;
pub mod day;
pub mod device;
pub mod flow;
pub mod i18n;
pub mod idle;
pub mod json_text;
pub mod kiosk_mode;
pub mod outbox;
pub mod pin_lock;
pub mod screens;
pub mod service_worker;
pub mod settings;
pub mod storage;
pub mod timers;
pub mod visit;

use leptos::prelude::*;

/// Mounts the kiosk on the page's body.
pub fn start() {
    // A panic is logged with where it happened (file and line), not its message: formatting
    // the message would cost the kiosk 0.2 KB over the wire, console_error_panic_hook 0.9 KB.
    std::panic::set_hook(Box::new(|info| {
        let (file, line) = info.location().map_or(("", 0), |l| (l.file(), l.line()));
        web_sys::console::error_3(&"kiosk panicked at".into(), &file.into(), &line.into());
    }));
    service_worker::register();
    mount_to_body(app::App);
}
