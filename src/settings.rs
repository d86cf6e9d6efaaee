//! The practice's settings on the tablet: fetched from the server at start, the last copy kept
//! in `localStorage` so a kiosk that starts without the network still shows the practice's own
//! name, question and topics.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wire::{self as json, KioskSettings};

use crate::{api, storage};

const STORAGE_KEY: &str = "kiosk.settings.v1";

/// A `Copy` handle to the settings in use (`None` until the first fetch on a new tablet).
#[derive(Clone, Copy)]
pub struct SettingsHandle {
    current: RwSignal<Option<KioskSettings>>,
}

impl SettingsHandle {
    /// The last copy this tablet kept, if any.
    pub fn load() -> Self {
        let cached = storage::get_json(STORAGE_KEY);
        Self {
            current: RwSignal::new(cached),
        }
    }

    /// Fetches the practice's settings; on failure the last copy stays in use.
    pub fn refresh(self, token: String) {
        spawn_local(async move {
            if let Some(settings) = api::settings(&token).await {
                // The practice may have lifted a lock after wrong PINs.
                let mut lock = crate::pin_lock::PinLock::load();
                if lock.apply_reset(settings.pin_lock_reset) {
                    lock.save();
                }
                storage::set_json(STORAGE_KEY, &settings);
                self.current.set(Some(settings));
            }
        });
    }

    pub fn practice_name(&self) -> Option<String> {
        self.current
            .with(|s| s.as_ref().map(|s| s.practice_name.clone()))
    }

    pub fn follow_up_question(&self) -> Option<String> {
        self.current
            .with(|s| s.as_ref().and_then(|s| s.follow_up_question.clone()))
    }

    pub fn idle_seconds(&self) -> u32 {
        self.current
            .with(|s| s.as_ref().map_or(60, |s| s.idle_seconds))
    }

    pub fn staff_pin_hash(&self) -> Option<String> {
        self.current
            .with(|s| s.as_ref().and_then(|s| s.staff_pin_hash.clone()))
    }

    pub fn opening_hours(&self) -> Vec<json::OpeningHours> {
        self.current.with(|s| {
            s.as_ref()
                .map(|s| s.opening_hours.clone())
                .unwrap_or_default()
        })
    }

    pub fn new_day_at(&self) -> json::Minute {
        self.current.with(|s| {
            s.as_ref()
                .map_or(json::DEFAULT_NEW_DAY_AT, |s| s.new_day_at)
        })
    }

    pub fn review_qr(&self) -> Option<json::QrDrawing> {
        self.current
            .with(|s| s.as_ref().and_then(|s| s.review_qr.clone()))
    }

    pub fn topics(&self) -> Vec<json::Topic> {
        self.current.with(|s| {
            s.as_ref()
                .map_or_else(|| json::Topic::ALL.to_vec(), |s| s.topics.clone())
        })
    }
}

pub fn use_settings() -> SettingsHandle {
    expect_context::<SettingsHandle>()
}
