//! `use_idle_reset`: after a while without a touch, ask "Are you still there?" with a countdown
//! (WCAG 2.2.1), then end the visit. Shaped like leptos-use's `use_idle`.

use std::time::Duration;

use leptos::prelude::*;

use crate::clock;
use crate::timers::owned_interval;

pub struct UseIdleResetOptions {
    /// Time without a touch before the question (the practice can change it).
    pub idle: Signal<Duration>,
    /// Time the question waits before the visit ends.
    pub countdown: Duration,
}

impl Default for UseIdleResetOptions {
    fn default() -> Self {
        Self {
            idle: Signal::stored(Duration::from_secs(60)),
            countdown: Duration::from_secs(30),
        }
    }
}

pub struct UseIdleResetReturn {
    /// Seconds left while the question is shown; `None` otherwise.
    pub seconds_left: Signal<Option<u32>>,
    /// Counts as a touch: closes the question and restarts the wait.
    pub keep_alive: Callback<()>,
}

/// Watches touches and keys while `active` is true; calls `on_timeout` when time runs out.
pub fn use_idle_reset_with_options(
    active: Signal<bool>,
    on_timeout: impl Fn() + Send + Sync + 'static,
    options: UseIdleResetOptions,
) -> UseIdleResetReturn {
    let last_touch = StoredValue::new(clock::now_ms());
    let (seconds_left, set_seconds_left) = signal(None::<u32>);
    let touched = move || {
        last_touch.set_value(clock::now_ms());
        set_seconds_left.set(None);
    };
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| touched()),
        window_event_listener(leptos::ev::keydown, move |_| touched()),
        window_event_listener(leptos::ev::input, move |_| touched()),
    ];
    let countdown_ms = options.countdown.as_millis() as f64;
    let idle = options.idle;
    let tick = move || {
        let idle_ms = idle.get_untracked().as_millis() as f64;
        let limit_ms = idle_ms + countdown_ms;
        if !active.get_untracked() {
            last_touch.set_value(clock::now_ms());
            set_seconds_left.set(None);
            return;
        }
        let quiet_ms = clock::now_ms() - last_touch.get_value();
        if quiet_ms >= limit_ms {
            last_touch.set_value(clock::now_ms());
            set_seconds_left.set(None);
            on_timeout();
        } else if quiet_ms >= idle_ms {
            set_seconds_left.set(Some(((limit_ms - quiet_ms) / 1000.0).ceil() as u32));
        }
    };
    owned_interval(Duration::from_millis(250), tick);
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
    });
    UseIdleResetReturn {
        seconds_left: seconds_left.into(),
        keep_alive: Callback::new(move |()| touched()),
    }
}
