use chrono::{TimeDelta, Utc};
use practice_server::db;
use serde_json::Value;

use crate::helpers::{error_code, spawn_app};

#[tokio::test]
async fn a_fresh_code_gives_a_token_and_the_practice_name() {
    let app = spawn_app().await;
    let code = app.new_enrolment_code("Waiting room");
    let response = app.post_enrol(&code).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert!(body["token"].as_str().unwrap().len() >= 40);
    assert_eq!(body["device_name"], "Waiting room");
    assert_eq!(body["practice_name"], "Test Surgery");
}

#[tokio::test]
async fn a_code_typed_in_lower_case_without_the_dash_works() {
    let app = spawn_app().await;
    let code = app
        .new_enrolment_code("Waiting room")
        .to_lowercase()
        .replace('-', " ");
    assert_eq!(app.post_enrol(&code).await.status(), 200);
}

#[tokio::test]
async fn a_code_works_only_once() {
    let app = spawn_app().await;
    let code = app.new_enrolment_code("Waiting room");
    assert_eq!(app.post_enrol(&code).await.status(), 200);
    error_code(app.post_enrol(&code).await, 400, "invalid_code").await;
    assert_eq!(app.count("devices"), 1);
}

#[tokio::test]
async fn a_code_older_than_a_day_is_refused() {
    let app = spawn_app().await;
    let conn = db::open_and_migrate(&app.db_path, std::time::Duration::from_secs(5)).unwrap();
    let code = db::create_enrolment_code(
        &conn,
        "Old",
        Utc::now() - TimeDelta::hours(24) - TimeDelta::seconds(5),
    )
    .unwrap();
    error_code(app.post_enrol(&code).await, 400, "invalid_code").await;
    let fresh = db::create_enrolment_code(&conn, "New", Utc::now() - TimeDelta::hours(23)).unwrap();
    assert_eq!(app.post_enrol(&fresh).await.status(), 200);
}

#[tokio::test]
async fn only_digests_of_tokens_and_codes_are_stored() {
    let app = spawn_app().await;
    let code = app.new_enrolment_code("Waiting room");
    let body: Value = app.post_enrol(&code).await.json().await.unwrap();
    let token = body["token"].as_str().unwrap();
    let raw = std::fs::read(&app.db_path).unwrap();
    let wal = std::fs::read(app.db_path.with_extension("db-wal")).unwrap_or_default();
    for bytes in [raw, wal] {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(token));
        assert!(!text.contains(&code.replace('-', "")));
    }
}

#[tokio::test]
async fn wrong_codes_are_rate_limited() {
    let app = spawn_app().await;
    for _ in 0..5 {
        error_code(app.post_enrol("AAAA-AAAA").await, 400, "invalid_code").await;
    }
    let good = app.new_enrolment_code("Waiting room");
    let response = app.post_enrol(&good).await;
    assert!(response.headers().get("retry-after").is_some());
    error_code(response, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn enrol_without_a_code_field_is_a_clear_422() {
    let app = spawn_app().await;
    let response = app
        .post_raw("/api/v1/enrol", None, Some("application/json"), "{}")
        .await;
    let message = error_code(response, 422, "invalid_field").await;
    assert!(message.contains("code"), "{message}");
}
