//! The SQL, in one place. Times are stored as RFC 3339 text in UTC.

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::SubmitOutcome;
use crate::domain::{EnrolmentCode, NewSubmission, SecretDigest};

/// How long an enrolment code stays good.
pub const ENROLMENT_CODE_LIFETIME: TimeDelta = TimeDelta::hours(24);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnrolledDevice {
    pub id: i64,
    pub name: String,
}

fn stamp(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Makes a one-time code for a kiosk called `device_name`, good for 24 hours from `now`.
pub fn create_enrolment_code(
    conn: &Connection,
    device_name: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<String> {
    let code = EnrolmentCode::generate();
    conn.execute(
        "INSERT INTO enrolment_codes (code_sha256, device_name, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![code.digest().0, device_name, stamp(now), stamp(now + ENROLMENT_CODE_LIFETIME)],
    )?;
    Ok(code.display())
}

pub(super) fn enrol(
    conn: &Connection,
    code: SecretDigest,
    token: SecretDigest,
    now: DateTime<Utc>,
) -> rusqlite::Result<Option<EnrolledDevice>> {
    let name: Option<String> = conn
        .query_row(
            "UPDATE enrolment_codes SET used_at = ?2
             WHERE code_sha256 = ?1 AND used_at IS NULL AND expires_at > ?2
             RETURNING device_name",
            params![code.0, stamp(now)],
            |row| row.get(0),
        )
        .optional()?;
    let Some(name) = name else { return Ok(None) };
    conn.execute(
        "INSERT INTO devices (name, token_sha256, enrolled_at) VALUES (?1, ?2, ?3)",
        params![name, token.0, stamp(now)],
    )?;
    Ok(Some(EnrolledDevice {
        id: conn.last_insert_rowid(),
        name,
    }))
}

pub(super) fn device_by_token(
    conn: &Connection,
    token: SecretDigest,
) -> rusqlite::Result<Option<EnrolledDevice>> {
    conn.prepare_cached("SELECT id, name FROM devices WHERE token_sha256 = ?1")?
        .query_row([token.0], |row| {
            Ok(EnrolledDevice {
                id: row.get(0)?,
                name: row.get(1)?,
            })
        })
        .optional()
}

pub(super) fn submit(
    conn: &Connection,
    device_id: i64,
    s: &NewSubmission,
) -> rusqlite::Result<SubmitOutcome> {
    let id = s.id.to_string();
    let existing: Option<Vec<u8>> = conn
        .prepare_cached("SELECT fingerprint FROM submissions WHERE id = ?1")?
        .query_row([&id], |row| row.get(0))
        .optional()?;
    if let Some(fingerprint) = existing {
        return Ok(if fingerprint == s.fingerprint {
            SubmitOutcome::Duplicate
        } else {
            SubmitOutcome::Conflict
        });
    }
    let topics = serde_json::to_string(&s.topics).expect("topics serialise");
    let contact = s.contact.as_ref();
    conn.prepare_cached(
        "INSERT INTO submissions (id, device_id, fft, comment, topics, language, created_hour, local_date,
             received_at, contact_name, contact_phone, contact_email, fingerprint, verdict)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        id,
        device_id,
        s.fft.as_str(),
        s.comment,
        topics,
        s.language,
        stamp(s.created_hour),
        s.local_date.to_string(),
        stamp(s.received_at),
        contact.map(|c| &c.name),
        contact.and_then(|c| c.phone.as_ref()),
        contact.and_then(|c| c.email.as_ref()),
        s.fingerprint,
        serde_json::to_string(&s.verdict).expect("kinds serialise"),
    ])?;
    Ok(SubmitOutcome::Created)
}

pub(super) fn keep_rejected(
    conn: &Connection,
    device_id: i64,
    body: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO rejected (device_id, received_at, body) VALUES (?1, ?2, ?3)",
        params![device_id, stamp(now), body],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Every stored setting, by name.
pub fn stored_settings(
    conn: &Connection,
) -> rusqlite::Result<std::collections::BTreeMap<String, String>> {
    let mut statement = conn.prepare_cached("SELECT key, value FROM settings")?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// Stores a setting (already checked), or removes it with `None`.
pub fn store_setting(conn: &Connection, key: &str, value: Option<&str>) -> rusqlite::Result<()> {
    match value {
        Some(value) => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?,
        None => conn.execute("DELETE FROM settings WHERE key = ?1", params![key])?,
    };
    Ok(())
}

/// A stored submission, as `practice-server export` prints it.
#[derive(Debug, Serialize)]
pub struct StoredSubmission {
    pub id: String,
    pub device: String,
    pub fft: String,
    pub comment: Option<String>,
    pub topics: serde_json::Value,
    pub language: String,
    pub created_hour: String,
    pub local_date: String,
    pub received_at: String,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub verdict: serde_json::Value,
}

/// Every stored submission, oldest first.
pub fn export_submissions(conn: &Connection) -> rusqlite::Result<Vec<StoredSubmission>> {
    let mut statement = conn.prepare(
        "SELECT s.id, d.name, s.fft, s.comment, s.topics, s.language, s.created_hour, s.local_date,
                s.received_at, s.contact_name, s.contact_phone, s.contact_email, s.verdict
         FROM submissions s JOIN devices d ON d.id = s.device_id
         ORDER BY s.received_at, s.rowid",
    )?;
    let rows = statement.query_map([], |row| {
        let topics: String = row.get(4)?;
        Ok(StoredSubmission {
            id: row.get(0)?,
            device: row.get(1)?,
            fft: row.get(2)?,
            comment: row.get(3)?,
            topics: serde_json::from_str(&topics).unwrap_or(serde_json::Value::Null),
            language: row.get(5)?,
            created_hour: row.get(6)?,
            local_date: row.get(7)?,
            received_at: row.get(8)?,
            contact_name: row.get(9)?,
            contact_phone: row.get(10)?,
            contact_email: row.get(11)?,
            verdict: serde_json::from_str(&row.get::<_, String>(12)?)
                .unwrap_or(serde_json::Value::Null),
        })
    })?;
    rows.collect()
}
