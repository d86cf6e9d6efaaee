use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use chrono::Utc;
use wire as json;

use crate::db::SubmitOutcome;
use crate::domain::NewSubmission;
use crate::error::ApiError;
use crate::routes::auth::Device;
use crate::routes::extract::ApiJson;
use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/submissions", post(create))
}

/// Stores one patient's feedback. Idempotent: resending the same id with the same content is a
/// success that stores nothing new.
#[utoipa::path(post, path = "/api/v1/submissions", tag = "kiosk", request_body = json::Submission,
    security(("device_token" = [])),
    responses(
        (status = 201, description = "Stored", body = json::SubmissionReceipt),
        (status = 200, description = "Already stored with the same content; nothing new written", body = json::SubmissionReceipt),
        (status = 400, description = "Malformed JSON", body = json::ErrorBody),
        (status = 401, description = "No or unknown device token", body = json::ErrorBody),
        (status = 409, description = "This id is stored with other content", body = json::ErrorBody),
        (status = 413, description = "Body over 64 KiB", body = json::ErrorBody),
        (status = 415, description = "Not sent as application/json", body = json::ErrorBody),
        (status = 422, description = "A field is missing or wrong", body = json::ErrorBody),
        (status = 503, description = "The server can't store it now; retry after Retry-After seconds", body = json::ErrorBody),
    ))]
// skip_all: the body holds the patient's words and perhaps their contact details.
#[tracing::instrument(name = "store submission", skip_all, fields(device = %device.0.name))]
pub async fn create(
    State(state): State<AppState>,
    device: Device,
    ApiJson(submission): ApiJson<json::Submission>,
) -> Result<(StatusCode, Json<json::SubmissionReceipt>), ApiError> {
    let submission = NewSubmission::parse(submission, Utc::now())
        .map_err(|err| ApiError::InvalidField(err.0))?;
    let id = submission.id;
    let verdict: Vec<String> = submission
        .verdict
        .iter()
        .map(|kind| kind.to_string())
        .collect();
    match state.db.submit(device.0.id, submission).await? {
        SubmitOutcome::Created => Ok((
            StatusCode::CREATED,
            Json(json::SubmissionReceipt {
                id,
                created: true,
                verdict,
            }),
        )),
        SubmitOutcome::Duplicate => Ok((
            StatusCode::OK,
            Json(json::SubmissionReceipt {
                id,
                created: false,
                verdict,
            }),
        )),
        SubmitOutcome::Conflict => Err(ApiError::Conflict),
    }
}
