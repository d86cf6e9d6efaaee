//! The JSON that crosses the wire between the kiosk and the practice server.
//!
//! No framework lives here: serde types, their limits, and the checks both sides share, so the
//! kiosk can never build a submission that the server would reject.

mod error;
mod schedule;
mod submission;

pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use schedule::{
    ClockTime, DEFAULT_NEW_DAY_AT, Minute, OpeningHours, format_opening_hours, is_open,
    next_opening, parse_clock_time, parse_opening_hours,
};
pub use submission::{
    COMMENT_MAX_CHARS, CONTACT_FIELD_MAX_CHARS, Contact, FftAnswer, LANGUAGE_MAX_CHARS, Problem,
    Submission, SubmissionReceipt, Topic,
};

/// The shortest and longest wait before "Are you still there?", in seconds.
pub const IDLE_SECONDS_RANGE: std::ops::RangeInclusive<u32> = 20..=600;

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// How the staff PIN's hash (`KioskSettings::staff_pin_hash`) begins: PBKDF2-SHA256 in a PHC
/// string, the one form the server sends and kiosks check.
pub const PIN_HASH_PREFIX: &str = "$pbkdf2-sha256$";

/// The largest request body the server reads, in bytes.
pub const BODY_MAX_BYTES: usize = 64 * 1024;

/// `POST /api/v1/enrol`: a one-time code printed by `practice-server enrol`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EnrolRequest {
    pub code: String,
}

/// The answer to an enrolment: the device token the kiosk sends as `Authorization: Bearer`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EnrolResponse {
    pub token: String,
    /// The name given to this kiosk when its code was made.
    pub device_name: String,
    /// The practice's name, shown on the welcome screen.
    pub practice_name: String,
}

/// `GET /api/v1/settings`: what the practice has set for its kiosks. The kiosk keeps the last
/// copy, so it starts with the practice's settings even when the server can't be reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct KioskSettings {
    pub practice_name: String,
    /// The practice's own follow-up question; `None` for the standard one.
    #[serde(default)]
    pub follow_up_question: Option<String>,
    /// Seconds without a touch before "Are you still there?".
    pub idle_seconds: u32,
    /// The topics offered, in order.
    pub topics: Vec<Topic>,
    /// The staff PIN as a PBKDF2-SHA256 hash (PHC string), so the PIN pad works offline (the
    /// browser's Web Crypto checks it); `None` until the practice sets one with
    /// `practice-server set-pin`.
    #[serde(default)]
    pub staff_pin_hash: Option<String>,
    /// Raised by `practice-server clear-pin-lock`: a kiosk that sees a new value lifts its lock.
    #[serde(default)]
    pub pin_lock_reset: u32,
    /// When the kiosk takes feedback; outside them it shows "closed". Empty: always open.
    #[serde(default)]
    pub opening_hours: Vec<OpeningHours>,
    /// When a new day starts by itself, in minutes after local midnight (03:00 unless set).
    #[serde(default = "default_new_day_at")]
    pub new_day_at: Minute,
    /// The practice's review page on the NHS website, offered as a QR code after sending.
    #[serde(default)]
    pub review_link: Option<String>,
    /// `review_link` drawn as a QR code by the server, so the kiosk carries no QR encoder.
    #[serde(default)]
    pub review_qr: Option<QrDrawing>,
}

/// A QR code drawn for an SVG: a square of `size` modules (the quiet zone of four included) and
/// one path of its dark modules, each run along a row one `M{x} {y}h{n}v1h-{n}z`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct QrDrawing {
    pub size: u32,
    pub path: String,
}

fn default_new_day_at() -> Minute {
    DEFAULT_NEW_DAY_AT
}

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    /// `ok` when the database answers, `degraded` when it does not.
    pub status: String,
    pub version: String,
    pub database: bool,
}
