//! Reads one comment a line on standard input and prints one JSON object a line:
//! `{"flagged": bool, "kinds": [...], "findings": [{"kind", "rule", "spans", "text"}]}`.
//! `cargo run -p wording --features cli --bin wording-check < comments.txt`

use std::io::{BufRead, Write};

fn main() -> std::io::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let analysis = wording::analyse(&line);
        let findings: Vec<serde_json::Value> = analysis
            .findings
            .iter()
            .map(|f| {
                serde_json::json!({
                    "kind": f.kind.as_str(),
                    "rule": f.rule,
                    "message": f.message_key(),
                    "spans": f.spans.iter().map(|s| [s.start, s.end]).collect::<Vec<_>>(),
                    "text": f.spans.iter().map(|s| &line[s.clone()]).collect::<Vec<_>>(),
                })
            })
            .collect();
        let kinds: Vec<&str> = analysis.kinds().into_iter().map(|k| k.as_str()).collect();
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({ "flagged": analysis.flagged(), "kinds": kinds, "findings": findings }),
        )?;
        writeln!(out)?;
    }
    out.flush()
}
