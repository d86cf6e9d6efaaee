//! One patient's visit to the kiosk, as plain data: what they chose and typed so far, and the
//! submission it makes. Dropped whole when the visit ends.

use uuid::Uuid;
use wire::{self as json, COMMENT_MAX_CHARS, FftAnswer, Topic};

/// The screens of a visit, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Privacy,
    Rating,
    Comment,
    Reply,
    ThankYou,
}

/// Show the count of characters left once a comment is this close to the limit.
const COUNT_SHOWN_WITHIN: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct Visit {
    /// Made when the visit starts: a double tap on send queues this id twice, and the outbox keeps one.
    pub id: Uuid,
    pub fft: Option<FftAnswer>,
    pub comment: String,
    pub topics: Vec<Topic>,
    pub wants_reply: bool,
    pub name: String,
    pub phone: String,
    pub email: String,
    pub consent: bool,
    /// Set once the submission is queued, so nothing can queue a second one.
    pub sent: bool,
}

impl Visit {
    pub fn start() -> Self {
        Self {
            id: Uuid::new_v4(),
            fft: None,
            comment: String::new(),
            topics: Vec::new(),
            wants_reply: false,
            name: String::new(),
            phone: String::new(),
            email: String::new(),
            consent: false,
            sent: false,
        }
    }

    pub fn toggle_topic(&mut self, topic: Topic) {
        match self.topics.iter().position(|t| *t == topic) {
            Some(index) => {
                self.topics.remove(index);
            }
            None => self.topics.push(topic),
        }
    }

    /// Characters in the comment as the server counts them (trimmed, Unicode scalar values).
    pub fn comment_chars(&self) -> usize {
        self.comment.trim().chars().count()
    }

    /// Characters left before the limit, once the patient is near it.
    pub fn remaining_shown(&self) -> Option<usize> {
        let used = self.comment_chars();
        (used + COUNT_SHOWN_WITHIN >= COMMENT_MAX_CHARS)
            .then(|| COMMENT_MAX_CHARS.saturating_sub(used))
    }

    /// How many characters over the limit, if over.
    pub fn comment_over_by(&self) -> Option<usize> {
        self.comment_chars()
            .checked_sub(COMMENT_MAX_CHARS)
            .filter(|over| *over > 0)
    }

    /// The submission this visit makes. Contact details go only with a "yes" to a reply.
    pub fn to_submission(&self, language: &str, created_at: String) -> Option<json::Submission> {
        let non_empty = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        Some(json::Submission {
            id: self.id,
            fft: self.fft?,
            comment: non_empty(&self.comment),
            topics: self.topics.clone(),
            language: language.to_owned(),
            created_at,
            contact: self.wants_reply.then(|| json::Contact {
                name: self.name.trim().to_owned(),
                phone: non_empty(&self.phone),
                email: non_empty(&self.email),
                consent: self.consent,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_submission_without_an_answer() {
        assert!(Visit::start().to_submission("en-GB", "t".into()).is_none());
    }

    #[test]
    fn contact_details_are_sent_only_with_a_yes() {
        let mut visit = Visit::start();
        visit.fft = Some(FftAnswer::Good);
        visit.name = "Pat".into();
        visit.phone = "07700 900123".into();
        assert!(
            visit
                .to_submission("en-GB", "t".into())
                .unwrap()
                .contact
                .is_none()
        );
        visit.wants_reply = true;
        assert_eq!(
            visit
                .to_submission("en-GB", "t".into())
                .unwrap()
                .contact
                .unwrap()
                .phone
                .as_deref(),
            Some("07700 900123")
        );
    }

    #[test]
    fn the_count_appears_near_the_limit_and_over_it() {
        let mut visit = Visit::start();
        visit.comment = "a".repeat(1_000);
        assert_eq!(visit.remaining_shown(), None);
        visit.comment = "é".repeat(1_850);
        assert_eq!(visit.remaining_shown(), Some(150));
        visit.comment = "😀".repeat(2_003);
        assert_eq!(visit.remaining_shown(), Some(0));
        assert_eq!(visit.comment_over_by(), Some(3));
    }

    #[test]
    fn topics_toggle() {
        let mut visit = Visit::start();
        visit.toggle_topic(Topic::Nurse);
        visit.toggle_topic(Topic::Doctor);
        visit.toggle_topic(Topic::Nurse);
        assert_eq!(visit.topics, [Topic::Doctor]);
    }
}
