//! This tablet's enrolment: the device token the server gave it, kept in `localStorage`.

use serde::{Deserialize, Serialize};

use crate::storage;

const STORAGE_KEY: &str = "kiosk.device.v1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub token: String,
    pub device_name: String,
    pub practice_name: String,
}

impl Device {
    pub fn load() -> Option<Self> {
        storage::get(STORAGE_KEY).and_then(|json| serde_json::from_str(&json).ok())
    }

    pub fn save(&self) -> bool {
        storage::set(
            STORAGE_KEY,
            &serde_json::to_string(self).expect("a device serialises"),
        )
    }
}
