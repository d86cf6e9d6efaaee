//! The JSON that crosses the wire between the kiosk and the practice server.
//!
//! No framework lives here: serde types, their limits, and the checks both sides share, so the
//! kiosk can never build a submission that the server would reject.

mod error;
mod submission;

pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use submission::{
    Contact, FftAnswer, Problem, Submission, SubmissionReceipt, Topic, COMMENT_MAX_CHARS,
    CONTACT_FIELD_MAX_CHARS, LANGUAGE_MAX_CHARS,
};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;
use serde::{Deserialize, Serialize};

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

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    /// `ok` when the database answers, `degraded` when it does not.
    pub status: String,
    pub version: String,
    pub database: bool,
}
