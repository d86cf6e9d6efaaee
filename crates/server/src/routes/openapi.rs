use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use wire as json;

use crate::startup::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/openapi.json",
        get(|| async { Json(ApiDoc::openapi()) }),
    )
}

/// The API, described from the code: the wire types and the handlers' annotations.
#[derive(OpenApi)]
#[openapi(
    info(title = "Practice feedback API", description = "What the surgery feedback kiosk sends to the practice backend."),
    paths(super::health::health, super::enrol::enrol, super::submissions::create, super::rejected::keep, super::settings::settings),
    components(schemas(json::Submission, json::FftAnswer, json::Topic, json::Contact, json::SubmissionReceipt,
        json::EnrolRequest, json::EnrolResponse, json::KioskSettings, json::Health, json::ErrorBody, json::ErrorDetail, json::ErrorCode)),
    modifiers(&DeviceToken),
)]
pub struct ApiDoc;

struct DeviceToken;

impl Modify for DeviceToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "device_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}
