//! The server's own types, made from wire types by parsing: once a value of these exists, it is
//! valid, so the database layer never checks again.

mod review_qr;
mod settings;
mod submission;
mod token;

pub use review_qr::draw_review_qr;
pub use settings::{
    PIN_LOCK_RESET_KEY, STAFF_PIN_KEY, SettingName, hash_staff_pin, kiosk_settings,
};
pub use submission::{NewSubmission, SubmissionError, london_date};
pub use token::{DeviceToken, EnrolmentCode, SecretDigest};
