//! Logs go to stderr, filtered by `RUST_LOG` (default `info`).
//!
//! Privacy: no handler logs a request body, a comment or contact details at any level; handlers
//! that see them are instrumented with `skip_all`, and the HTTP trace records method, path and
//! status only (never headers, so never the device token either).

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}
