//! Builds the kiosk (Trunk, release: the size-optimised `wasm-release` profile) and the server.

use crate::shell::{cmd, run};

pub fn build_kiosk() -> anyhow::Result<()> {
    trunk_build_release(&[])
}

/// `trunk build --release`, with these arguments after it.
fn trunk_build_release(more: &[&str]) -> anyhow::Result<()> {
    run(cmd("trunk").args(["build", "--release"]).args(more))
}

/// Where `build_kiosk_without_engine` puts its build.
pub const DIST_WITHOUT_ENGINE: &str = "target/dist-without-engine";

/// The kiosk with the nudge engine left out (the `without-wording-engine` feature), built into
/// `DIST_WITHOUT_ENGINE` and never served: only to measure the engine's share of the first load.
pub fn build_kiosk_without_engine() -> anyhow::Result<()> {
    trunk_build_release(&[
        "--features",
        "without-wording-engine",
        "--dist",
        DIST_WITHOUT_ENGINE,
    ])
}

/// Builds practice-server; `release` for running and benchmarks, debug for tests.
pub fn build_server(release: bool) -> anyhow::Result<()> {
    let mut command = cmd("cargo");
    command.args(["build", "-p", "practice-server", "--bin", "practice-server"]);
    if release {
        command.arg("--release");
    }
    run(&mut command)
}
