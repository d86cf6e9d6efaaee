//! The kiosk's entry point. Built by Trunk: `cargo xtask run` (or `trunk build --release`).

/// Talc instead of the default dlmalloc: less code over the wire, and faster (see Cargo.toml).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    kiosk::start();
}
