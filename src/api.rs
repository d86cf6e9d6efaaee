//! The kiosk's HTTP client: relative URLs, so the kiosk talks only to the server that served it.

use gloo_net::http::{Request, Response};
use kiosk_outbox::SendOutcome;
use wire as json;

use crate::json_text::{parse, to_text};

/// Why enrolment failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EnrolError {
    #[error("the code was refused")]
    BadCode,
    #[error("too many wrong codes")]
    TooManyAttempts,
    #[error("the server can't be reached")]
    Unreachable,
}

pub async fn enrol(code: &str) -> Result<json::EnrolResponse, EnrolError> {
    let body = to_text(&json::EnrolRequest {
        code: code.to_owned(),
    });
    let response = post("/api/v1/enrol", None, body)
        .await
        .map_err(|_| EnrolError::Unreachable)?;
    match response.status() {
        200 => read(response).await.ok_or(EnrolError::Unreachable),
        429 => Err(EnrolError::TooManyAttempts),
        400 | 422 => Err(EnrolError::BadCode),
        _ => Err(EnrolError::Unreachable),
    }
}

/// The practice's settings, or `None` if the server can't be reached or refuses.
pub async fn settings(token: &str) -> Option<json::KioskSettings> {
    let response = Request::get("/api/v1/settings")
        .header("Authorization", &format!("Bearer {token}"))
        .send()
        .await
        .ok()?;
    if response.status() != 200 {
        return None;
    }
    read(response).await
}

/// Whether the practice server answers, with its database.
pub async fn server_answers() -> bool {
    match Request::get("/api/v1/health").send().await {
        Ok(response) if response.status() == 200 => read::<json::Health>(response)
            .await
            .is_some_and(|h| h.database),
        _ => false,
    }
}

/// Posts a submission's stored bytes, unchanged.
pub async fn send_submission(token: &str, body: String) -> SendOutcome {
    outcome(post("/api/v1/submissions", Some(token), body).await).await
}

/// Sets a refused submission aside in the server's holding area, with the server's reason.
pub async fn send_rejected(
    token: &str,
    id: &str,
    status: u16,
    error: &str,
    body: &str,
) -> SendOutcome {
    // `body` is the JSON this kiosk serialised itself; it is embedded as it is, byte for byte.
    let wrapper = format!(
        r#"{{"submission_id":{},"status":{status},"error":{},"body":{body}}}"#,
        to_text(id),
        to_text(error)
    );
    outcome(post("/api/v1/rejected", Some(token), wrapper).await).await
}

async fn post(path: &str, token: Option<&str>, body: String) -> Result<Response, gloo_net::Error> {
    let mut request = Request::post(path).header("Content-Type", "application/json");
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    request.body(body)?.send().await
}

async fn outcome(response: Result<Response, gloo_net::Error>) -> SendOutcome {
    let Ok(response) = response else {
        return SendOutcome::RetryLater {
            retry_after_ms: None,
        };
    };
    let retry_after = response
        .headers()
        .get("retry-after")
        // Delta-seconds are a whole number (RFC 9110); an HTTP date is left to the retry policy.
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map(f64::from);
    let status = response.status();
    // The error body is kept as text, for the manager to read beside a set-aside item.
    let error = if status >= 400 {
        response.text().await.unwrap_or_default()
    } else {
        String::new()
    };
    SendOutcome::from_status(status, retry_after, error)
}

/// A response's body read as `T`; `None` if it can't be read or isn't a `T`.
async fn read<T: serde::de::DeserializeOwned>(response: Response) -> Option<T> {
    parse(&response.text().await.ok()?)
}
