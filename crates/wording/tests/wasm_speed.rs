//! The engine's speed in a real browser: a timed loop in headless Chromium, run by
//! `cargo xtask bench` (`cargo test -p wording --target wasm32-unknown-unknown --test wasm_speed`).
//! It prints a figure and asserts only that the analysis gives the same answer every time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn analysing_a_2000_character_comment_in_the_browser() {
    let comment = wording::sample_comment_2000();
    let expected = wording::analyse(&comment);
    for _ in 0..20 {
        assert_eq!(wording::analyse(std::hint::black_box(&comment)), expected);
    }
    const RUNS: u32 = 500;
    let started = js_sys::Date::now();
    for _ in 0..RUNS {
        std::hint::black_box(wording::analyse(std::hint::black_box(&comment)));
    }
    let per_run_ms = (js_sys::Date::now() - started) / f64::from(RUNS);
    console_log!("wasm-analyse-2000-chars-ms: {per_run_ms:.4}");
}
