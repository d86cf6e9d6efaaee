//! JSON text for `localStorage` and the server, by the browser's own `JSON.parse` and
//! `JSON.stringify` with serde-wasm-bindgen between them and the kiosk's types. serde_json's
//! parser and printer, monomorphised for each type, cost the first load several kilobytes
//! (brotli) that the browser already carries.
//!
//! A value that doesn't read gives `None`, never a message: the kiosk's serde-wasm-bindgen no
//! longer formats its errors (`patches/README.md`), which keeps 8 KB of error texts and float
//! printing out of the first load.

use js_sys::JSON;
use serde::{Serialize, de::DeserializeOwned};

/// Reads JSON text as `T`; `None` if it isn't JSON or doesn't read as `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_wasm_bindgen::from_value(JSON::parse(text).ok()?).ok()
}

/// Writes a value as JSON text, with `None` as `null` and maps as objects, as serde_json would.
///
/// Serialising the kiosk's own types can't fail. `unwrap_or_else(unreachable!)` rather than
/// `expect`: `expect` formats the error, which pulls error texts into the first load.
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> String {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
        .and_then(|js| JSON::stringify(&js).ok())
        .map(String::from)
        .unwrap_or_else(|| unreachable!("the kiosk's own types serialise"))
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use kiosk_outbox::{Outbox, RetryPolicy, SendOutcome};
    use wasm_bindgen_test::wasm_bindgen_test;
    use wire::{Contact, FftAnswer, Submission, Topic};

    use super::*;

    fn submission(comment: Option<&str>, contact: Option<Contact>) -> Submission {
        Submission {
            id: uuid::Uuid::from_u128(0x1234_5678_9abc_def0_1234_5678_9abc_def0),
            fft: FftAnswer::Poor,
            comment: comment.map(str::to_owned),
            topics: vec![Topic::Booking, Topic::Nurse],
            language: "en-GB".into(),
            created_at: "2026-11-27T09:15:00Z".into(),
            contact,
        }
    }

    #[wasm_bindgen_test]
    fn a_submission_is_written_as_serde_json_writes_it() {
        let contact = Contact {
            name: "Sam".into(),
            phone: None,
            email: Some("sam@example.org".into()),
            consent: true,
        };
        for value in [
            submission(None, None),
            submission(
                Some("Waited \"ages\" \u{2014} then \n seen 😀"),
                Some(contact),
            ),
        ] {
            let text = to_text(&value);
            assert_eq!(text, serde_json::to_string(&value).unwrap());
            assert_eq!(parse::<Submission>(&text), Some(value));
        }
    }

    #[wasm_bindgen_test]
    fn an_outbox_left_by_an_older_kiosk_still_reads() {
        let mut outbox = Outbox::new();
        outbox.push("a", "{\"x\":1}", 1_764_000_000_000.0);
        outbox.push("b", "{}", 1_764_000_000_500.0);
        outbox.record(
            "b",
            SendOutcome::Invalid {
                status: 422,
                error: "comment too long".into(),
            },
            1_764_000_001_000.0,
            &RetryPolicy::default(),
            0.5,
        );
        // serde_json writes whole floats as `1764000000000.0`; JSON.stringify as `1764000000000`.
        let older = serde_json::to_string(&outbox).unwrap();
        assert_eq!(parse::<Outbox>(&older), Some(outbox.clone()));
        assert_eq!(parse::<Outbox>(&to_text(&outbox)), Some(outbox));
    }

    #[wasm_bindgen_test]
    fn text_that_is_not_the_type_reads_as_nothing() {
        assert_eq!(parse::<Outbox>("not json"), None);
        assert_eq!(parse::<Outbox>(r#"{"items":[{"id":1}]}"#), None);
        assert_eq!(parse::<Submission>(""), None);
        assert_eq!(to_text("a \"quoted\" word"), r#""a \"quoted\" word""#);
    }
}
