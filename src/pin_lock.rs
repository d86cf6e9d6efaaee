//! The staff PIN pad's lock: five wrong PINs lock it for a minute, each further wrong PIN doubles
//! the wait, up to fifteen minutes. Kept in `localStorage`, so a reload doesn't lift it; the
//! practice lifts it with `practice-server clear-pin-lock`. And the check of a PIN against the
//! hash the server sent.

use js_sys::{Array, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::Pbkdf2Params;

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

/// A staff PIN hash as the server sends it: the PHC string
/// `$pbkdf2-sha256$i=<rounds>,l=<length>$<salt>$<hash>`, salt and hash in unpadded base64.
#[derive(Debug, PartialEq, Eq)]
struct PinHash<'a> {
    rounds: u32,
    salt: &'a str,
    hash: &'a str,
}

impl<'a> PinHash<'a> {
    fn parse(phc: &'a str) -> Option<Self> {
        let mut fields = phc.strip_prefix(wire::PIN_HASH_PREFIX)?.split('$');
        let (params, salt, hash) = (fields.next()?, fields.next()?, fields.next()?);
        let rounds = params
            .split(',')
            .find_map(|param| param.strip_prefix("i="))?
            .parse()
            .ok()?;
        (fields.next().is_none() && rounds > 0).then_some(Self { rounds, salt, hash })
    }
}

/// Whether `pin` matches the hash the server sent (see `PinHash`). The browser's Web Crypto does
/// the work: PBKDF2 is built in, so the kiosk carries no hashing code of its own. `None` when the
/// PIN could not be checked: a hash in another form, or no Web Crypto (a page not served over
/// HTTPS or from localhost).
pub async fn pin_matches(pin: &str, phc: &str) -> Option<bool> {
    let expected = PinHash::parse(phc)?;
    let hash = base64_bytes(expected.hash).ok()?;
    let derived = derive(pin, &expected, hash.len()).await.ok()?;
    // Every byte compared, whatever the first difference.
    Some(
        derived.len() == hash.len()
            && derived.iter().zip(&hash).fold(0, |d, (a, b)| d | (a ^ b)) == 0,
    )
}

/// PBKDF2-SHA256 of `pin` with the hash's salt and rounds: `length` bytes.
async fn derive(pin: &str, expected: &PinHash<'_>, length: usize) -> Result<Vec<u8>, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let subtle = window.crypto()?.subtle();
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let pin = Uint8Array::from(pin.as_bytes());
    let key = JsFuture::from(subtle.import_key_with_str("raw", &pin, "PBKDF2", false, &usages)?)
        .await?
        .into();
    let salt = Uint8Array::from(base64_bytes(expected.salt)?.as_slice());
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", expected.rounds, &salt);
    let bits =
        JsFuture::from(subtle.derive_bits_with_object(&params, &key, 8 * length as u32)?).await?;
    Ok(Uint8Array::new(&bits).to_vec())
}

/// Unpadded base64, decoded by the browser's `atob` (which accepts it without padding).
fn base64_bytes(text: &str) -> Result<Vec<u8>, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    Ok(window.atob(text)?.chars().map(|c| c as u8).collect())
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
    fn the_servers_pin_hash_is_read_from_its_phc_string() {
        // Made by `practice-server set-pin 4821`.
        let phc = "$pbkdf2-sha256$i=600000,l=32$PlfI0oYMRzr0ln/Bc+u34A$aZ/bY3MkCh4dz4ayysQPO+UzOKTg6i7yi/IHsyvxIgM";
        assert_eq!(
            PinHash::parse(phc),
            Some(PinHash {
                rounds: 600_000,
                salt: "PlfI0oYMRzr0ln/Bc+u34A",
                hash: "aZ/bY3MkCh4dz4ayysQPO+UzOKTg6i7yi/IHsyvxIgM",
            })
        );
        for wrong in [
            "not a hash",
            "$argon2id$v=19$m=19456,t=2,p=1$ke1eEV5Ni0BHxjK0BBoY5g$KhXSeRrdCZDTDkP97lZ7SkS6i",
            "$pbkdf2-sha256$l=32$Wr7ZbcQzIeBn6tkXyJ8Vvw$lLVw4bE0R0c6e7bOcVZp",
            "$pbkdf2-sha256$i=0,l=32$Wr7ZbcQzIeBn6tkXyJ8Vvw$lLVw4bE0R0c6e7bOcVZp",
            "$pbkdf2-sha256$i=600000,l=32$Wr7ZbcQzIeBn6tkXyJ8Vvw",
            "$pbkdf2-sha256$i=600000,l=32$a$b$c",
        ] {
            assert_eq!(PinHash::parse(wrong), None, "{wrong}");
        }
    }
}
