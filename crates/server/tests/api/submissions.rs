use std::time::Duration;

use serde_json::{Value, json};

use crate::helpers::{error_code, spawn_app, submission};

#[tokio::test]
async fn a_valid_submission_is_stored_with_the_hour_only() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["topics"] = json!(["waiting_time", "reception"]);
    body["comment"] = json!("  Waited an hour past my slot.  ");
    let response = app.post_submission(&token, &body).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["id"], body["id"]);
    assert_eq!(receipt["created"], true);

    let rows = app.stored();
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["id"], body["id"]);
    assert_eq!(row["device"], "Waiting room");
    assert_eq!(row["fft"], "good");
    assert_eq!(row["comment"], "Waited an hour past my slot.");
    assert_eq!(row["topics"], json!(["reception", "waiting_time"]));
    assert_eq!(row["language"], "en-GB");
    assert_eq!(row["created_hour"], "2026-11-23T10:00:00Z");
    assert_eq!(row["local_date"], "2026-11-23");
    assert!(row["received_at"].as_str().unwrap().ends_with('Z'));
}

#[tokio::test]
async fn the_servers_wording_verdict_is_stored_and_returned_without_the_words() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["comment"] =
        json!("I have had chest pain all morning and the receptionist is a stupid cow.");
    let response = app.post_submission(&token, &body).await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["verdict"], json!(["abuse", "urgent"]));
    assert_eq!(app.stored()[0]["verdict"], json!(["abuse", "urgent"]));
    let mut calm = submission();
    calm["comment"] = json!("The booking system is a bloody nightmare.");
    let receipt: Value = app
        .post_submission(&token, &calm)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(receipt["verdict"], json!([]));
}

#[tokio::test]
async fn contact_details_are_stored_when_consent_is_given() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["contact"] = json!({ "name": "Pat Smith", "phone": "07700 900123", "consent": true });
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    let row = &app.stored()[0];
    assert_eq!(row["contact_name"], "Pat Smith");
    assert_eq!(row["contact_phone"], "07700 900123");
    assert_eq!(row["contact_email"], Value::Null);
}

#[tokio::test]
async fn contact_details_without_consent_are_refused() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["contact"] = json!({ "name": "Pat Smith", "phone": "07700 900123", "consent": false });
    let message = error_code(
        app.post_submission(&token, &body).await,
        422,
        "invalid_field",
    )
    .await;
    assert!(message.contains("consent"), "{message}");
    assert_eq!(app.count("submissions"), 0);
}

#[tokio::test]
async fn a_resend_of_the_same_submission_is_a_success_that_stores_nothing_new() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let body = submission();
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    let again = app.post_submission(&token, &body).await;
    assert_eq!(again.status(), 200);
    assert_eq!(again.json::<Value>().await.unwrap()["created"], false);
    assert_eq!(app.count("submissions"), 1);
}

#[tokio::test]
async fn a_resend_that_differs_only_in_minutes_and_field_order_is_the_same_submission() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["topics"] = json!(["nurse", "doctor"]);
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    body["topics"] = json!(["doctor", "nurse"]);
    body["created_at"] = json!("2026-11-23T10:59:59Z");
    assert_eq!(app.post_submission(&token, &body).await.status(), 200);
}

#[tokio::test]
async fn the_same_id_with_other_content_is_a_conflict() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    body["fft"] = json!("very_poor");
    error_code(app.post_submission(&token, &body).await, 409, "conflict").await;
    assert_eq!(app.stored()[0]["fft"], "good");
}

#[tokio::test]
async fn concurrent_posts_of_one_id_make_one_row_and_no_error() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let body = submission();
    let posts = (0..20).map(|_| app.post_submission(&token, &body));
    let statuses: Vec<u16> = futures::future::join_all(posts)
        .await
        .iter()
        .map(|r| r.status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        19,
        "{statuses:?}"
    );
    assert_eq!(app.count("submissions"), 1);
}

#[tokio::test]
async fn many_distinct_concurrent_posts_are_all_stored() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let bodies: Vec<Value> = (0..200).map(|_| submission()).collect();
    let posts = bodies.iter().map(|body| app.post_submission(&token, body));
    for response in futures::future::join_all(posts).await {
        assert_eq!(response.status(), 201);
    }
    assert_eq!(app.count("submissions"), 200);
}

#[tokio::test]
async fn no_token_or_a_wrong_token_is_401() {
    let app = spawn_app().await;
    app.enrolled_token().await;
    let body = serde_json::to_vec(&submission()).unwrap();
    let none = app
        .post_raw(
            "/api/v1/submissions",
            None,
            Some("application/json"),
            body.clone(),
        )
        .await;
    error_code(none, 401, "unauthorized").await;
    let wrong = app
        .post_raw(
            "/api/v1/submissions",
            Some("not-a-token"),
            Some("application/json"),
            body.clone(),
        )
        .await;
    error_code(wrong, 401, "unauthorized").await;
    let basic = app
        .client
        .post(app.url("/api/v1/submissions"))
        .header("authorization", "Basic dXNlcjpwYXNz")
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    error_code(basic, 401, "unauthorized").await;
    assert_eq!(app.count("submissions"), 0);
}

#[tokio::test]
async fn malformed_json_is_400() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    for body in ["{", "not json", "{\"id\": }", ""] {
        let response = app
            .post_raw(
                "/api/v1/submissions",
                Some(&token),
                Some("application/json"),
                body,
            )
            .await;
        let status = response.status().as_u16();
        assert!(status == 400 || status == 422, "{body:?} gave {status}");
        let json: Value = response.json().await.unwrap();
        assert!(
            json["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{body:?}"
        );
    }
    let response = app
        .post_raw(
            "/api/v1/submissions",
            Some(&token),
            Some("application/json"),
            "{",
        )
        .await;
    error_code(response, 400, "malformed_json").await;
}

#[tokio::test]
async fn each_missing_required_field_is_named() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    for field in ["id", "fft", "language", "created_at"] {
        let mut body = submission();
        body.as_object_mut().unwrap().remove(field);
        let message = error_code(
            app.post_submission(&token, &body).await,
            422,
            "invalid_field",
        )
        .await;
        assert!(message.contains(field), "{field}: {message}");
    }
}

#[tokio::test]
async fn bad_field_values_are_422_with_a_reason() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let cases = [
        ("fft", json!("excellent"), "fft"),
        ("fft", json!(3), "fft"),
        ("id", json!("not-a-uuid"), "id"),
        ("topics", json!(["parking"]), "topics"),
        ("topics", json!(["nurse", "nurse"]), "topics"),
        ("created_at", json!("yesterday"), "created_at"),
        ("language", json!("<b>"), "language"),
        ("comment", json!(12), "comment"),
    ];
    for (field, value, expected) in cases {
        let mut body = submission();
        body[field] = value.clone();
        let message = error_code(
            app.post_submission(&token, &body).await,
            422,
            "invalid_field",
        )
        .await;
        assert!(message.contains(expected), "{field}={value}: {message}");
    }
    assert_eq!(app.count("submissions"), 0);
}

#[tokio::test]
async fn a_comment_of_2000_characters_is_stored_and_2001_is_refused() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["comment"] = json!("ü".repeat(2000));
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    let mut body = submission();
    body["comment"] = json!("ü".repeat(2001));
    let message = error_code(
        app.post_submission(&token, &body).await,
        422,
        "invalid_field",
    )
    .await;
    assert!(
        message.contains("2001") && message.contains("2000"),
        "{message}"
    );
}

#[tokio::test]
async fn a_body_over_64_kib_is_413() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut body = submission();
    body["comment"] = json!("a".repeat(70 * 1024));
    error_code(
        app.post_submission(&token, &body).await,
        413,
        "payload_too_large",
    )
    .await;
}

#[tokio::test]
async fn a_body_that_is_not_json_by_content_type_is_415() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let body = serde_json::to_vec(&submission()).unwrap();
    let response = app
        .post_raw(
            "/api/v1/submissions",
            Some(&token),
            Some("text/plain"),
            body.clone(),
        )
        .await;
    error_code(response, 415, "unsupported_media_type").await;
    let response = app
        .post_raw("/api/v1/submissions", Some(&token), None, body)
        .await;
    error_code(response, 415, "unsupported_media_type").await;
}

#[tokio::test]
async fn a_locked_database_answers_503_with_retry_after_and_the_retry_succeeds() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let body = submission();
    let locker = practice_server::db::connect(&app.db_path, Duration::from_secs(1)).unwrap();
    locker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let response = app.post_submission(&token, &body).await;
    assert!(response.headers().get("retry-after").is_some());
    error_code(response, 503, "unavailable").await;
    locker.execute_batch("COMMIT").unwrap();
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    assert_eq!(app.count("submissions"), 1);
}

#[tokio::test]
async fn a_refused_submission_can_be_kept_in_the_holding_area() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let body = json!({ "submission_id": "x", "status": 422, "body": "{\"whatever\": true}" });
    let response = app
        .post_raw(
            "/api/v1/rejected",
            Some(&token),
            Some("application/json"),
            body.to_string(),
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(app.count("rejected"), 1);
    let response = app
        .post_raw(
            "/api/v1/rejected",
            None,
            Some("application/json"),
            body.to_string(),
        )
        .await;
    error_code(response, 401, "unauthorized").await;
    let big = json!({ "body": "a".repeat(70 * 1024) });
    let response = app
        .post_raw(
            "/api/v1/rejected",
            Some(&token),
            Some("application/json"),
            big.to_string(),
        )
        .await;
    error_code(response, 413, "payload_too_large").await;
    assert_eq!(app.count("rejected"), 1);
}

#[tokio::test]
async fn random_bodies_never_get_a_5xx() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let valid = serde_json::to_string(&submission()).unwrap().into_bytes();
    for round in 0..300 {
        let mut bytes = valid.clone();
        // Flip, drop or insert a few bytes of a valid body.
        for _ in 0..(1 + next() % 4) {
            let at = (next() as usize) % bytes.len().max(1);
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => drop(bytes.remove(at)),
                _ => bytes.insert(at, next() as u8),
            }
        }
        let response = app
            .post_raw(
                "/api/v1/submissions",
                Some(&token),
                Some("application/json"),
                bytes,
            )
            .await;
        assert!(
            response.status().as_u16() < 500,
            "round {round}: {}",
            response.status()
        );
    }
    let health: Value = app
        .client
        .get(app.url("/api/v1/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["database"], true);
}
