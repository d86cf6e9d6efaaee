//! The project's own commands. `cargo xtask help` lists them.
//!
//! Every command first makes sure the tools it needs are installed (see `setup.rs`), so a fresh
//! Debian machine needs nothing but Rust, Node and this repository.

mod bench;
mod eval_wording;
mod fuzz;
mod kiosk_build;
mod load;
mod run;
mod setup;
mod shell;
mod soak;
mod test;

const HELP: &str = "\
cargo xtask <command>

  run      build the kiosk, start practice-server on http://127.0.0.1:8080 with the embedded
           database, and print an enrolment code
  test     every test: native unit and API tests, then browser tests in headless Chromium
  bench    first-load sizes of dist/ and the server's ingest throughput
  size     only the first-load sizes (a release build of the kiosk, then dist/ measured)
  eval-wording  the nudge engine's rates on the public labelled data and our own examples
  fuzz [SECONDS]  fuzz the nudge engine with arbitrary UTF-8 (cargo fuzz, nightly; default 600 s)
  soak [VISITS]  1,000 visits (or VISITS) on one kiosk page: fails if heap, wasm memory, DOM
           nodes or listeners grow more than 10% after the first tenth
  setup    install whatever tools are missing (every command does this first)
";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    match command {
        "run" => run::run(),
        "test" => test::test(),
        "bench" => bench::bench(),
        "size" => bench::size(),
        "eval-wording" => eval_wording::eval(),
        "fuzz" => fuzz::fuzz(&args[1..]),
        "soak" => soak::soak(&args[1..]),
        "setup" => setup::ensure_tools(),
        // Internal: the load generator, run by `bench` as a release build.
        "load" => load::main(&args[1..]),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => anyhow::bail!("unknown command `{other}`\n\n{HELP}"),
    }
}
