use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use chrono::Utc;

use crate::error::ApiError;
use crate::routes::auth::Device;
use crate::routes::extract::ApiJson;
use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/rejected", post(keep))
}

/// The holding area: a kiosk posts here any submission the server refused, so no patient's words
/// are dropped on the device. Any JSON under 64 KiB from an enrolled kiosk is kept for the manager.
#[utoipa::path(post, path = "/api/v1/rejected", tag = "kiosk", request_body = serde_json::Value,
    security(("device_token" = [])),
    responses(
        (status = 201, description = "Kept for the practice manager"),
        (status = 401, description = "No or unknown device token", body = wire::ErrorBody),
        (status = 413, description = "Body over 64 KiB", body = wire::ErrorBody),
    ))]
#[tracing::instrument(name = "keep rejected", skip_all, fields(device = %device.0.name))]
pub async fn keep(
    State(state): State<AppState>,
    device: Device,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<StatusCode, ApiError> {
    state
        .db
        .keep_rejected(device.0.id, body.to_string(), Utc::now())
        .await?;
    tracing::warn!("a refused submission was set aside for the manager");
    Ok(StatusCode::CREATED)
}
