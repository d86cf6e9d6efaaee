//! `localStorage`, with failures logged rather than unwrapped: a full or disabled storage must
//! not stop a patient from giving feedback.

use leptos::prelude::window;
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

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
