//! `Device`: the kiosk behind a request, from its `Authorization: Bearer` token.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::db::EnrolledDevice;
use crate::domain::SecretDigest;
use crate::error::ApiError;
use crate::startup::AppState;

/// Devices already seen, by token digest, so a busy kiosk's posts skip the database read.
#[derive(Clone, Default)]
pub struct DeviceCache(Arc<RwLock<HashMap<SecretDigest, EnrolledDevice>>>);

/// The enrolled kiosk that sent the request.
pub struct Device(pub EnrolledDevice);

impl FromRequestParts<AppState> for Device {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .ok_or(ApiError::Unauthorized)?;
        let digest = SecretDigest::of(token);
        if let Some(device) = state
            .devices
            .0
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .get(&digest)
        {
            return Ok(Device(device.clone()));
        }
        let device = state
            .db
            .device_by_token(digest)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        state
            .devices
            .0
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .insert(digest, device.clone());
        Ok(Device(device))
    }
}
