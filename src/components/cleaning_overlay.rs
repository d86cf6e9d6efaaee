use std::time::Duration;

use leptos::prelude::*;

use crate::clock;
use crate::i18n::use_i18n;
use crate::timers::owned_interval;

/// How long the screen ignores touches so it can be wiped.
pub const CLEANING: Duration = Duration::from_secs(30);

/// Cleaning mode: a screen that takes every touch and does nothing with it, with a countdown.
#[component]
pub fn CleaningOverlay(
    /// Called when the time is up.
    on_done: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let until = clock::now_ms() + CLEANING.as_millis() as f64;
    let (seconds_left, set_seconds_left) = signal(CLEANING.as_secs() as i64);
    let finished = std::rc::Rc::new(std::cell::Cell::new(false));
    owned_interval(Duration::from_millis(250), move || {
        let left = ((until - clock::now_ms()) / 1000.0).ceil() as i64;
        if left <= 0 {
            // Once only: a clock that jumps may fire the tick again after on_done has
            // already replaced this overlay (and disposed the callback with it).
            if !finished.get() {
                finished.set(true);
                let _ = on_done.try_run(());
            }
        } else {
            set_seconds_left.set(left);
        }
    });
    let swallow = |ev: leptos::ev::PointerEvent| {
        ev.prevent_default();
        ev.stop_propagation();
    };
    view! {
        <div class="cleaning" data-testid="cleaning" role="status" on:pointerdown=swallow on:pointerup=swallow on:click=|ev| ev.stop_propagation()>
            <h1>{i18n.text("cleaning-title")}</h1>
            <p class="cleaning-count">{move || i18n.t_with("cleaning-body", &[("seconds", seconds_left.get())])}</p>
        </div>
    }
}
