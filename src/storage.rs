//! `localStorage`, with failures logged rather than unwrapped: a full or disabled storage must
//! not stop a patient from giving feedback.

use leptos::prelude::window;
use serde::{Serialize, de::DeserializeOwned};
use web_sys::Storage;

use crate::json_text;

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
    get(key).and_then(|text| json_text::parse(&text))
}

/// Keeps a value as JSON.
pub fn set_json<T: Serialize>(key: &str, value: &T) -> bool {
    set(key, &json_text::to_text(value))
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
