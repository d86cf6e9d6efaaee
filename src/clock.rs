//! The time and randomness the kiosk uses, in one place.

/// Milliseconds since the Unix epoch, by the tablet's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The tablet's time as RFC 3339 (UTC).
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A number in [0, 1), for jitter.
pub fn random() -> f64 {
    js_sys::Math::random()
}
