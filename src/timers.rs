//! Timers that belong to the component that starts them: cancelled, and their callback freed,
//! when the component goes (or a new timer replaces them).
//!
//! Leptos's `set_timeout_with_handle` and `set_interval_with_handle` give JavaScript a closure
//! that is freed only when a timeout runs; a timer cleared early (every keystroke's debounce, a
//! thank-you screen left with "Finish") leaked it, about 100 bytes each time. gloo's timers own
//! their closure and free it when dropped; keeping them in a `StoredValue` ties that drop to
//! the reactive owner.

use std::time::Duration;

use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;

fn millis(duration: Duration) -> u32 {
    u32::try_from(duration.as_millis()).unwrap_or(u32::MAX)
}

/// Calls `f` once after `delay`, unless the current owner is cleaned up first.
pub fn owned_timeout(delay: Duration, f: impl FnOnce() + 'static) {
    StoredValue::new_local(Timeout::new(millis(delay), f));
}

/// Calls `f` every `period` until the current owner is cleaned up.
pub fn owned_interval(period: Duration, f: impl FnMut() + 'static) {
    StoredValue::new_local(Interval::new(millis(period), f));
}

/// Calls `f` every `period` for the life of the page (a page-wide clock, not a component's).
pub fn page_interval(period: Duration, f: impl FnMut() + 'static) {
    Interval::new(millis(period), f).forget();
}

/// A slot for at most one pending timeout: setting a new one cancels the old.
#[derive(Clone, Copy)]
pub struct TimeoutSlot(StoredValue<Option<Timeout>, LocalStorage>);

impl TimeoutSlot {
    pub fn new() -> Self {
        Self(StoredValue::new_local(None))
    }

    /// Calls `f` after `delay`, cancelling whatever was pending.
    pub fn set(&self, delay: Duration, f: impl FnOnce() + 'static) {
        self.0.set_value(Some(Timeout::new(millis(delay), f)));
    }

    /// Cancels what was pending, if anything.
    pub fn cancel(&self) {
        let _ = self.0.try_set_value(None);
    }
}

impl Default for TimeoutSlot {
    fn default() -> Self {
        Self::new()
    }
}
