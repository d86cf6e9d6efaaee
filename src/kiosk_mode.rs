//! Kiosk mode, as far as a web page can hold it: full screen again at the first touch if it was
//! lost, the screen kept awake, no context menu, no history navigation out of the app, no link
//! out of it. What a page cannot do (the tablet's own back gesture, relaunch after a reboot) the
//! operating system's kiosk mode does: see the README's deployment guide.
//!
//! Staff can leave kiosk mode from the staff panel, to use the tablet for something else.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A `Copy` handle, in context.
#[derive(Clone, Copy)]
pub struct KioskMode {
    active: RwSignal<bool>,
    /// Whether the screen is being kept awake.
    awake: RwSignal<bool>,
    /// The wake lock the browser gave, released when leaving kiosk mode.
    wake_lock: StoredValue<Option<JsValue>, LocalStorage>,
}

impl KioskMode {
    /// Kiosk mode, on for the life of the page. Its listeners live as long as the page does.
    pub fn start() -> Self {
        let mode = Self {
            active: RwSignal::new(true),
            awake: RwSignal::new(false),
            wake_lock: StoredValue::new_local(None),
        };
        // History: the page's own entry and `GUARD_ENTRIES` more of ours on top. A back gesture
        // lands on one of ours, which tops the guard up again; two quick backs (before the first
        // is answered) still land on the page's own entry; the flow never leaves the page.
        let history = window().history().ok();
        if let Some(history) = &history {
            let _ = history.replace_state(&JsValue::from(0), "");
            top_up_guard(history, &JsValue::from(0));
        }
        let listeners = [
            window_event_listener(leptos::ev::popstate, move |ev| {
                if let Some(history) = history.as_ref().filter(|_| mode.active.get_untracked()) {
                    top_up_guard(history, &ev.state());
                }
            }),
            // The first touch after full screen was lost (a swipe from the edge) brings it back.
            window_event_listener(leptos::ev::pointerdown, move |_| {
                if mode.active.get_untracked() {
                    enter_full_screen();
                }
            }),
            // No long-press menu, except in the comment and contact boxes (copy and paste).
            window_event_listener(leptos::ev::contextmenu, move |ev| {
                if mode.active.get_untracked() && !in_text_field(ev.target()) {
                    ev.prevent_default();
                }
            }),
            // No link leaves the app.
            window_event_listener(leptos::ev::click, move |ev| {
                if mode.active.get_untracked() && leaves_the_app(ev.target()) {
                    ev.prevent_default();
                }
            }),
            // The browser drops a wake lock whenever the page is hidden; take it again.
            window_event_listener(leptos::ev::visibilitychange, move |_| {
                if document().visibility_state() == web_sys::VisibilityState::Visible
                    && mode.active.get_untracked()
                {
                    mode.keep_awake();
                }
            }),
        ];
        std::mem::forget(listeners);
        mode.keep_awake();
        mode
    }

    pub fn active(&self) -> Signal<bool> {
        self.active.into()
    }

    pub fn awake(&self) -> Signal<bool> {
        self.awake.into()
    }

    /// Staff leave kiosk mode: out of full screen, the screen may sleep, history works.
    pub fn leave(&self) {
        self.active.set(false);
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
        if let Some(lock) = self.wake_lock.try_update_value(Option::take).flatten() {
            call_method(&lock, "release", None);
        }
        self.awake.set(false);
    }

    /// Back into kiosk mode (in full screen, as this follows a touch).
    pub fn resume(&self) {
        self.active.set(true);
        // History may have been walked back while kiosk mode was off.
        if let Ok(history) = window().history() {
            top_up_guard(&history, &history.state().unwrap_or(JsValue::NULL));
        }
        enter_full_screen();
        self.keep_awake();
    }

    /// Asks for a screen wake lock (Screen Wake Lock API); not every browser has one.
    fn keep_awake(self) {
        let navigator = window().navigator();
        let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else {
            return;
        };
        if wake_lock.is_undefined() {
            return;
        }
        let Some(request) = call_method(&wake_lock, "request", Some(&"screen".into())) else {
            return;
        };
        spawn_local(async move {
            let lock = JsFuture::from(js_sys::Promise::from(request)).await;
            let _ = self.awake.try_set(lock.is_ok());
            if let Ok(lock) = lock {
                let _ = self.wake_lock.try_set_value(Some(lock));
            }
        });
    }
}

/// Full screen (Fullscreen API). Browsers allow it only during a touch or a key press.
pub fn enter_full_screen() {
    let document = document();
    if document.fullscreen_element().is_some() || !document.fullscreen_enabled() {
        return;
    }
    if let Some(root) = document.document_element() {
        // Refused outside a touch, or where full screen isn't offered.
        let _ = root.request_fullscreen();
    }
}

fn call_method(target: &JsValue, name: &str, argument: Option<&JsValue>) -> Option<JsValue> {
    let method = js_sys::Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    match argument {
        Some(argument) => method.call1(target, argument),
        None => method.call0(target),
    }
    .ok()
}

fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.closest("textarea, input").ok().flatten().is_some())
}

fn leaves_the_app(target: Option<web_sys::EventTarget>) -> bool {
    let Some(link) = target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
    else {
        return false;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let origin = window().location().origin().unwrap_or_default();
    let same_origin = href.starts_with('#')
        || href.starts_with(&origin)
        || (href.starts_with('/') && !href.starts_with("//"));
    !same_origin
}

pub fn use_kiosk_mode() -> KioskMode {
    expect_context::<KioskMode>()
}

/// How many history entries of its own the kiosk keeps above the page's entry.
const GUARD_ENTRIES: u32 = 2;

/// From the entry with history state `state` (its depth: 0, or none, is the page's own entry),
/// pushes guard entries up to `GUARD_ENTRIES`, each carrying its depth, so a popped entry knows
/// how many to put back.
fn top_up_guard(history: &web_sys::History, state: &JsValue) {
    let depth = state.as_f64().map_or(0, |depth| depth as u32);
    for depth in depth.min(GUARD_ENTRIES) + 1..=GUARD_ENTRIES {
        let _ = history.push_state(&JsValue::from(depth), "");
    }
}
