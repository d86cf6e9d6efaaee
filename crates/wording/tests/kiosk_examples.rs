//! The engine on the project's own labelled kiosk comments (tests/data/kiosk_examples.tsv):
//! every case is run, every miss is printed with its label and text, and the rates must reach
//! the figures of the issue. `cargo test -p wording --test kiosk_examples -- --nocapture`.

use wording::{Kind, analyse};

/// Every label the examples use (see the file's header).
const LABELS: &[&str] = &[
    "praise",
    "criticism",
    "sweary",
    "abuse",
    "named_staff",
    "personal_data",
    "urgent",
    "complaint",
    "shouting",
];

struct Case {
    label: &'static str,
    text: &'static str,
}

fn cases() -> Vec<Case> {
    include_str!("data/kiosk_examples.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (label, text) = line.split_once('\t').expect("label<TAB>text");
            Case { label, text }
        })
        .collect()
}

/// The share of `cases` with `label` in `labels` for which `hit` holds, printing the ones that
/// don't match `expect`.
fn rate(cases: &[Case], labels: &[&str], expect: bool, hit: impl Fn(&str) -> bool) -> f64 {
    let chosen: Vec<&Case> = cases.iter().filter(|c| labels.contains(&c.label)).collect();
    let mut hits = 0;
    for case in &chosen {
        let h = hit(case.text);
        if h {
            hits += 1;
        }
        if h != expect {
            let kinds: Vec<&str> = analyse(case.text)
                .kinds()
                .iter()
                .map(|k| k.as_str())
                .collect();
            println!(
                "  {}: expected {expect}, {kinds:?}: {}",
                case.label, case.text
            );
        }
    }
    let rate = hits as f64 / chosen.len() as f64;
    println!("{labels:?} {} cases: {:.1}%", chosen.len(), rate * 100.0);
    rate
}

#[test]
fn abuse_and_attacks_on_staff_are_nudged() {
    let rate = rate(&cases(), &["abuse", "named_staff"], true, |t| {
        analyse(t).flagged()
    });
    assert!(rate >= 0.90, "{rate}");
}

#[test]
fn honest_comments_are_rarely_nudged() {
    let rate = rate(&cases(), &["praise", "criticism"], false, |t| {
        analyse(t).flagged()
    });
    assert!(rate <= 0.03, "{rate}");
}

#[test]
fn honest_complaints_that_swear_about_the_service_are_rarely_nudged() {
    let rate = rate(&cases(), &["sweary"], false, |t| analyse(t).flagged());
    assert!(rate <= 0.10, "{rate}");
}

#[test]
fn attacks_on_named_or_described_staff_are_seen_as_such() {
    let rate = rate(&cases(), &["named_staff"], true, |t| {
        analyse(t).has(Kind::NamedStaff)
    });
    assert!(rate >= 0.80, "{rate}");
}

#[test]
fn urgent_need_is_found_and_rarely_raised_elsewhere() {
    let cases = cases();
    let found = rate(&cases, &["urgent"], true, |t| analyse(t).has(Kind::Urgent));
    assert!(found >= 0.95, "{found}");
    let others: Vec<&str> = LABELS.iter().copied().filter(|&l| l != "urgent").collect();
    let false_alarms = rate(&cases, &others, false, |t| analyse(t).has(Kind::Urgent));
    assert!(false_alarms <= 0.02, "{false_alarms}");
}

#[test]
fn personal_data_is_found() {
    let rate = rate(&cases(), &["personal_data"], true, |t| {
        analyse(t).has(Kind::PersonalData)
    });
    assert!(rate >= 0.90, "{rate}");
}

#[test]
fn formal_complaints_are_found() {
    let rate = rate(&cases(), &["complaint"], true, |t| {
        analyse(t).has(Kind::Complaint)
    });
    assert!(rate >= 0.90, "{rate}");
}

#[test]
fn comments_in_capitals_are_seen_as_shouting() {
    let rate = rate(&cases(), &["shouting"], true, |t| {
        analyse(t).has(Kind::Shouting)
    });
    assert!(rate >= 0.90, "{rate}");
}

#[test]
fn every_line_has_a_known_label() {
    let unknown: Vec<&str> = cases()
        .iter()
        .filter(|c| !LABELS.contains(&c.label))
        .map(|c| c.text)
        .collect();
    assert!(unknown.is_empty(), "{unknown:#?}");
}
