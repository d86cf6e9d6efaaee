//! The kiosk's outbox, with no browser in it: a queue of submissions serialised once and resent
//! byte for byte, the retry policy (exponential backoff with full jitter), and what each answer
//! of the server means for an item. The kiosk stores it in `localStorage` and drives it with
//! timers; everything here is plain data so it is tested natively.

mod policy;

pub use policy::RetryPolicy;

use serde::{Deserialize, Serialize};

/// One submission waiting to be delivered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// The submission's id (a UUID), also its idempotency key on the server.
    pub id: String,
    /// The JSON body, exactly as first serialised; every retry sends these bytes.
    pub body: String,
    /// How many sends have failed so far.
    pub attempts: u32,
    /// Not before this time (milliseconds since the Unix epoch).
    pub next_attempt_ms: f64,
    pub state: ItemState,
}

/// Where an item is on its way out.
// Externally tagged (serde's default): an internally tagged enum makes serde buffer every value,
// which costs kilobytes of wasm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemState {
    /// To be posted to `/api/v1/submissions`.
    Pending,
    /// The server refused it as invalid; it goes to `/api/v1/rejected` for the manager to read,
    /// and leaves the outbox only when that is accepted.
    Rejected { status: u16, error: String },
}

/// What one attempt at sending came to.
#[derive(Clone, Debug, PartialEq)]
pub enum SendOutcome {
    /// Stored (201) or already stored (200): the item can go.
    Accepted,
    /// The server or the network can't take it now: try again later, not before `retry_after_ms`.
    RetryLater { retry_after_ms: Option<f64> },
    /// The server says the submission itself is wrong; resending the same bytes can't help.
    Invalid { status: u16, error: String },
}

impl SendOutcome {
    /// Reads an HTTP answer. `retry_after_secs` is the `Retry-After` header, when it had one.
    pub fn from_status(
        status: u16,
        retry_after_secs: Option<f64>,
        error: impl Into<String>,
    ) -> Self {
        match status {
            200..=299 => SendOutcome::Accepted,
            // Malformed, conflicting, too large, wrong type, unprocessable: the bytes are the problem.
            400 | 409 | 413 | 415 | 422 => SendOutcome::Invalid {
                status,
                error: error.into(),
            },
            // Everything else (401 while re-enrolling, 404 from a proxy, 408, 429, 5xx) may pass.
            _ => SendOutcome::RetryLater {
                retry_after_ms: retry_after_secs.map(|s| s * 1000.0),
            },
        }
    }
}

/// The queue itself, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbox {
    items: Vec<OutboxItem>,
}

impl Outbox {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a submission, due at once. A second push of the same id (a double tap) is ignored:
    /// returns `false` then.
    pub fn push(&mut self, id: impl Into<String>, body: impl Into<String>, now_ms: f64) -> bool {
        let id = id.into();
        if self.items.iter().any(|item| item.id == id) {
            return false;
        }
        self.items.push(OutboxItem {
            id,
            body: body.into(),
            attempts: 0,
            next_attempt_ms: now_ms,
            state: ItemState::Pending,
        });
        true
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items the server refused and are waiting to be set aside.
    pub fn rejected_len(&self) -> usize {
        self.items
            .iter()
            .filter(|item| matches!(item.state, ItemState::Rejected { .. }))
            .count()
    }

    pub fn items(&self) -> &[OutboxItem] {
        &self.items
    }

    /// The items whose time has come, oldest first.
    pub fn due(&self, now_ms: f64) -> Vec<OutboxItem> {
        self.items
            .iter()
            .filter(|item| item.next_attempt_ms <= now_ms)
            .cloned()
            .collect()
    }

    /// When the next item falls due, if any is waiting.
    pub fn next_due_ms(&self) -> Option<f64> {
        self.items
            .iter()
            .map(|item| item.next_attempt_ms)
            .reduce(f64::min)
    }

    /// Makes every item due now: the network came back, the page was reloaded, staff pressed
    /// "send now".
    pub fn make_all_due(&mut self, now_ms: f64) {
        for item in &mut self.items {
            item.next_attempt_ms = item.next_attempt_ms.min(now_ms);
        }
    }

    /// Applies the outcome of sending the item `id` in its current state. `random` is a number
    /// in [0, 1) for the jitter. Returns `true` when the item left the outbox.
    pub fn record(
        &mut self,
        id: &str,
        outcome: SendOutcome,
        now_ms: f64,
        policy: &RetryPolicy,
        random: f64,
    ) -> bool {
        let Some(index) = self.items.iter().position(|item| item.id == id) else {
            return false;
        };
        let item = &mut self.items[index];
        match outcome {
            SendOutcome::Accepted => {
                self.items.remove(index);
                return true;
            }
            SendOutcome::RetryLater { retry_after_ms } => {
                item.attempts = item.attempts.saturating_add(1);
                // The policy's delay is already capped; a server's Retry-After may ask for longer.
                let delay = policy
                    .delay_ms(item.attempts, random)
                    .max(retry_after_ms.unwrap_or(0.0));
                item.next_attempt_ms = now_ms + delay;
            }
            SendOutcome::Invalid { status, error } => match item.state {
                // The submission was refused: set it aside for the manager, at once.
                ItemState::Pending => {
                    item.state = ItemState::Rejected { status, error };
                    item.attempts = 0;
                    item.next_attempt_ms = now_ms;
                }
                // Even the holding area refused it. Keep it and keep trying, slowly: a patient's
                // words are never dropped on the device.
                ItemState::Rejected { .. } => {
                    item.attempts = item.attempts.saturating_add(1);
                    item.next_attempt_ms = now_ms + policy.max_delay_ms;
                }
            },
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_000_000.0;

    fn outbox_with(ids: &[&str]) -> Outbox {
        let mut outbox = Outbox::new();
        for id in ids {
            outbox.push(*id, format!("{{\"id\":\"{id}\"}}"), NOW);
        }
        outbox
    }

    #[test]
    fn a_pushed_item_is_due_at_once_with_its_bytes_unchanged() {
        let outbox = outbox_with(&["a"]);
        let due = outbox.due(NOW);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].body, "{\"id\":\"a\"}");
        assert_eq!(due[0].state, ItemState::Pending);
    }

    #[test]
    fn pushing_the_same_id_twice_keeps_one_item() {
        let mut outbox = outbox_with(&["a"]);
        assert!(!outbox.push("a", "other", NOW));
        assert_eq!(outbox.len(), 1);
        assert_eq!(outbox.items()[0].body, "{\"id\":\"a\"}");
    }

    #[test]
    fn an_accepted_item_leaves_and_the_others_stay() {
        let mut outbox = outbox_with(&["a", "b"]);
        assert!(outbox.record(
            "a",
            SendOutcome::Accepted,
            NOW,
            &RetryPolicy::default(),
            0.5
        ));
        assert_eq!(
            outbox
                .items()
                .iter()
                .map(|i| i.id.as_str())
                .collect::<Vec<_>>(),
            ["b"]
        );
    }

    #[test]
    fn a_failed_send_waits_before_the_next_try() {
        let mut outbox = outbox_with(&["a"]);
        let policy = RetryPolicy::default();
        outbox.record(
            "a",
            SendOutcome::RetryLater {
                retry_after_ms: None,
            },
            NOW,
            &policy,
            0.99,
        );
        assert!(outbox.due(NOW).is_empty());
        assert_eq!(outbox.items()[0].attempts, 1);
        assert!(outbox.next_due_ms().unwrap() > NOW);
        assert_eq!(outbox.len(), 1, "nothing is dropped on failure");
    }

    #[test]
    fn retry_after_from_the_server_is_respected() {
        let mut outbox = outbox_with(&["a"]);
        outbox.record(
            "a",
            SendOutcome::RetryLater {
                retry_after_ms: Some(30_000.0),
            },
            NOW,
            &RetryPolicy::default(),
            0.0,
        );
        assert!(outbox.next_due_ms().unwrap() >= NOW + 30_000.0);
    }

    #[test]
    fn an_invalid_submission_is_set_aside_not_dropped() {
        let mut outbox = outbox_with(&["a"]);
        let policy = RetryPolicy::default();
        let left = outbox.record(
            "a",
            SendOutcome::Invalid {
                status: 422,
                error: "bad".into(),
            },
            NOW,
            &policy,
            0.5,
        );
        assert!(!left);
        assert_eq!(
            outbox.items()[0].state,
            ItemState::Rejected {
                status: 422,
                error: "bad".into()
            }
        );
        assert_eq!(outbox.rejected_len(), 1);
        assert_eq!(
            outbox.due(NOW).len(),
            1,
            "the holding area is tried at once"
        );
        // The holding area refuses too: still kept.
        outbox.record(
            "a",
            SendOutcome::Invalid {
                status: 413,
                error: "big".into(),
            },
            NOW,
            &policy,
            0.5,
        );
        assert_eq!(outbox.len(), 1);
        // The holding area accepts: now it goes.
        assert!(outbox.record("a", SendOutcome::Accepted, NOW, &policy, 0.5));
        assert!(outbox.is_empty());
    }

    #[test]
    fn make_all_due_brings_every_item_forward() {
        let mut outbox = outbox_with(&["a", "b"]);
        let policy = RetryPolicy::default();
        for id in ["a", "b"] {
            outbox.record(
                id,
                SendOutcome::RetryLater {
                    retry_after_ms: None,
                },
                NOW,
                &policy,
                0.9,
            );
        }
        assert!(outbox.due(NOW).is_empty());
        outbox.make_all_due(NOW);
        assert_eq!(outbox.due(NOW).len(), 2);
    }

    // (The kiosk stores it with the browser's JSON; `kiosk::json_text` tests that path in wasm.)
    #[test]
    fn the_outbox_round_trips_through_json() {
        let mut outbox = outbox_with(&["a", "b"]);
        outbox.record(
            "b",
            SendOutcome::Invalid {
                status: 409,
                error: "conflict".into(),
            },
            NOW,
            &RetryPolicy::default(),
            0.1,
        );
        let restored: Outbox =
            serde_json::from_str(&serde_json::to_string(&outbox).unwrap()).unwrap();
        assert_eq!(restored, outbox);
        assert!(serde_json::from_str::<Outbox>("not json").is_err());
    }

    #[test]
    fn statuses_are_read_as_the_outbox_needs() {
        assert_eq!(
            SendOutcome::from_status(201, None, ""),
            SendOutcome::Accepted
        );
        assert_eq!(
            SendOutcome::from_status(200, None, ""),
            SendOutcome::Accepted
        );
        for status in [400, 409, 413, 415, 422] {
            assert!(
                matches!(
                    SendOutcome::from_status(status, None, "x"),
                    SendOutcome::Invalid { .. }
                ),
                "{status}"
            );
        }
        for status in [401, 404, 408, 429, 500, 502, 503, 504] {
            assert!(
                matches!(
                    SendOutcome::from_status(status, None, ""),
                    SendOutcome::RetryLater { .. }
                ),
                "{status}"
            );
        }
        assert_eq!(
            SendOutcome::from_status(503, Some(5.0), ""),
            SendOutcome::RetryLater {
                retry_after_ms: Some(5000.0)
            }
        );
    }
}
