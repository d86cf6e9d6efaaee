//! The one error type of the API. 4xx answers say what is wrong in a short sentence; a fault of
//! the server's own is logged with its cause and answered 503 with Retry-After, which the
//! kiosk's outbox reads as "try again later".

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use wire::{ErrorBody, ErrorCode};

use crate::db::DbError;

/// Seconds a client should wait after a 503.
const RETRY_AFTER_SECS: u32 = 5;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    MalformedJson(String),
    #[error("{0}")]
    InvalidField(String),
    #[error("the request body is larger than {} bytes", wire::BODY_MAX_BYTES)]
    PayloadTooLarge,
    #[error("send the body as JSON, with the header `Content-Type: application/json`")]
    UnsupportedMediaType,
    #[error("a valid device token is needed: `Authorization: Bearer <token>`")]
    Unauthorized,
    #[error(
        "that enrolment code is not valid: it may be mistyped, used already, or more than 24 hours old"
    )]
    InvalidCode,
    #[error("too many wrong codes; try again in {retry_after_secs} seconds")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error("a different submission with this id is already stored")]
    Conflict,
    #[error("no such API route")]
    NotFound,
    #[error("the server can't store this right now; try again shortly")]
    Unavailable(#[source] DbError),
}

impl From<DbError> for ApiError {
    fn from(err: DbError) -> Self {
        ApiError::Unavailable(err)
    }
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            ApiError::MalformedJson(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedJson),
            ApiError::InvalidField(_) => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidField)
            }
            ApiError::PayloadTooLarge => {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
            }
            ApiError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            ApiError::InvalidCode => (StatusCode::BAD_REQUEST, ErrorCode::InvalidCode),
            ApiError::TooManyAttempts { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts)
            }
            ApiError::Conflict => (StatusCode::CONFLICT, ErrorCode::Conflict),
            ApiError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ApiError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        match &self {
            // The message of a 4xx may quote what the client sent (serde quotes bad values), so
            // it goes back to the client and never into the logs.
            ApiError::Unavailable(cause) => tracing::error!(error = %cause, "answering 503"),
            _ => tracing::debug!(status = status.as_u16(), code = ?code, "refused request"),
        }
        let mut response = (status, Json(ErrorBody::new(code, self.to_string()))).into_response();
        let retry_after = match &self {
            ApiError::Unavailable(_) => Some(u64::from(RETRY_AFTER_SECS)),
            ApiError::TooManyAttempts { retry_after_secs } => Some(*retry_after_secs),
            _ => None,
        };
        if let Some(secs) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
