//! `cargo xtask test`: every test. Native unit and API tests first (fast, and they name the
//! failing piece), then the kiosk built for real, its first load and the nudge engine's share of
//! it held to their budgets, and the kiosk driven in headless Chromium against the real
//! practice-server with a real SQLite file.

use crate::bench::{ENGINE_SHARE_CAP, FIRST_LOAD_BUDGET, engine_share, first_load_sizes};
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
    // The first-load budget is a figure that must hold, so it is checked here, on the build the
    // browser tests drive (sizes are deterministic; timings stay in `cargo xtask bench`).
    let first_load = first_load_sizes(&root().join("dist"))?;
    anyhow::ensure!(
        first_load < FIRST_LOAD_BUDGET,
        "the kiosk's first load is {first_load} bytes brotli, over the {FIRST_LOAD_BUDGET}-byte budget"
    );
    // So is the nudge engine's share of it (a second build, without the engine, elsewhere).
    let share = engine_share(first_load)?;
    anyhow::ensure!(
        share < ENGINE_SHARE_CAP,
        "the nudge engine's share of the first load is {share} bytes brotli, over its \
         {ENGINE_SHARE_CAP}-byte cap"
    );
    build_server(false)?;
    let server = root().join("target/debug/practice-server");
    run(cmd("node")
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .arg("e2e/")
        .env("PRACTICE_SERVER_BIN", server)
        .env("KIOSK_DIST", root().join("dist")))
}
