use chrono::{DateTime, DurationRound, NaiveDate, TimeDelta, Utc};
use chrono_tz::Europe::London;
use sha2::{Digest, Sha256};
use uuid::Uuid;
use wire as json;

/// A submission that passed every check, ready to store. Times are kept only to the hour.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSubmission {
    pub id: Uuid,
    pub fft: json::FftAnswer,
    pub comment: Option<String>,
    pub topics: Vec<json::Topic>,
    pub language: String,
    /// The tablet's time of sending, rounded down to the hour (and never later than receipt).
    pub created_hour: DateTime<Utc>,
    /// The day in Europe/London that `created_hour` falls on: the day and month it counts for.
    pub local_date: NaiveDate,
    pub received_at: DateTime<Utc>,
    pub contact: Option<json::Contact>,
    /// SHA-256 of the parsed content: a resend with the same id must match it.
    pub fingerprint: [u8; 32],
    /// What the wording engine found in the comment (kinds only), so the manager can triage
    /// urgent, abusive and complaint items first. The server's verdict is the one stored.
    pub verdict: Vec<&'static str>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct SubmissionError(pub String);

/// The date in Europe/London of an instant.
pub fn london_date(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&London).date_naive()
}

impl NewSubmission {
    /// Checks a submission as received at `received_at`.
    pub fn parse(
        submission: json::Submission,
        received_at: DateTime<Utc>,
    ) -> Result<Self, SubmissionError> {
        let problems = submission.problems();
        if !problems.is_empty() {
            let text = problems
                .iter()
                .map(|p| format!("{}: {}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("; ");
            return Err(SubmissionError(text));
        }
        let created_at = DateTime::parse_from_rfc3339(submission.created_at.trim())
            .map_err(|_| {
                SubmissionError(
                    "created_at: must be an RFC 3339 time such as 2026-11-23T10:15:00Z".into(),
                )
            })?
            .with_timezone(&Utc);
        // A tablet's clock may run fast; a submission never counts for a later hour than it arrived.
        let created_hour = created_at
            .min(received_at)
            .duration_trunc(TimeDelta::hours(1))
            .map_err(|_| SubmissionError("created_at: out of range".into()))?;
        let comment = submission.trimmed_comment().map(str::to_owned);
        let mut topics = submission.topics;
        topics.sort();
        let contact = submission.contact.map(|c| json::Contact {
            name: c.name.trim().to_owned(),
            phone: c
                .phone
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty()),
            email: c
                .email
                .map(|e| e.trim().to_owned())
                .filter(|e| !e.is_empty()),
            consent: c.consent,
        });
        let language = submission.language.trim().to_owned();
        let verdict = comment
            .as_deref()
            .map(|c| {
                wording::analyse(c)
                    .kinds()
                    .into_iter()
                    .map(wording::Kind::as_str)
                    .collect()
            })
            .unwrap_or_default();
        let fingerprint = fingerprint(
            submission.fft,
            comment.as_deref(),
            &topics,
            &language,
            created_hour,
            contact.as_ref(),
        );
        Ok(Self {
            id: submission.id,
            fft: submission.fft,
            comment,
            topics,
            language,
            created_hour,
            local_date: london_date(created_hour),
            received_at,
            contact,
            fingerprint,
            verdict,
        })
    }
}

fn fingerprint(
    fft: json::FftAnswer,
    comment: Option<&str>,
    topics: &[json::Topic],
    language: &str,
    created_hour: DateTime<Utc>,
    contact: Option<&json::Contact>,
) -> [u8; 32] {
    let canonical = serde_json::json!({
        "fft": fft,
        "comment": comment,
        "topics": topics,
        "language": language,
        "created_hour": created_hour.to_rfc3339(),
        "contact": contact,
    });
    Sha256::digest(canonical.to_string().as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire(created_at: &str) -> json::Submission {
        json::Submission {
            id: Uuid::nil(),
            fft: json::FftAnswer::Poor,
            comment: Some("  Waited an hour.  ".into()),
            topics: vec![json::Topic::WaitingTime, json::Topic::Reception],
            language: "en-GB".into(),
            created_at: created_at.into(),
            contact: None,
        }
    }

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn the_time_is_kept_only_to_the_hour() {
        let parsed =
            NewSubmission::parse(wire("2026-11-23T10:47:31.123Z"), at("2026-11-23T11:00:00Z"))
                .unwrap();
        assert_eq!(parsed.created_hour, at("2026-11-23T10:00:00Z"));
        assert_eq!(parsed.comment.as_deref(), Some("Waited an hour."));
    }

    #[test]
    fn a_fast_tablet_clock_never_moves_a_submission_past_its_receipt() {
        let parsed =
            NewSubmission::parse(wire("2027-01-01T00:00:00Z"), at("2026-11-23T11:20:00Z")).unwrap();
        assert_eq!(parsed.created_hour, at("2026-11-23T11:00:00Z"));
    }

    #[test]
    fn days_are_counted_in_london_time() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July.
        let parsed =
            NewSubmission::parse(wire("2026-06-30T23:30:00Z"), at("2026-07-01T09:00:00Z")).unwrap();
        assert_eq!(
            parsed.local_date,
            NaiveDate::from_ymd_opt(2026, 7, 1).unwrap()
        );
        // In winter London is on UTC.
        let parsed =
            NewSubmission::parse(wire("2026-12-31T23:30:00Z"), at("2027-01-01T09:00:00Z")).unwrap();
        assert_eq!(
            parsed.local_date,
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
    }

    #[test]
    fn a_time_with_an_offset_is_understood() {
        let parsed = NewSubmission::parse(
            wire("2026-07-01T00:30:00+01:00"),
            at("2026-07-01T09:00:00Z"),
        )
        .unwrap();
        assert_eq!(parsed.created_hour, at("2026-06-30T23:00:00Z"));
    }

    #[test]
    fn the_verdict_names_kinds_and_never_the_words() {
        let mut abusive = wire("2026-11-23T10:05:00Z");
        abusive.comment =
            Some("The receptionist is a stupid cow and I want to make a formal complaint.".into());
        let parsed = NewSubmission::parse(abusive, at("2026-11-23T12:00:00Z")).unwrap();
        assert_eq!(parsed.verdict, ["abuse", "complaint"]);
        let calm =
            NewSubmission::parse(wire("2026-11-23T10:05:00Z"), at("2026-11-23T12:00:00Z")).unwrap();
        assert!(calm.verdict.is_empty());
    }

    #[test]
    fn an_unreadable_time_is_refused() {
        let err = NewSubmission::parse(wire("yesterday"), Utc::now()).unwrap_err();
        assert!(err.0.starts_with("created_at"));
    }

    #[test]
    fn topic_order_and_comment_padding_do_not_change_the_fingerprint() {
        let received = at("2026-11-23T12:00:00Z");
        let a = NewSubmission::parse(wire("2026-11-23T10:05:00Z"), received).unwrap();
        let mut other = wire("2026-11-23T10:55:00Z");
        other.topics.reverse();
        other.comment = Some("Waited an hour.".into());
        let b = NewSubmission::parse(other, received).unwrap();
        assert_eq!(a.fingerprint, b.fingerprint);
        let mut changed = wire("2026-11-23T10:05:00Z");
        changed.fft = json::FftAnswer::VeryPoor;
        assert_ne!(
            NewSubmission::parse(changed, received).unwrap().fingerprint,
            a.fingerprint
        );
    }
}
