//! The staff PIN pad's lock: five wrong PINs lock it for a minute, each further wrong PIN doubles
//! the wait, up to fifteen minutes. Kept in `localStorage`, so a reload doesn't lift it; the
//! practice lifts it with `practice-server clear-pin-lock`.

use argon2::password_hash::{PasswordHash, PasswordVerifier};
use serde::{Deserialize, Serialize};

use crate::storage;

const STORAGE_KEY: &str = "kiosk.pin-lock.v1";
const FREE_TRIES: u32 = 5;
const FIRST_LOCK_MS: f64 = 60_000.0;
const LONGEST_LOCK_MS: f64 = 15.0 * 60_000.0;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PinLock {
    failures: u32,
    locked_until_ms: f64,
    /// The last `pin_lock_reset` from the server that this tablet has applied.
    reset_seen: u32,
}

impl PinLock {
    pub fn load() -> Self {
        storage::get_json(STORAGE_KEY).unwrap_or_default()
    }

    pub fn save(&self) {
        storage::set_json(STORAGE_KEY, self);
    }

    /// Milliseconds until the pad opens again (0 when it is open).
    pub fn remaining_ms(&self, now_ms: f64) -> f64 {
        (self.locked_until_ms - now_ms).max(0.0)
    }

    pub fn record_failure(&mut self, now_ms: f64) {
        self.failures = self.failures.saturating_add(1);
        if self.failures >= FREE_TRIES {
            let doublings = (self.failures - FREE_TRIES).min(10);
            let lock = (FIRST_LOCK_MS * f64::from(1u32 << doublings)).min(LONGEST_LOCK_MS);
            self.locked_until_ms = now_ms + lock;
        }
    }

    pub fn record_success(&mut self) {
        self.failures = 0;
        self.locked_until_ms = 0.0;
    }

    /// Applies the server's lock-clearing counter; returns whether the lock was lifted.
    pub fn apply_reset(&mut self, reset: u32) -> bool {
        if reset > self.reset_seen {
            *self = PinLock {
                reset_seen: reset,
                ..PinLock::default()
            };
            return true;
        }
        false
    }
}

/// Whether `pin` matches the argon2 hash (a PHC string) the server sent.
pub fn pin_matches(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2::Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_pins_lock_for_a_minute_then_the_wait_doubles_up_to_fifteen_minutes() {
        let mut lock = PinLock::default();
        for _ in 0..4 {
            lock.record_failure(0.0);
            assert_eq!(lock.remaining_ms(0.0), 0.0);
        }
        lock.record_failure(0.0);
        assert_eq!(lock.remaining_ms(0.0), 60_000.0);
        lock.record_failure(0.0);
        assert_eq!(lock.remaining_ms(0.0), 120_000.0);
        for _ in 0..10 {
            lock.record_failure(0.0);
        }
        assert_eq!(lock.remaining_ms(0.0), 900_000.0);
        assert_eq!(lock.remaining_ms(900_000.0), 0.0);
    }

    #[test]
    fn the_right_pin_or_a_server_reset_clears_the_count() {
        let mut lock = PinLock::default();
        for _ in 0..6 {
            lock.record_failure(0.0);
        }
        assert!(lock.apply_reset(1));
        assert_eq!(lock.remaining_ms(0.0), 0.0);
        assert!(!lock.apply_reset(1), "the same reset is applied once");
        lock.record_failure(0.0);
        lock.record_success();
        assert_eq!(
            lock,
            PinLock {
                reset_seen: 1,
                ..PinLock::default()
            }
        );
    }

    #[test]
    fn pins_are_checked_against_an_argon2_hash() {
        // argon2id of "4821", made by `practice-server set-pin 4821`.
        let hash = "$argon2id$v=19$m=19456,t=2,p=1$ke1eEV5Ni0BHxjK0BBoY5g$KhXSeRrdCZDTDkP97lZ7SkS6i+EsBttSjcc+aabO0TI";
        assert!(pin_matches("4821", hash));
        assert!(!pin_matches("1234", hash));
        assert!(!pin_matches("4821", "not a hash"));
    }
}
