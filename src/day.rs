//! The kiosk's day: when the current one started, whether staff closed or opened it by hand, and
//! the tablet's local time as a signal that moves on by itself (every few seconds, and at once
//! when the tablet wakes), so a new day can start at the practice's hour even after a sleep.

use std::time::Duration;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wire::{self as json, Minute, OpeningHours};

use crate::timers::page_interval;
use crate::{clock, storage};

const STORAGE_KEY: &str = "kiosk.day.v1";
/// How often the kiosk looks at the clock.
const TICK: Duration = Duration::from_secs(15);

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
struct DayState {
    /// When this day started (ms since the epoch).
    started_ms: f64,
    /// Staff's choice for the rest of the day: `Some(true)` open whatever the hours,
    /// `Some(false)` closed; `None` follows the opening hours.
    open_by_hand: Option<bool>,
}

/// A local time of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// 1 Monday … 7 Sunday.
    pub weekday: u8,
    pub minute: Minute,
}

impl LocalTime {
    fn at(ms: f64) -> Self {
        let date = js_sys::Date::new(&ms.into());
        let weekday = match date.get_day() {
            0 => 7,
            day => day as u8,
        };
        Self {
            weekday,
            minute: (date.get_hours() * 60 + date.get_minutes()) as Minute,
        }
    }
}

/// The last time the clock passed `at` (minutes after local midnight), in ms since the epoch:
/// today's if it is already past, else yesterday's. Local dates, so summer time is handled.
fn last_day_start(now_ms: f64, at: Minute) -> f64 {
    let date = js_sys::Date::new(&now_ms.into());
    date.set_hours(u32::from(at / 60));
    date.set_minutes(u32::from(at % 60));
    date.set_seconds(0);
    date.set_milliseconds(0);
    if date.get_time() > now_ms {
        date.set_date(date.get_date() - 1);
    }
    date.get_time()
}

/// A `Copy` handle to the day, in context.
#[derive(Clone, Copy)]
pub struct KioskDay {
    state: RwSignal<DayState>,
    now_ms: RwSignal<f64>,
}

impl KioskDay {
    /// The day this tablet is in. A tablet that has never kept one starts its first day now.
    /// The clock ticks for the life of the page.
    pub fn load() -> Self {
        let state = storage::get_json(STORAGE_KEY).unwrap_or(DayState {
            started_ms: clock::now_ms(),
            open_by_hand: None,
        });
        let day = Self {
            state: RwSignal::new(state),
            now_ms: RwSignal::new(clock::now_ms()),
        };
        day.save();
        let tick = move || day.now_ms.set(clock::now_ms());
        // One interval and one listener for the life of the page.
        page_interval(TICK, tick);
        let woke = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                tick();
            }
        });
        std::mem::forget(woke);
        day
    }

    fn save(&self) {
        self.state
            .with_untracked(|state| storage::set_json(STORAGE_KEY, state));
    }

    /// The tablet's local time, moving on by itself.
    pub fn now(&self) -> LocalTime {
        LocalTime::at(self.now_ms.get())
    }

    /// Whether a new day is due: the clock has passed `new_day_at` since this day started, or
    /// the tablet's clock was put back past the day's start (a wrong date corrected).
    pub fn new_day_due(&self, new_day_at: Minute) -> bool {
        let started = self.state.with(|s| s.started_ms);
        let now = self.now_ms.get();
        last_day_start(now, new_day_at) > started || started > now + TICK.as_millis() as f64
    }

    /// Whether patients are turned away: staff's choice today, else the opening hours.
    pub fn closed(&self, hours: &[OpeningHours]) -> bool {
        let now = self.now();
        match self.state.with(|s| s.open_by_hand) {
            Some(open) => !open,
            None => !json::is_open(hours, now.weekday, now.minute),
        }
    }

    /// When the kiosk opens again by the hours, if it is closed by them; `None` when staff
    /// closed it for the day (it opens with the next day, whatever the hours say).
    pub fn next_opening(&self, hours: &[OpeningHours]) -> Option<(u8, Minute)> {
        if self.state.with(|s| s.open_by_hand == Some(false)) {
            return None;
        }
        let now = self.now();
        json::next_opening(hours, now.weekday, now.minute)
    }

    /// Staff open or close the kiosk for the rest of the day.
    pub fn set_open_by_hand(&self, open: bool) {
        self.state.update(|s| s.open_by_hand = Some(open));
        self.save();
    }

    /// A new day starts now: staff's open-or-closed choice ends with the old one.
    pub fn begin(&self) {
        let now = clock::now_ms();
        self.now_ms.set(now);
        self.state.set(DayState {
            started_ms: now,
            open_by_hand: None,
        });
        self.save();
    }
}

pub fn use_day() -> KioskDay {
    expect_context::<KioskDay>()
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn local(y: i32, mo: i32, d: i32, h: i32, mi: i32) -> f64 {
        js_sys::Date::new_with_year_month_day_hr_min(y as u32, mo - 1, d, h, mi).get_time()
    }

    #[wasm_bindgen_test]
    fn the_day_starts_at_the_practice_hour_today_or_yesterday() {
        let three = 180;
        assert_eq!(
            last_day_start(local(2026, 11, 24, 9, 0), three),
            local(2026, 11, 24, 3, 0)
        );
        assert_eq!(
            last_day_start(local(2026, 11, 24, 2, 59), three),
            local(2026, 11, 23, 3, 0)
        );
        assert_eq!(
            last_day_start(local(2026, 12, 1, 1, 0), three),
            local(2026, 11, 30, 3, 0)
        );
        assert_eq!(
            last_day_start(local(2026, 11, 24, 3, 0), three),
            local(2026, 11, 24, 3, 0)
        );
    }

    #[wasm_bindgen_test]
    fn weekdays_run_from_monday() {
        assert_eq!(
            LocalTime::at(local(2026, 11, 23, 8, 30)),
            LocalTime {
                weekday: 1,
                minute: 510
            }
        );
        assert_eq!(LocalTime::at(local(2026, 11, 29, 0, 5)).weekday, 7);
    }
}
