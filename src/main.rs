//! The kiosk's entry point. Built by Trunk: `cargo xtask run` (or `trunk build --release`).

fn main() {
    kiosk::start();
}
