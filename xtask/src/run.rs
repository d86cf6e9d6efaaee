//! `cargo xtask run`: the product on http://127.0.0.1:8080 with the embedded SQLite database.

use crate::kiosk_build::{build_kiosk, build_server};
use crate::setup::ensure_tools;
use crate::shell::{cmd, output, root, run as run_command};

pub fn run() -> anyhow::Result<()> {
    ensure_tools()?;
    build_kiosk()?;
    build_server(true)?;
    let server = root().join("target/release/practice-server");
    let server = server.to_str().expect("a UTF-8 path");
    let database = "sqlite://data/practice.db";
    let enrol = output(cmd(server).args(["--database", database, "enrol", "Waiting room"]))
        .ok_or_else(|| anyhow::anyhow!("practice-server enrol failed"))?;
    let code = enrol.lines().last().unwrap_or_default();
    println!("\nThe kiosk:          http://127.0.0.1:8080/");
    println!("API description:    http://127.0.0.1:8080/api/v1/openapi.json");
    println!(
        "Enrolment code:     {code}   (type it on the kiosk's setup screen; works once, for 24 hours)"
    );
    println!("Database:           data/practice.db          Stop with Ctrl-C.\n");
    run_command(cmd(server).args([
        "--listen",
        "127.0.0.1:8080",
        "--database",
        database,
        "--dist",
        "dist",
    ]))
}
