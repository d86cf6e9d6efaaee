//! `cargo bench -p wording` (run by `cargo xtask bench`): analysis of a 2,000-character comment.

use criterion::{criterion_group, criterion_main, Criterion};

/// A realistic long comment of exactly 2,000 characters: criticism, swearing, a name, a number.
pub fn long_comment() -> String {
    let base = "I waited an hour and a half past my slot and nobody said a word, which is a bloody joke. \
                The receptionist Gemma was rude when I asked why, and the phone line is impossible at 8am. \
                My number is 07700 900123 if anyone wants to call. I have had chest pain on and off. ";
    base.chars().cycle().take(2_000).collect()
}

fn analyse_2000_chars(c: &mut Criterion) {
    let comment = long_comment();
    assert_eq!(comment.chars().count(), 2_000);
    c.bench_function("analyse a 2,000-character comment", |b| b.iter(|| wording::analyse(std::hint::black_box(&comment))));
}

criterion_group!(benches, analyse_2000_chars);
criterion_main!(benches);
