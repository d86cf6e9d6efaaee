//! Running commands, with the project's tool folders first on PATH.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

/// The repository root (xtask lives one level down).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask is in the repository")
        .to_owned()
}

/// PATH with npm's binaries (wasm-opt from binaryen) and cargo's first.
pub fn tool_path() -> String {
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(|h| format!("{h}/bin"))
        .unwrap_or_else(|_| format!("{home}/.cargo/bin"));
    let npm_bin = root().join("e2e/node_modules/.bin");
    format!(
        "{}:{cargo_bin}:{}",
        npm_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A command in the repository root with the tool PATH.
pub fn cmd(program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

/// Runs a command, failing with its name if it fails.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let shown = std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("\n$ {shown}");
    let status = command
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

/// Runs a command and returns its standard output, or `None` if it can't run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn have(program: &str) -> bool {
    output(cmd("sh").args(["-c", &format!("command -v {program}")])).is_some()
}
