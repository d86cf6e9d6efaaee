use serde_json::json;

use crate::helpers::{captured_logs, spawn_app, submission};

#[tokio::test]
async fn comments_and_contact_details_never_reach_the_logs() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let marker = "zebra-marmalade-7731";
    let mut body = submission();
    body["comment"] = json!(format!("My words {marker} are private"));
    body["contact"] = json!({ "name": format!("Name {marker}"), "email": "private-7731@example.org", "consent": true });
    assert_eq!(app.post_submission(&token, &body).await.status(), 201);
    // And when refused: serde quotes bad values in its messages.
    let mut bad = submission();
    bad["fft"] = json!(marker);
    assert_eq!(app.post_submission(&token, &bad).await.status(), 422);
    let mut long = submission();
    long["comment"] = json!(format!("{marker} {}", "x".repeat(2100)));
    assert_eq!(app.post_submission(&token, &long).await.status(), 422);

    let logs = captured_logs();
    assert!(
        logs.contains("uri=/api/v1/submissions"),
        "requests are logged at all"
    );
    assert!(!logs.contains(marker));
    assert!(!logs.contains("private-7731"));
    assert!(
        !logs.contains(&token),
        "the device token is not logged either"
    );
}
