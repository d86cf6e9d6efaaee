//! Whole screens, one per file.

pub mod closed;
pub mod comment;
pub mod kiosk_off;
pub mod patient_flow;
pub mod pin_pad;
pub mod privacy;
pub mod rating;
pub mod reply;
pub mod setup;
pub mod staff_panel;
pub mod thank_you;
pub mod welcome;
