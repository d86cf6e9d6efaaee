//! The server's own types, made from wire types by parsing: once a value of these exists, it is
//! valid, so the database layer never checks again.

mod submission;
mod token;

pub use submission::{london_date, NewSubmission, SubmissionError};
pub use token::{DeviceToken, EnrolmentCode, SecretDigest};
