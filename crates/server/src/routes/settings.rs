use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use wire as json;

use crate::domain::kiosk_settings;
use crate::error::ApiError;
use crate::routes::auth::Device;
use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/settings", get(settings))
}

/// The practice's settings for its kiosks (set with `practice-server settings set`).
#[utoipa::path(get, path = "/api/v1/settings", tag = "kiosk", security(("device_token" = [])),
    responses(
        (status = 200, description = "The settings, defaults filled in", body = json::KioskSettings),
        (status = 401, description = "No or unknown device token", body = json::ErrorBody),
    ))]
pub async fn settings(
    State(state): State<AppState>,
    _device: Device,
) -> Result<Json<json::KioskSettings>, ApiError> {
    let stored = state.db.settings().await?;
    Ok(Json(kiosk_settings(&stored, &state.practice_name)))
}
