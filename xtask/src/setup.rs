//! Installs what is missing and skips what is there: the wasm target, Debian's Chromium and
//! ChromeDriver, Trunk and wasm-bindgen-cli from crates.io, and the npm tools (wasm-opt from
//! binaryen, terser, playwright-core, axe-core, Lighthouse). Trunk never downloads anything
//! itself: its tools are on PATH at the versions it asks for.

use std::fs;

use anyhow::Context;

use crate::shell::{cmd, have, output, root, run};

const TRUNK_VERSION: &str = "0.21.14"; // 0.22 needs a newer rustc than ours

pub fn ensure_tools() -> anyhow::Result<()> {
    ensure_wasm_target()?;
    ensure_chromium()?;
    ensure_cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &[
            "install",
            "trunk",
            "--version",
            &format!("={TRUNK_VERSION}"),
            "--locked",
        ],
    )?;
    let bindgen = wasm_bindgen_version()?;
    // No --locked: wasm-bindgen-cli's lockfile pins a crate version the registry here lacks.
    ensure_cargo_tool(
        "wasm-bindgen",
        &bindgen,
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &format!("={bindgen}"),
            "--force",
        ],
    )?;
    ensure_npm_tools()?;
    Ok(())
}

fn ensure_wasm_target() -> anyhow::Result<()> {
    let installed =
        output(cmd("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        run(cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    Ok(())
}

fn ensure_chromium() -> anyhow::Result<()> {
    if have("chromium") && have("chromedriver") {
        return Ok(());
    }
    eprintln!("Installing Debian's chromium and chromium-driver (about a minute)…");
    let sudo = if output(cmd("id").arg("-u")).is_some_and(|uid| uid.trim() == "0") {
        vec![]
    } else {
        vec!["sudo"]
    };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.clone();
        all.push("apt-get");
        all.extend_from_slice(args);
        let mut command = cmd(all[0]);
        command
            .args(&all[1..])
            .env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut command)
    };
    apt(&["update", "-qq"])?;
    apt(&[
        "install",
        "-y",
        "-qq",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ])
}

fn ensure_cargo_tool(binary: &str, version: &str, install: &[&str]) -> anyhow::Result<()> {
    let current = output(cmd(binary).arg("--version")).unwrap_or_default();
    if current.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    eprintln!("Installing {binary} {version} from crates.io (a few minutes on two cores)…");
    run(cmd("cargo").args(install))
}

/// The wasm-bindgen version in Cargo.lock: wasm-bindgen-cli must be exactly this.
pub fn wasm_bindgen_version() -> anyhow::Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines
                .next()
                .and_then(|l| l.strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    anyhow::bail!("no wasm-bindgen in Cargo.lock")
}

fn ensure_npm_tools() -> anyhow::Result<()> {
    let e2e = root().join("e2e");
    let marker = e2e.join("node_modules/.package-lock.json");
    let fresh = match (
        fs::metadata(e2e.join("package-lock.json")),
        fs::metadata(&marker),
    ) {
        (Ok(lock), Ok(installed)) => lock.modified()? <= installed.modified()?,
        _ => false,
    };
    if !fresh || !e2e.join("node_modules/.bin/wasm-opt").exists() {
        run(cmd("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e))?;
    }
    Ok(())
}
