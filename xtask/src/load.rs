//! The load generator behind `cargo xtask bench`: a fixed number of clients, each on its own
//! keep-alive connection, posting distinct submissions as fast as the server answers, for a
//! fixed time; then the same on the health route for comparison. Prints throughput and latency
//! percentiles. Traffic goes only to the loopback address it is given.

use std::time::{Duration, Instant};

use anyhow::Context;

const CLIENTS: usize = 32;
const DURATION: Duration = Duration::from_secs(20);

pub fn main(args: &[String]) -> anyhow::Result<()> {
    let [base, code] = args else {
        anyhow::bail!("usage: xtask load <base-url> <enrolment-code>")
    };
    anyhow::ensure!(
        base.starts_with("http://127.0.0.1:") || base.starts_with("http://localhost:"),
        "load only a local server"
    );
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(load(base, code))
}

async fn load(base: &str, code: &str) -> anyhow::Result<()> {
    let setup = reqwest::Client::new();
    wait_until_up(&setup, base).await?;
    let enrolled: serde_json::Value = setup
        .post(format!("{base}/api/v1/enrol"))
        .json(&serde_json::json!({ "code": code }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = enrolled["token"].as_str().context("no token")?.to_owned();

    let submissions = run_clients(base, Some(token)).await?;
    report("POST /api/v1/submissions", &submissions);
    let health = run_clients(base, None).await?;
    report("GET  /api/v1/health", &health);
    Ok(())
}

async fn wait_until_up(client: &reqwest::Client, base: &str) -> anyhow::Result<()> {
    for _ in 0..100 {
        if client
            .get(format!("{base}/api/v1/health"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("the server did not come up")
}

struct Outcome {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

/// With a token, posts submissions; without, reads the health route.
async fn run_clients(base: &str, token: Option<String>) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        // One client each: one keep-alive connection each.
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(1)
            .build()?;
        let base = base.to_owned();
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let (mut latencies, mut errors) = (Vec::new(), 0usize);
            while started.elapsed() < DURATION {
                let sent = Instant::now();
                let request = match &token {
                    Some(token) => client.post(format!("{base}/api/v1/submissions")).bearer_auth(token).json(&serde_json::json!({
                        "id": uuid::Uuid::new_v4(),
                        "fft": "good",
                        "comment": "The receptionist found me an appointment the same day. Thank you.",
                        "topics": ["reception", "booking"],
                        "language": "en-GB",
                        "created_at": "2026-11-23T10:47:00Z",
                    })),
                    None => client.get(format!("{base}/api/v1/health")),
                };
                match request.send().await {
                    Ok(response) if response.status().is_success() => {
                        let _ = response.bytes().await;
                        latencies.push(sent.elapsed());
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut outcome = Outcome {
        latencies: Vec::new(),
        errors: 0,
        elapsed: Duration::ZERO,
    };
    for task in tasks {
        let (latencies, errors) = task.await?;
        outcome.latencies.extend(latencies);
        outcome.errors += errors;
    }
    outcome.elapsed = started.elapsed();
    Ok(outcome)
}

fn report(name: &str, outcome: &Outcome) {
    let mut latencies = outcome.latencies.clone();
    latencies.sort();
    let percentile = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let per_second = latencies.len() as f64 / outcome.elapsed.as_secs_f64();
    println!(
        "{name}: {} ok, {} errors in {:.1} s, {per_second:.0} per second, {CLIENTS} clients; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        latencies.len(),
        outcome.errors,
        outcome.elapsed.as_secs_f64(),
        percentile(0.50).as_secs_f64() * 1e3,
        percentile(0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}
