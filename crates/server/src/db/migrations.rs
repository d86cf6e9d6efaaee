//! The schema, as a list of steps applied in order and counted in `PRAGMA user_version`.
//! (Hand-written rather than a migrations crate: it is a dozen lines, and the crates that do
//! this lag behind rusqlite's releases.) Never edit a step that has shipped; add one.

use rusqlite::Connection;

const STEPS: &[&str] = &[
    // 1: devices, enrolment codes, submissions and the holding area for refused bodies.
    r#"
    CREATE TABLE devices (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        token_sha256  BLOB NOT NULL UNIQUE,
        enrolled_at   TEXT NOT NULL
    );
    CREATE TABLE enrolment_codes (
        code_sha256   BLOB PRIMARY KEY,
        device_name   TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        expires_at    TEXT NOT NULL,
        used_at       TEXT
    );
    CREATE TABLE submissions (
        id            TEXT PRIMARY KEY,
        device_id     INTEGER NOT NULL REFERENCES devices(id),
        fft           TEXT NOT NULL,
        comment       TEXT,
        topics        TEXT NOT NULL,
        language      TEXT NOT NULL,
        created_hour  TEXT NOT NULL,
        local_date    TEXT NOT NULL,
        received_at   TEXT NOT NULL,
        contact_name  TEXT,
        contact_phone TEXT,
        contact_email TEXT,
        fingerprint   BLOB NOT NULL
    );
    CREATE INDEX submissions_by_local_date ON submissions(local_date);
    CREATE TABLE rejected (
        id            INTEGER PRIMARY KEY,
        device_id     INTEGER NOT NULL REFERENCES devices(id),
        received_at   TEXT NOT NULL,
        body          TEXT NOT NULL
    );
    "#,
    // 2: the wording engine's verdict on each submission (a JSON list of kinds), for triage.
    r#"
    ALTER TABLE submissions ADD COLUMN verdict TEXT NOT NULL DEFAULT '[]';
    "#,
    // 3: the practice's settings for its kiosks, set with `practice-server settings set`.
    r#"
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
];

pub fn run(conn: &mut Connection) -> rusqlite::Result<()> {
    let done: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for (index, step) in STEPS.iter().enumerate().skip(done) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
        tracing::info!(step = index + 1, "database migrated");
    }
    Ok(())
}
