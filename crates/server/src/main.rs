//! The practice backend. `cargo run --bin practice-server -- --help` lists its flags and commands;
//! `cargo xtask run` builds the kiosk and starts this on http://127.0.0.1:8080.

use clap::Parser;
use practice_server::{cli, config::Cli, telemetry};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Cli::parse();
    telemetry::init();
    cli::run(args).await
}
