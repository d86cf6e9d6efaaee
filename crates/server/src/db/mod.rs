//! SQLite, embedded. One writer thread owns the only writing connection and commits whatever
//! requests are waiting as one transaction (group commit): every 201 is durable (WAL with
//! `synchronous = FULL`), and one fsync serves many submissions at once. Reads go through a
//! separate connection, which WAL lets run beside the writer.

mod migrations;
mod queries;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use tokio::sync::{mpsc, oneshot};

use crate::domain::{NewSubmission, SecretDigest};
pub use queries::{
    EnrolledDevice, StoredSubmission, create_enrolment_code, export_submissions, store_setting,
    stored_settings,
};
use writer::Job;

/// How long a statement waits for a lock held by another process before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Requests waiting for the writer beyond this are answered 503 at once.
const WRITER_QUEUE: usize = 8_192;

/// The database could not do what was asked, for a reason of its own (not the request's).
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database is busy")]
    Busy,
    #[error("the disk is full")]
    Full,
    #[error("the database writer has stopped")]
    WriterGone,
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl DbError {
    fn classify(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                DbError::Busy
            }
            Some(rusqlite::ErrorCode::DiskFull) => DbError::Full,
            _ => DbError::Sqlite(err),
        }
    }
}

/// What became of a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmitOutcome {
    Created,
    /// The same id with the same content was already stored.
    Duplicate,
    /// The same id was stored with other content.
    Conflict,
}

/// A handle to the database, cheap to clone.
#[derive(Clone)]
pub struct Database {
    jobs: mpsc::Sender<Job>,
    reader: Arc<Mutex<Connection>>,
}

/// Opens a connection with the pragmas every connection here uses.
pub fn connect(path: &Path, busy_timeout: Duration) -> Result<Connection, DbError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| DbError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(DbError::classify)?;
    conn.busy_timeout(busy_timeout).map_err(DbError::classify)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(DbError::classify)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(DbError::classify)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(DbError::classify)?;
    Ok(conn)
}

/// Opens the database and brings its schema up to date.
pub fn open_and_migrate(path: &Path, busy_timeout: Duration) -> Result<Connection, DbError> {
    let mut conn = connect(path, busy_timeout)?;
    migrations::run(&mut conn).map_err(DbError::classify)?;
    Ok(conn)
}

impl Database {
    /// Opens (creating if need be) and migrates the database at `path`, and starts its writer.
    pub fn open(path: &Path, busy_timeout: Duration) -> Result<Self, DbError> {
        let writer = open_and_migrate(path, busy_timeout)?;
        let reader = connect(path, busy_timeout)?;
        let (jobs, queue) = mpsc::channel(WRITER_QUEUE);
        let path: PathBuf = path.to_owned();
        std::thread::Builder::new()
            .name("db-writer".into())
            .spawn(move || writer::run(writer, queue))
            .map_err(|e| DbError::Sqlite(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
        tracing::info!(database = %path.display(), "database open");
        Ok(Self {
            jobs,
            reader: Arc::new(Mutex::new(reader)),
        })
    }

    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, DbError>>) -> Job,
    ) -> Result<T, DbError> {
        let (reply, answer) = oneshot::channel();
        self.jobs.try_send(make(reply)).map_err(|err| match err {
            mpsc::error::TrySendError::Full(_) => DbError::Busy,
            mpsc::error::TrySendError::Closed(_) => DbError::WriterGone,
        })?;
        answer.await.map_err(|_| DbError::WriterGone)?
    }

    /// Stores a submission from the device `device_id`, unless its id is already stored.
    pub async fn submit(
        &self,
        device_id: i64,
        submission: NewSubmission,
    ) -> Result<SubmitOutcome, DbError> {
        self.ask(|reply| Job::Submit {
            device_id,
            submission: Box::new(submission),
            reply,
        })
        .await
    }

    /// Uses up an enrolment code and registers the device under `token`. `None` when the code is
    /// unknown, used or expired.
    pub async fn enrol(
        &self,
        code: SecretDigest,
        token: SecretDigest,
        now: DateTime<Utc>,
    ) -> Result<Option<EnrolledDevice>, DbError> {
        self.ask(|reply| Job::Enrol {
            code,
            token,
            now,
            reply,
        })
        .await
    }

    /// Keeps a body the server refused, for the manager to read.
    pub async fn keep_rejected(
        &self,
        device_id: i64,
        body: String,
        now: DateTime<Utc>,
    ) -> Result<i64, DbError> {
        self.ask(|reply| Job::Reject {
            device_id,
            body,
            now,
            reply,
        })
        .await
    }

    async fn read<T: Send + 'static>(
        &self,
        query: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, DbError> {
        let reader = Arc::clone(&self.reader);
        tokio::task::spawn_blocking(move || {
            let conn = reader
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            query(&conn).map_err(DbError::classify)
        })
        .await
        .map_err(|_| DbError::WriterGone)?
    }

    /// The device holding this token, if any.
    pub async fn device_by_token(
        &self,
        token: SecretDigest,
    ) -> Result<Option<EnrolledDevice>, DbError> {
        self.read(move |conn| queries::device_by_token(conn, token))
            .await
    }

    /// The practice's stored settings.
    pub async fn settings(&self) -> Result<std::collections::BTreeMap<String, String>, DbError> {
        self.read(queries::stored_settings).await
    }

    /// Whether the database answers a query.
    pub async fn is_healthy(&self) -> bool {
        self.read(|conn| {
            conn.query_row("SELECT count(*) FROM devices", [], |row| {
                row.get::<_, i64>(0)
            })
        })
        .await
        .is_ok()
    }
}
