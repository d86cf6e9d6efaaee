//! Bounded property tests: no input panics, every span lies on character boundaries inside the
//! comment, and the work grows linearly with length.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use proptest::prelude::*;
use wording::analyse;

/// Text that stresses the tokeniser: odd letters, masks, digits, separators and capitals.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "I",
        "you",
        "is",
        "a",
        "cow",
        "f***",
        "s h i t",
        "sh1t",
        "@",
        "$",
        "!",
        ".",
        "?",
        "\n",
        " ",
        "  ",
        "-",
        "'",
        "’",
        "é",
        "ѕ",
        "ｆ",
        "𝐟",
        "😀",
        "\u{200B}",
        "0",
        "7700",
        "+44",
        "(",
        ")",
        "943 476 5919",
        "CB2 1TN",
        "Dr",
        "Gemma",
        "chest",
        "pain",
        "cant",
        "breathe",
        "complaint",
        "THE",
        "NHS",
        "**",
        "ü",
        "ß",
        "ﬁ",
        "\u{0301}",
    ]);
    prop::collection::vec(pieces, 0..200).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text_is_analysed_without_panicking(text in "\\PC{0,400}") {
        let analysis = analyse(&text);
        for finding in &analysis.findings {
            for span in &finding.spans {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }

    #[test]
    fn tricky_text_is_analysed_without_panicking(text in tricky_text()) {
        let analysis = analyse(&text);
        for finding in &analysis.findings {
            for span in &finding.spans {
                prop_assert!(text.get(span.clone()).is_some());
            }
        }
    }
}

/// One run's cost, in nanoseconds a byte.
fn ns_per_byte(text: &str) -> f64 {
    let started = Instant::now();
    std::hint::black_box(analyse(std::hint::black_box(text)));
    started.elapsed().as_nanos() as f64 / text.len() as f64
}

#[test]
fn time_grows_linearly_with_length() {
    // A ratio of two timings on the same machine, not a speed limit: a 16× longer comment of
    // the worst kinds of text (many people, copulas, gaps for the phrase patterns, single
    // letters to join) may cost at most 3× as much a byte as a short one.
    let unit = "you you is is a a the receptionist is a s h i t f*** cow 07700 900 123 chest ~ pain hope she ";
    let short = unit.repeat(20);
    let long = unit.repeat(320);
    let _ = ns_per_byte(&short); // warm up
    // The fastest of many runs, short and long taken in turn, so that other work on the
    // machine (the other tests run beside this one) weighs on both alike.
    let (mut short_cost, mut long_cost) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..15 {
        short_cost = short_cost.min(ns_per_byte(&short));
        long_cost = long_cost.min(ns_per_byte(&long));
    }
    assert!(
        long_cost < short_cost * 3.0,
        "short {short_cost:.1} ns/byte, long {long_cost:.1} ns/byte"
    );
}
