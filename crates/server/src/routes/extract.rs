//! `ApiJson`: a JSON body, with every way it can be wrong told apart: not JSON by its content
//! type (415), too large (413), not well-formed JSON (400), or well-formed but not the expected
//! shape (422, naming the field).

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, header};
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::ApiError;

pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::MalformedJson(rejection.body_text())
            }
        })?;
        let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
        let parsed = serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|err| (err.path().to_string(), err.into_inner()))
            .and_then(|value| {
                deserializer
                    .end()
                    .map(|()| value)
                    .map_err(|err| (".".to_owned(), err))
            });
        match parsed {
            Ok(value) => Ok(ApiJson(value)),
            // serde_json reports some wrong types (a number for an enum) as syntax errors; a body
            // that parses as JSON at all is well-formed, so its problem is a field.
            Err((path, err))
                if err.is_data() || serde_json::from_slice::<IgnoredAny>(&bytes).is_ok() =>
            {
                let message = if path == "." {
                    err.to_string()
                } else {
                    format!("{path}: {err}")
                };
                Err(ApiError::InvalidField(message))
            }
            Err((_, err)) => Err(ApiError::MalformedJson(format!(
                "the body is not well-formed JSON: {err}"
            ))),
        }
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|mime| mime.trim().to_ascii_lowercase())
        .is_some_and(|mime| {
            mime == "application/json"
                || (mime.starts_with("application/") && mime.ends_with("+json"))
        })
}
