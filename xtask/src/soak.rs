//! `cargo xtask soak [VISITS]`: a thousand patients (or VISITS) on one kiosk page against the
//! real server, measuring the JS heap, the wasm memory, DOM nodes and event listeners after the
//! first tenth and at the end. Exits non-zero if any grew by more than 10%. The test run does a
//! short version (80 visits, `e2e/soak.test.mjs`).

use crate::kiosk_build::{build_kiosk, build_server};
use crate::setup::ensure_tools;
use crate::shell::{cmd, root, run};

pub fn soak(args: &[String]) -> anyhow::Result<()> {
    let visits: u32 = match args.first() {
        Some(n) => n
            .parse()
            .map_err(|_| anyhow::anyhow!("VISITS is a number, not `{n}`"))?,
        None => 1_000,
    };
    anyhow::ensure!(visits >= 20, "a soak needs at least 20 visits");
    ensure_tools()?;
    build_kiosk()?;
    build_server(false)?;
    run(cmd("node")
        .arg("e2e/soak.mjs")
        .arg(visits.to_string())
        .env(
            "PRACTICE_SERVER_BIN",
            root().join("target/debug/practice-server"),
        )
        .env("KIOSK_DIST", root().join("dist")))
}
