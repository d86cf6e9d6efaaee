use serde_json::Value;

use crate::helpers::{Options, spawn_app, spawn_app_with, submission};

#[tokio::test]
async fn health_reports_the_version_and_the_database() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], true);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn the_openapi_document_describes_the_submission_route() {
    let app = spawn_app().await;
    let doc: Value = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let post = &doc["paths"]["/api/v1/submissions"]["post"];
    for status in ["200", "201", "401", "409", "413", "415", "422", "503"] {
        assert!(post["responses"][status].is_object(), "{status} documented");
    }
    let fft = &doc["components"]["schemas"]["FftAnswer"]["enum"];
    assert_eq!(fft.as_array().unwrap().len(), 6);
}

#[tokio::test]
async fn unknown_api_routes_are_a_json_404_and_other_paths_get_the_app() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/v1/nothing-here"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.json::<Value>().await.unwrap()["error"]["code"],
        "not_found"
    );
    let page = app
        .client
        .get(app.url("/some/screen"))
        .send()
        .await
        .unwrap();
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("<script type=\"module\">")
    );
}

#[tokio::test]
async fn the_page_has_a_strict_csp_allowing_its_loader_by_hash() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-cache");
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(csp.contains("'sha256-"));
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains("connect-src 'self'"));
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_and_compressed() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/kiosk-0123456789abcdef.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()["content-encoding"], "br");
    let response = app
        .client
        .get(app.url("/kiosk-0123456789abcdef.js"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn https_works_with_a_certificate_the_client_trusts() {
    let app = spawn_app_with(Options {
        tls: true,
        ..Options::default()
    })
    .await;
    assert!(app.base.starts_with("https://"));
    let token = app.enrolled_token().await;
    assert_eq!(
        app.post_submission(&token, &submission()).await.status(),
        201
    );
    assert_eq!(app.count("submissions"), 1);
}

#[tokio::test]
async fn settings_have_defaults_and_follow_what_the_practice_stores() {
    let app = spawn_app().await;
    let token = app.enrolled_token().await;
    let get = || {
        app.client
            .get(app.url("/api/v1/settings"))
            .bearer_auth(&token)
            .send()
    };
    let defaults: Value = get().await.unwrap().json().await.unwrap();
    assert_eq!(defaults["practice_name"], "Test Surgery");
    assert_eq!(defaults["idle_seconds"], 60);
    assert_eq!(defaults["topics"].as_array().unwrap().len(), 7);
    let conn =
        practice_server::db::open_and_migrate(&app.db_path, std::time::Duration::from_secs(5))
            .unwrap();
    practice_server::db::store_setting(&conn, "practice-name", Some("Hills Road Surgery")).unwrap();
    practice_server::db::store_setting(&conn, "topics", Some("doctor,nurse")).unwrap();
    let changed: Value = get().await.unwrap().json().await.unwrap();
    assert_eq!(changed["practice_name"], "Hills Road Surgery");
    assert_eq!(changed["topics"], serde_json::json!(["doctor", "nurse"]));
    let anonymous = app
        .client
        .get(app.url("/api/v1/settings"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
}

#[tokio::test]
async fn the_database_file_and_its_folders_are_created() {
    let app = spawn_app().await;
    assert!(app.db_path.exists());
    assert!(app.dir.path().join("nested/folder").is_dir());
}
