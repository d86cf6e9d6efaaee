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
        storage::get_json(STORAGE_KEY)
    }

    pub fn save(&self) -> bool {
        storage::set_json(STORAGE_KEY, self)
    }
}
