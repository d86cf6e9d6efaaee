//! The writer thread: takes every job waiting, runs them in one IMMEDIATE transaction (each in a
//! savepoint, so one failure spoils only its own job), commits once, then answers them all.
//! Nobody hears "stored" before the commit that stored it.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};
use tokio::sync::{mpsc, oneshot};

use super::{DbError, EnrolledDevice, SubmitOutcome, queries};
use crate::domain::{NewSubmission, SecretDigest};

/// The most jobs committed together; bounds the time one commit holds the others up.
const MAX_BATCH: usize = 512;

type Reply<T> = oneshot::Sender<Result<T, DbError>>;

pub enum Job {
    Submit {
        device_id: i64,
        submission: Box<NewSubmission>,
        reply: Reply<SubmitOutcome>,
    },
    Enrol {
        code: SecretDigest,
        token: SecretDigest,
        now: DateTime<Utc>,
        reply: Reply<Option<EnrolledDevice>>,
    },
    Reject {
        device_id: i64,
        body: String,
        now: DateTime<Utc>,
        reply: Reply<i64>,
    },
}

/// An answer held back until the commit.
enum Answer {
    Submit(Reply<SubmitOutcome>, rusqlite::Result<SubmitOutcome>),
    Enrol(
        Reply<Option<EnrolledDevice>>,
        rusqlite::Result<Option<EnrolledDevice>>,
    ),
    Reject(Reply<i64>, rusqlite::Result<i64>),
}

pub fn run(mut conn: Connection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while let Some(first) = queue.blocking_recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit_batch(&mut conn, &mut batch);
    }
    tracing::info!("database writer stopped");
}

fn commit_batch(conn: &mut Connection, batch: &mut Vec<Job>) {
    let tx = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
        Ok(tx) => tx,
        Err(err) => {
            tracing::warn!(error = %err, "could not begin a database batch; answering 503");
            batch.drain(..).for_each(Job::fail);
            return;
        }
    };
    let mut answers = Vec::with_capacity(batch.len());
    for job in batch.drain(..) {
        answers.push(run_job(&tx, job));
    }
    match tx.commit() {
        Ok(()) => answers.into_iter().for_each(Answer::send),
        Err(err) => fail_all(answers.into_iter(), err),
    }
}

/// Runs one job inside a savepoint of the batch's transaction.
fn run_job(tx: &rusqlite::Transaction<'_>, job: Job) -> Answer {
    fn in_savepoint<T>(
        tx: &rusqlite::Transaction<'_>,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        tx.execute_batch("SAVEPOINT job")?;
        match work(tx) {
            Ok(value) => {
                tx.execute_batch("RELEASE job")?;
                Ok(value)
            }
            Err(err) => {
                // Undo this job only; the rest of the batch stands.
                let _ = tx.execute_batch("ROLLBACK TO job; RELEASE job");
                Err(err)
            }
        }
    }
    match job {
        Job::Submit {
            device_id,
            submission,
            reply,
        } => Answer::Submit(
            reply,
            in_savepoint(tx, |c| queries::submit(c, device_id, &submission)),
        ),
        Job::Enrol {
            code,
            token,
            now,
            reply,
        } => Answer::Enrol(
            reply,
            in_savepoint(tx, |c| queries::enrol(c, code, token, now)),
        ),
        Job::Reject {
            device_id,
            body,
            now,
            reply,
        } => Answer::Reject(
            reply,
            in_savepoint(tx, |c| queries::keep_rejected(c, device_id, &body, now)),
        ),
    }
}

fn fail_all(answers: impl Iterator<Item = Answer>, err: rusqlite::Error) {
    tracing::warn!(error = %err, "database batch failed; answering 503");
    for answer in answers {
        answer.fail();
    }
}

impl Job {
    /// A job that never ran: the database could not start a transaction.
    fn fail(self) {
        match self {
            Job::Submit { reply, .. } => drop(reply.send(Err(DbError::Busy))),
            Job::Enrol { reply, .. } => drop(reply.send(Err(DbError::Busy))),
            Job::Reject { reply, .. } => drop(reply.send(Err(DbError::Busy))),
        }
    }
}

impl Answer {
    fn send(self) {
        // A requester that gave up (client gone) no longer listens: nothing to do.
        match self {
            Answer::Submit(reply, result) => drop(reply.send(result.map_err(DbError::classify))),
            Answer::Enrol(reply, result) => drop(reply.send(result.map_err(DbError::classify))),
            Answer::Reject(reply, result) => drop(reply.send(result.map_err(DbError::classify))),
        }
    }

    /// The batch did not commit: nothing of it is stored, whatever its job found.
    fn fail(self) {
        match self {
            Answer::Submit(reply, _) => drop(reply.send(Err(DbError::Busy))),
            Answer::Enrol(reply, _) => drop(reply.send(Err(DbError::Busy))),
            Answer::Reject(reply, _) => drop(reply.send(Err(DbError::Busy))),
        }
    }
}
