//! `localStorage`, with failures logged rather than unwrapped: a full or disabled storage must
//! not stop a patient from giving feedback.

use leptos::prelude::window;
use serde::{Serialize, de::DeserializeOwned};
use web_sys::Storage;

fn local_storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> bool {
    let stored = local_storage().is_some_and(|storage| storage.set_item(key, value).is_ok());
    if !stored {
        leptos::logging::error!("could not write {key} to localStorage");
    }
    stored
}

/// A value kept as JSON; `None` if it is missing or no longer reads as `T`.
pub fn get_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    get(key).and_then(|text| serde_json::from_str(&text).ok())
}

/// Keeps a value as JSON.
///
/// Serialising the kiosk's own types can't fail. `unwrap_or_else(unreachable!)` rather than
/// `expect`, here and at the kiosk's other `serde_json` calls: `expect` formats the error, which
/// pulls serde_json's messages and std's I/O error texts into the first load (1.2 KB brotli).
pub fn set_json<T: Serialize>(key: &str, value: &T) -> bool {
    set(
        key,
        &serde_json::to_string(value)
            .unwrap_or_else(|_| unreachable!("the kiosk's own types serialise")),
    )
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
