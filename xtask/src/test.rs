//! `cargo xtask test`: every test. Native unit and API tests first (fast, and they name the
//! failing piece), then the kiosk built for real and driven in headless Chromium against the
//! real practice-server with a real SQLite file.

use crate::kiosk_build::{build_kiosk, build_server};
use crate::setup::ensure_tools;
use crate::shell::{cmd, root, run};

pub fn test() -> anyhow::Result<()> {
    ensure_tools()?;
    run(cmd("cargo").args(["test", "--workspace"]))?;
    // The kiosk's own unit tests that need a JavaScript engine (its clock), under Node.
    run(cmd("cargo").args([
        "test",
        "-p",
        "kiosk",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    build_kiosk()?;
    build_server(false)?;
    let server = root().join("target/debug/practice-server");
    run(cmd("node")
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .arg("e2e/")
        .env("PRACTICE_SERVER_BIN", server)
        .env("KIOSK_DIST", root().join("dist")))
}
