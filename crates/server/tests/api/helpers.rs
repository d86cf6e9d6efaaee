use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use chrono::Utc;
use practice_server::db;
use practice_server::startup::{Application, ServeConfig, TlsFiles};
use serde_json::{Value, json};
use tempfile::TempDir;

/// Everything any test's server logged, at every level (see `logs.rs`).
pub fn captured_logs() -> String {
    String::from_utf8_lossy(&log_buffer().lock().unwrap()).into_owned()
}

fn log_buffer() -> &'static Arc<Mutex<Vec<u8>>> {
    static BUFFER: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    BUFFER.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = Arc::clone(&buffer);
        tracing_subscriber_init(move || SharedWriter(Arc::clone(&writer)));
        buffer
    })
}

fn tracing_subscriber_init<W>(make_writer: W)
where
    W: for<'a> tracing_subscriber::fmt::MakeWriter<'a> + Send + Sync + 'static,
{
    // Integration tests see the server's own dependencies, tracing-subscriber among them.
    let _ = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(make_writer)
        .with_ansi(false)
        .try_init();
}

struct SharedWriter(Arc<Mutex<Vec<u8>>>);

impl Write for SharedWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db_path: PathBuf,
    pub dir: TempDir,
}

pub struct Options {
    pub busy_timeout: Duration,
    pub tls: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            busy_timeout: Duration::from_millis(300),
            tls: false,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    log_buffer();
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        r#"<!doctype html><html><head><script type="module">import init from '/kiosk-0123456789abcdef.js'; init();</script></head><body></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        dist.join("kiosk-0123456789abcdef.js"),
        "export default function init() {}\n".repeat(100),
    )
    .unwrap();
    let db_path = dir.path().join("nested/folder/practice.db");
    let mut client = reqwest::Client::builder().timeout(Duration::from_secs(30));
    let tls = options.tls.then(|| {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        std::fs::write(dir.path().join("cert.pem"), cert.cert.pem()).unwrap();
        std::fs::write(dir.path().join("key.pem"), cert.key_pair.serialize_pem()).unwrap();
        client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .add_root_certificate(
                reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap(),
            );
        TlsFiles {
            cert: dir.path().join("cert.pem"),
            key: dir.path().join("key.pem"),
        }
    });
    let scheme = if tls.is_some() { "https" } else { "http" };
    let config = ServeConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        database: db_path.clone(),
        dist,
        tls,
        practice_name: "Test Surgery".into(),
        busy_timeout: options.busy_timeout,
    };
    let app = Application::build(config).await.expect("the server starts");
    let base = format!("{scheme}://localhost:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    TestApp {
        base,
        client: client.build().unwrap(),
        db_path,
        dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A fresh one-time code, as `practice-server enrol` makes it.
    pub fn new_enrolment_code(&self, name: &str) -> String {
        let conn = db::open_and_migrate(&self.db_path, Duration::from_secs(5)).unwrap();
        db::create_enrolment_code(&conn, name, Utc::now()).unwrap()
    }

    pub async fn post_enrol(&self, code: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/enrol"))
            .json(&json!({ "code": code }))
            .send()
            .await
            .unwrap()
    }

    /// Enrols a kiosk and returns its device token.
    pub async fn enrolled_token(&self) -> String {
        let code = self.new_enrolment_code("Waiting room");
        let response = self.post_enrol(&code).await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.unwrap();
        body["token"].as_str().unwrap().to_owned()
    }

    pub async fn post_submission(&self, token: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/submissions"))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: Option<&str>,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        let mut request = self.client.post(self.url(path)).body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        request.send().await.unwrap()
    }

    /// The rows as `practice-server export` prints them.
    pub fn stored(&self) -> Vec<Value> {
        let conn = db::open_and_migrate(&self.db_path, Duration::from_secs(5)).unwrap();
        db::export_submissions(&conn)
            .unwrap()
            .into_iter()
            .map(|row| serde_json::to_value(row).unwrap())
            .collect()
    }

    pub fn count(&self, table: &str) -> i64 {
        let conn = db::connect(&self.db_path, Duration::from_secs(5)).unwrap();
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap()
    }
}

/// A valid submission with a fresh id.
pub fn submission() -> Value {
    json!({
        "id": uuid::Uuid::new_v4(),
        "fft": "good",
        "comment": "The nurse was kind and explained everything.",
        "topics": ["nurse"],
        "language": "en-GB",
        "created_at": "2026-11-23T10:47:00Z",
    })
}

/// Asserts the error body's shape and code, and returns its message.
pub async fn error_code(response: reqwest::Response, status: u16, code: &str) -> String {
    assert_eq!(response.status().as_u16(), status);
    let body: Value = response.json().await.expect("error answers are JSON");
    assert_eq!(body["error"]["code"], code, "{body}");
    let message = body["error"]["message"]
        .as_str()
        .expect("a message")
        .to_owned();
    assert!(!message.is_empty());
    message
}
