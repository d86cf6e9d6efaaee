//! `cargo xtask fuzz [SECONDS]`: libFuzzer (cargo fuzz, nightly) over arbitrary UTF-8 into the
//! wording engine, for ten minutes unless told otherwise. Not part of `cargo xtask test`.

use crate::shell::{cmd, output, root, run};

pub fn fuzz(args: &[String]) -> anyhow::Result<()> {
    let seconds: u32 = args.first().map(|s| s.parse()).transpose()?.unwrap_or(600);
    if output(cmd("cargo").args(["fuzz", "--version"])).is_none() {
        run(cmd("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let toolchains = output(cmd("rustup").args(["toolchain", "list"])).unwrap_or_default();
    if !toolchains.lines().any(|l| l.starts_with("nightly")) {
        run(cmd("rustup").args(["toolchain", "install", "nightly", "--profile", "minimal"]))?;
    }
    run(cmd("cargo")
        .args([
            "+nightly",
            "fuzz",
            "run",
            "analyse",
            "--",
            &format!("-max_total_time={seconds}"),
            "-max_len=8192",
        ])
        .current_dir(root().join("crates/wording")))
}
