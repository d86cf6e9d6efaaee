//! The outbox on the tablet: `kiosk_outbox::Outbox` kept in `localStorage` and a sender that
//! runs for the life of the page, posting due items and recording what the server said.
//!
//! Privacy: an item holds exactly the body that is sent, and leaves as soon as the server has
//! it. Nothing else of a patient's is stored on the tablet.

use std::pin::pin;
use std::time::Duration;

use futures::channel::oneshot;
use futures::future;

use kiosk_outbox::{ItemState, Outbox, RetryPolicy};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wire as json;

use crate::{api, clock, device::Device, json_text, storage};

const STORAGE_KEY: &str = "kiosk.outbox.v1";
/// Today's count of patients who sent feedback on this tablet: `YYYY-MM-DD count`.
const SENT_TODAY_KEY: &str = "kiosk.sent-today.v1";
/// When the server last accepted an item from this tablet (ms since the epoch), for staff.
const LAST_SENT_KEY: &str = "kiosk.last-sent.v1";
/// Where an unreadable stored outbox is moved, rather than overwritten.
const UNREADABLE_KEY: &str = "kiosk.outbox.unreadable";
/// How often the sender looks for due items.
const TICK: Duration = Duration::from_millis(1_000);

/// A handle to the outbox; `Copy`, so any component can queue a submission.
#[derive(Clone, Copy)]
pub struct OutboxHandle {
    queue: StoredValue<Outbox>,
    /// Items waiting, for staff and tests to watch.
    waiting: RwSignal<usize>,
    /// When the server last accepted an item (ms since the epoch).
    last_sent_ms: RwSignal<Option<f64>>,
    /// Items the server refused, waiting to be set aside for the manager.
    set_aside: RwSignal<usize>,
    /// Patients who sent feedback here today (the tablet's own date).
    sent_today: RwSignal<u32>,
    /// Rounds the sender has finished, so "Send now" can wait for one.
    rounds: RwSignal<u64>,
    /// Wakes the sender early: a new item goes at once rather than at the next round.
    wake: StoredValue<Option<oneshot::Sender<()>>>,
}

/// The tablet's date, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

fn load_sent_today() -> u32 {
    storage::get(SENT_TODAY_KEY)
        .and_then(|text| {
            text.split_once(' ')
                .filter(|(date, _)| *date == today())
                .and_then(|(_, n)| n.parse().ok())
        })
        .unwrap_or(0)
}

impl OutboxHandle {
    /// Loads what a previous page left, and makes it all due now: a reload is a good moment to try.
    pub fn load() -> Self {
        let mut outbox = match storage::get(STORAGE_KEY) {
            None => Outbox::new(),
            Some(json) => json_text::parse::<Outbox>(&json).unwrap_or_else(|| {
                leptos::logging::error!(
                    "the stored outbox is unreadable; kept aside under {UNREADABLE_KEY}"
                );
                storage::set(UNREADABLE_KEY, &json);
                Outbox::new()
            }),
        };
        outbox.make_all_due(clock::now_ms());
        let waiting = RwSignal::new(outbox.len());
        let set_aside = RwSignal::new(outbox.rejected_len());
        Self {
            queue: StoredValue::new(outbox),
            waiting,
            last_sent_ms: RwSignal::new(
                // Whole milliseconds, written and read as an integer: float formatting and parsing
                // cost the first load about 20 KB (brotli) for nothing.
                storage::get(LAST_SENT_KEY)
                    .and_then(|ms| ms.parse::<u64>().ok())
                    .map(|ms| ms as f64),
            ),
            set_aside,
            sent_today: RwSignal::new(load_sent_today()),
            rounds: RwSignal::new(0),
            wake: StoredValue::new(None),
        }
    }

    fn save(&self) {
        let json = self.queue.with_value(json_text::to_text);
        storage::set(STORAGE_KEY, &json);
        self.waiting.set(self.queue.with_value(Outbox::len));
        self.set_aside
            .set(self.queue.with_value(Outbox::rejected_len));
    }

    /// Queues a submission, serialised once; it is saved before anything is sent. Queuing the
    /// same id twice (a double tap) keeps one.
    pub fn enqueue(&self, submission: &json::Submission) -> bool {
        let body = json_text::to_text(submission);
        let added = self
            .queue
            .try_update_value(|q| q.push(submission.id.to_string(), body, clock::now_ms()))
            .unwrap_or(false);
        self.save();
        if added {
            self.wake_sender();
            self.set_sent_today(load_sent_today() + 1);
        }
        added
    }

    pub fn set_aside(&self) -> Signal<usize> {
        self.set_aside.into()
    }

    pub fn sent_today(&self) -> Signal<u32> {
        self.sent_today.into()
    }

    pub fn waiting(&self) -> Signal<usize> {
        self.waiting.into()
    }

    pub fn last_sent_ms(&self) -> Signal<Option<f64>> {
        self.last_sent_ms.into()
    }

    /// Sends everything now (the network came back).
    pub fn make_all_due(&self) {
        self.queue.update_value(|q| q.make_all_due(clock::now_ms()));
        self.wake_sender();
    }

    fn wake_sender(&self) {
        if let Some(wake) = self.wake.try_update_value(Option::take).flatten() {
            let _ = wake.send(());
        }
    }

    /// "Send now": everything due at once, and back when the sender has tried each item.
    pub async fn send_all_now(&self) {
        self.make_all_due();
        let Some(start) = self.rounds.try_get_untracked() else {
            return;
        };
        // The round under way may have begun before; the next one tries every item.
        while self
            .rounds
            .try_get_untracked()
            .is_some_and(|r| r < start + 2)
        {
            gloo_timers::future::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A new day: today's count starts again from nought and everything waiting is tried at
    /// once. Nothing waiting is ever dropped.
    pub fn start_new_day(&self) {
        self.set_sent_today(0);
        self.make_all_due();
    }

    fn set_sent_today(&self, count: u32) {
        storage::set(SENT_TODAY_KEY, &format!("{} {count}", today()));
        self.sent_today.set(count);
    }

    /// Starts the sender. It reads the device token each round, so it waits quietly until the
    /// kiosk is enrolled.
    pub fn start_sender(self, device: Signal<Option<Device>>) {
        let policy = RetryPolicy::default();
        let wake = window_event_listener(leptos::ev::online, move |_| self.make_all_due());
        // The sender lives as long as the page, so its listener does too.
        std::mem::forget(wake);
        spawn_local(async move {
            loop {
                if let Some(token) = device.with_untracked(|d| d.as_ref().map(|d| d.token.clone()))
                {
                    self.send_due(&token, &policy).await;
                }
                self.rounds.update(|r| *r += 1);
                let (wake, woken) = oneshot::channel();
                self.wake.set_value(Some(wake));
                future::select(pin!(gloo_timers::future::sleep(TICK)), woken).await;
            }
        });
    }

    async fn send_due(&self, token: &str, policy: &RetryPolicy) {
        for item in self.queue.with_value(|q| q.due(clock::now_ms())) {
            let outcome = match &item.state {
                ItemState::Pending => api::send_submission(token, item.body.clone()).await,
                ItemState::Rejected { status, error } => {
                    api::send_rejected(token, &item.id, *status, error, &item.body).await
                }
            };
            let accepted = matches!(outcome, kiosk_outbox::SendOutcome::Accepted);
            self.queue.update_value(|q| {
                q.record(&item.id, outcome, clock::now_ms(), policy, clock::random());
            });
            if accepted {
                let now = clock::now_ms();
                storage::set(LAST_SENT_KEY, &(now as u64).to_string());
                self.last_sent_ms.set(Some(now));
            }
            self.save();
        }
    }
}

pub fn use_outbox() -> OutboxHandle {
    expect_context::<OutboxHandle>()
}
