use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, State};
use axum::routing::post;
use axum::{Json, Router};
use chrono::Utc;
use wire as json;

use crate::domain::{DeviceToken, EnrolmentCode};
use crate::error::ApiError;
use crate::routes::extract::ApiJson;
use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/enrol", post(enrol))
}

/// Wrong codes allowed from one address within the window before it must wait.
const MAX_FAILURES: u32 = 5;
const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Counts wrong enrolment codes per client address, so the 31⁸ codes can't be tried in turn.
#[derive(Clone, Default)]
pub struct EnrolLimiter(Arc<Mutex<HashMap<IpAddr, (u32, Instant)>>>);

impl EnrolLimiter {
    fn check(&self, ip: IpAddr) -> Result<(), ApiError> {
        let failures = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match failures.get(&ip) {
            Some((count, since)) if *count >= MAX_FAILURES && since.elapsed() < WINDOW => {
                Err(ApiError::TooManyAttempts {
                    retry_after_secs: (WINDOW - since.elapsed()).as_secs().max(1),
                })
            }
            _ => Ok(()),
        }
    }

    fn failed(&self, ip: IpAddr) {
        let mut failures = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if failures.len() > 10_000 {
            failures.retain(|_, (_, since)| since.elapsed() < WINDOW);
        }
        let entry = failures.entry(ip).or_insert((0, Instant::now()));
        if entry.1.elapsed() >= WINDOW {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }

    fn succeeded(&self, ip: IpAddr) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).remove(&ip);
    }
}

/// Trades a one-time enrolment code for this kiosk's device token.
#[utoipa::path(post, path = "/api/v1/enrol", tag = "kiosk", request_body = json::EnrolRequest,
    responses(
        (status = 200, description = "Enrolled; keep the token", body = json::EnrolResponse),
        (status = 400, description = "The code is wrong, used or expired", body = json::ErrorBody),
        (status = 429, description = "Too many wrong codes from this address", body = json::ErrorBody),
    ))]
#[tracing::instrument(name = "enrol", skip_all)]
pub async fn enrol(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ApiJson(request): ApiJson<json::EnrolRequest>,
) -> Result<Json<json::EnrolResponse>, ApiError> {
    state.enrol_limiter.check(peer.ip())?;
    let token = DeviceToken::generate();
    let code = EnrolmentCode::digest_of_typed(&request.code);
    match state.db.enrol(code, token.digest(), Utc::now()).await? {
        Some(device) => {
            state.enrol_limiter.succeeded(peer.ip());
            tracing::info!(device = %device.name, "kiosk enrolled");
            Ok(Json(json::EnrolResponse {
                token: token.as_str().to_owned(),
                device_name: device.name,
                practice_name: state.practice_name.to_string(),
            }))
        }
        None => {
            state.enrol_limiter.failed(peer.ip());
            Err(ApiError::InvalidCode)
        }
    }
}
