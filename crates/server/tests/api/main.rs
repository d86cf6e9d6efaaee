//! The practice server's API, tested through real HTTP against a real server on port 0 with a
//! fresh SQLite file per test. `cargo test -p practice-server --test api`.

mod enrol;
mod helpers;
mod logs;
mod serving;
mod submissions;
