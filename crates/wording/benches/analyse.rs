//! `cargo bench -p wording` (run by `cargo xtask bench`): analysis of a 2,000-character comment.

use criterion::{Criterion, criterion_group, criterion_main};

fn analyse_2000_chars(c: &mut Criterion) {
    let comment = wording::sample_comment_2000();
    assert_eq!(comment.chars().count(), 2_000);
    c.bench_function("analyse a 2,000-character comment", |b| {
        b.iter(|| wording::analyse(std::hint::black_box(&comment)))
    });
}

criterion_group!(benches, analyse_2000_chars);
criterion_main!(benches);
