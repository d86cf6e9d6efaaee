//! Puts the server together: the database, the routes, the layers, the socket.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::{Router, middleware};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

use crate::db::Database;
use crate::routes::auth::DeviceCache;
use crate::routes::enrol::EnrolLimiter;
use crate::routes::{self, static_files};

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub devices: DeviceCache,
    pub enrol_limiter: EnrolLimiter,
    pub practice_name: Arc<str>,
}

/// What `serve` needs to know.
#[derive(Clone, Debug)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    pub database: PathBuf,
    pub dist: PathBuf,
    pub tls: Option<TlsFiles>,
    pub practice_name: String,
    pub busy_timeout: Duration,
}

#[derive(Clone, Debug)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// The whole application as a router, without a socket (tests can call it directly).
pub fn app(state: AppState, dist: &Path) -> Router {
    let headers = static_files::SecurityHeaders::for_dist(dist);
    // Layers run outside in: a panic is caught last, after tracing and compression saw the request.
    routes::api_router()
        .fallback_service(static_files::service(dist))
        .layer(DefaultBodyLimit::max(wire::BODY_MAX_BYTES))
        .layer(middleware::from_fn_with_state(
            headers,
            static_files::add_headers,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .layer(CatchPanicLayer::new())
        .with_state(state)
}

pub struct Application {
    address: SocketAddr,
    server: std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<()>> + Send>>,
}

impl Application {
    /// Opens the database, binds the socket (port 0 picks a free one) and prepares to serve.
    pub async fn build(config: ServeConfig) -> anyhow::Result<Self> {
        let db = Database::open(&config.database, config.busy_timeout)?;
        let state = AppState {
            db,
            devices: DeviceCache::default(),
            enrol_limiter: EnrolLimiter::default(),
            practice_name: config.practice_name.into(),
        };
        let app = app(state, &config.dist).into_make_service_with_connect_info::<SocketAddr>();
        let listener = std::net::TcpListener::bind(config.listen)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let server: std::pin::Pin<
            Box<dyn std::future::Future<Output = std::io::Result<()>> + Send>,
        > = match config.tls {
            None => {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                Box::pin(async move {
                    axum::serve(listener, app)
                        .with_graceful_shutdown(shutdown_signal())
                        .await
                })
            }
            Some(tls) => {
                let _ = rustls::crypto::ring::default_provider().install_default();
                let rustls =
                    axum_server::tls_rustls::RustlsConfig::from_pem_file(&tls.cert, &tls.key)
                        .await?;
                let handle = axum_server::Handle::new();
                let stopper = handle.clone();
                tokio::spawn(async move {
                    shutdown_signal().await;
                    stopper.graceful_shutdown(Some(Duration::from_secs(10)));
                });
                let server = axum_server::from_tcp_rustls(listener, rustls)?.handle(handle);
                Box::pin(async move { server.serve(app).await })
            }
        };
        Ok(Self { address, server })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Serves until SIGTERM or Ctrl-C, finishing the requests under way.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
