use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use wire as json;

use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/health", get(health))
}

/// Whether the server runs and its database answers.
#[utoipa::path(get, path = "/api/v1/health", tag = "kiosk",
    responses((status = 200, description = "The server runs; `database` says whether the database answers", body = json::Health)))]
pub async fn health(State(state): State<AppState>) -> Json<json::Health> {
    let database = state.db.is_healthy().await;
    Json(json::Health {
        status: if database { "ok" } else { "degraded" }.into(),
        version: env!("CARGO_PKG_VERSION").into(),
        database,
    })
}
