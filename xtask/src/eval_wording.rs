//! `cargo xtask eval-wording`: the nudge engine over labelled public data (../shared/data, see
//! its SOURCE.md) and over the project's own kiosk examples, printing per-class rates.
//! Figures, not pass/fail: the thresholds that must hold are tested in crates/wording/tests.

use std::path::Path;

use anyhow::Context;
use sha2::{Digest, Sha256};
use wording::{Kind, analyse};

use crate::shell::root;

pub fn eval() -> anyhow::Result<()> {
    kiosk_examples()?;
    let data = root().join("../shared/data");
    if !data.exists() {
        println!("\n../shared/data is not here; the public data sets are skipped.");
        return Ok(());
    }
    nhs_fft(&data)?;
    olid(&data)?;
    davidson(&data)?;
    Ok(())
}

fn line(name: &str, hits: usize, total: usize) {
    println!(
        "  {name:<58} {hits:>5} / {total:<5} {:>6.1}%",
        100.0 * hits as f64 / total.max(1) as f64
    );
}

fn kiosk_examples() -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(root().join("crates/wording/tests/data/kiosk_examples.tsv"))?;
    let cases: Vec<(&str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let count = |labels: &[&str], hit: &dyn Fn(&str) -> bool| {
        let chosen: Vec<_> = cases
            .iter()
            .filter(|(label, _)| labels.contains(label))
            .collect();
        (chosen.iter().filter(|(_, t)| hit(t)).count(), chosen.len())
    };
    println!("\nKiosk examples (crates/wording/tests/data/kiosk_examples.tsv)");
    let flagged = |t: &str| analyse(t).flagged();
    let (h, n) = count(&["abuse", "named_staff"], &flagged);
    line("abuse and attacks on staff: flagged", h, n);
    let (h, n) = count(&["named_staff"], &|t| analyse(t).has(Kind::NamedStaff));
    line("named or described staff: named_staff", h, n);
    let (h, n) = count(&["praise", "criticism"], &flagged);
    line("honest (praise and criticism): flagged", h, n);
    let (h, n) = count(&["sweary"], &flagged);
    line(
        "honest complaints that swear about the service: flagged",
        h,
        n,
    );
    let (h, n) = count(&["urgent"], &|t| analyse(t).has(Kind::Urgent));
    line("urgent: urgent found", h, n);
    let others = [
        "praise",
        "criticism",
        "sweary",
        "abuse",
        "named_staff",
        "personal_data",
        "complaint",
        "shouting",
    ];
    let (h, n) = count(&others, &|t| analyse(t).has(Kind::Urgent));
    line("not urgent: urgent raised", h, n);
    let (h, n) = count(&["personal_data"], &|t| analyse(t).has(Kind::PersonalData));
    line("personal data: personal_data found", h, n);
    let (h, n) = count(&["complaint"], &|t| analyse(t).has(Kind::Complaint));
    line("formal complaints: complaint found", h, n);
    let (h, n) = count(&["shouting"], &|t| analyse(t).has(Kind::Shouting));
    line("comments in capitals: shouting found", h, n);
    Ok(())
}

fn column(headers: &csv::StringRecord, name: &str) -> anyhow::Result<usize> {
    headers
        .iter()
        .position(|h| h == name)
        .with_context(|| format!("no column `{name}`"))
}

fn nhs_fft(data: &Path) -> anyhow::Result<()> {
    let mut reader = csv::Reader::from_path(data.join("nhs_fft/v6framework_230831.csv"))?;
    let headers = reader.headers()?.clone();
    let (text, sentiment) = (
        column(&headers, "FFT answer")?,
        column(&headers, "Comment sentiment")?,
    );
    let (mut total, mut flagged, mut urgent) = (0, 0, 0);
    let mut examples = Vec::new();
    for record in reader.records() {
        let record = record?;
        let comment = record.get(text).unwrap_or_default().trim();
        let label = record
            .get(sentiment)
            .unwrap_or_default()
            .trim()
            .parse::<f64>()
            .ok();
        if comment.is_empty() || !label.is_some_and(|s| (1.0..=5.0).contains(&s)) {
            continue;
        }
        total += 1;
        let analysis = analyse(comment);
        if analysis.flagged() {
            flagged += 1;
            if examples.len() < 12 {
                examples.push(comment.chars().take(140).collect::<String>());
            }
        }
        if analysis.has(Kind::Urgent) {
            urgent += 1;
        }
    }
    println!("\nNHS Friends and Family Test comments (none abusive)");
    line("flagged", flagged, total);
    line(
        "urgent raised (some are real safeguarding or clinical)",
        urgent,
        total,
    );
    for example in examples {
        println!("    flagged: {example}");
    }
    Ok(())
}

fn olid(data: &Path) -> anyhow::Result<()> {
    let read_labels = |file: &str| -> anyhow::Result<std::collections::HashMap<String, String>> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_path(data.join("olid").join(file))?;
        Ok(reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| Some((r.get(0)?.to_owned(), r.get(1)?.to_owned())))
            .collect())
    };
    let (a, b) = (
        read_labels("labels-levela.csv")?,
        read_labels("labels-levelb.csv")?,
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .from_path(data.join("olid/testset-levela.tsv"))?;
    let (mut tin, mut tin_hit, mut unt, mut unt_hit, mut not, mut not_hit) = (0, 0, 0, 0, 0, 0);
    for record in reader.records() {
        let record = record?;
        let (Some(id), Some(tweet)) = (record.get(0), record.get(1)) else {
            continue;
        };
        let flagged = analyse(tweet).flagged();
        match (a.get(id).map(String::as_str), b.get(id).map(String::as_str)) {
            (Some("NOT"), _) => {
                not += 1;
                not_hit += usize::from(flagged);
            }
            (Some("OFF"), Some("TIN")) => {
                tin += 1;
                tin_hit += usize::from(flagged);
            }
            (Some("OFF"), _) => {
                unt += 1;
                unt_hit += usize::from(flagged);
            }
            _ => {}
        }
    }
    println!("\nOLID test set (tweets)");
    line("targeted offence (OFF-TIN): flagged", tin_hit, tin);
    line("untargeted profanity (OFF-UNT): flagged", unt_hit, unt);
    line("not offensive (NOT): flagged", not_hit, not);
    Ok(())
}

fn davidson(data: &Path) -> anyhow::Result<()> {
    let mut reader = csv::Reader::from_path(data.join("davidson/labeled_data.csv"))?;
    let mut by_class: [Vec<(String, String)>; 3] = Default::default();
    for record in reader.records() {
        let record = record?;
        let (Some(index), Some(class), Some(tweet)) = (record.get(0), record.get(5), record.get(6))
        else {
            continue;
        };
        let Ok(class) = class.parse::<usize>() else {
            continue;
        };
        if class < 3 {
            let key = format!(
                "{:x}",
                Sha256::digest(format!("davidson:D{index}").as_bytes())
            );
            let tweet = tweet
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            by_class[class].push((key, tweet));
        }
    }
    println!("\nDavidson tweets (1,000 a class, chosen by SHA-256 as the peers' evaluation did)");
    let names = ["hate speech", "offensive language", "neither"];
    let mut flagged_counts = [(0, 0); 3];
    for (class, rows) in by_class.iter_mut().enumerate() {
        rows.sort();
        let sample = &rows[..rows.len().min(1000)];
        let hits = sample.iter().filter(|(_, t)| analyse(t).flagged()).count();
        flagged_counts[class] = (hits, sample.len());
        line(&format!("{}: flagged", names[class]), hits, sample.len());
    }
    let (h, n) = (
        flagged_counts[0].0 + flagged_counts[1].0,
        flagged_counts[0].1 + flagged_counts[1].1,
    );
    line("hate and offensive together: flagged", h, n);
    Ok(())
}
