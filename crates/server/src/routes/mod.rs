//! The HTTP API under `/api/v1`. Each module owns its `router()`; `startup` merges them.

pub mod auth;
pub mod enrol;
pub mod extract;
pub mod health;
pub mod openapi;
pub mod rejected;
pub mod settings;
pub mod static_files;
pub mod submissions;

use axum::Router;

use crate::error::ApiError;
use crate::startup::AppState;

/// Every API route, with a JSON 404 for the rest of `/api/`.
pub fn api_router() -> Router<AppState> {
    Router::new()
        .merge(health::router())
        .merge(enrol::router())
        .merge(submissions::router())
        .merge(rejected::router())
        .merge(settings::router())
        .merge(openapi::router())
        .route(
            "/api/{*rest}",
            axum::routing::any(|| async { ApiError::NotFound }),
        )
}
