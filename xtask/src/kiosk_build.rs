//! Builds the kiosk (Trunk, release: the size-optimised `wasm-release` profile) and the server.

use crate::shell::{cmd, run};

pub fn build_kiosk() -> anyhow::Result<()> {
    run(cmd("trunk").args(["build", "--release"]))
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
