use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;
use uuid::Uuid;

/// The longest comment, in Unicode scalar values after trimming (`str::chars`), on both sides.
pub const COMMENT_MAX_CHARS: usize = 2_000;
/// The longest contact name, phone or email, in Unicode scalar values.
pub const CONTACT_FIELD_MAX_CHARS: usize = 200;
/// The longest language tag (BCP 47 allows 35 in practice).
pub const LANGUAGE_MAX_CHARS: usize = 35;

/// One patient's feedback, as the kiosk sends it to `POST /api/v1/submissions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Made on the kiosk; a resend of the same submission carries the same id.
    pub id: Uuid,
    pub fft: FftAnswer,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// The language the patient used the kiosk in, e.g. `en-GB`.
    pub language: String,
    /// When the patient sent it, by the tablet's clock (RFC 3339). The server keeps only the hour.
    pub created_at: String,
    /// Present only when the patient asked to be contacted and agreed to it.
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// The NHS Friends and Family Test answers, in the order NHS England codes them 1 to 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FftAnswer {
    VeryGood,
    Good,
    Neither,
    Poor,
    VeryPoor,
    DontKnow,
}

impl FftAnswer {
    /// All six answers in NHS England's order.
    pub const ALL: [FftAnswer; 6] = [
        FftAnswer::VeryGood,
        FftAnswer::Good,
        FftAnswer::Neither,
        FftAnswer::Poor,
        FftAnswer::VeryPoor,
        FftAnswer::DontKnow,
    ];

    /// The answer's name on the wire and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            FftAnswer::VeryGood => "very_good",
            FftAnswer::Good => "good",
            FftAnswer::Neither => "neither",
            FftAnswer::Poor => "poor",
            FftAnswer::VeryPoor => "very_poor",
            FftAnswer::DontKnow => "dont_know",
        }
    }

    /// Parses the wire name back.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|answer| answer.as_str() == name)
    }

    /// NHS England's code for the monthly return: 1 very good … 5 very poor, 6 don't know.
    pub fn nhs_code(self) -> u8 {
        match self {
            FftAnswer::VeryGood => 1,
            FftAnswer::Good => 2,
            FftAnswer::Neither => 3,
            FftAnswer::Poor => 4,
            FftAnswer::VeryPoor => 5,
            FftAnswer::DontKnow => 6,
        }
    }

    /// Stars shown on the kiosk: 5 for very good down to 1 for very poor; none for don't know.
    pub fn stars(self) -> Option<u8> {
        match self {
            FftAnswer::DontKnow => None,
            other => Some(6 - other.nhs_code()),
        }
    }

    /// The answer for a number of stars (1 to 5).
    pub fn from_stars(stars: u8) -> Option<Self> {
        (1..=5)
            .contains(&stars)
            .then(|| Self::ALL[usize::from(5 - stars)])
    }
}

/// What the comment is about; the patient may pick any of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Reception,
    Booking,
    Doctor,
    Nurse,
    WaitingTime,
    Building,
    Prescriptions,
}

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Reception,
        Topic::Booking,
        Topic::Doctor,
        Topic::Nurse,
        Topic::WaitingTime,
        Topic::Building,
        Topic::Prescriptions,
    ];

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|topic| topic.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Reception => "reception",
            Topic::Booking => "booking",
            Topic::Doctor => "doctor",
            Topic::Nurse => "nurse",
            Topic::WaitingTime => "waiting_time",
            Topic::Building => "building",
            Topic::Prescriptions => "prescriptions",
        }
    }
}

/// How the practice manager may reply. Sent only with the patient's consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// The patient ticked "I agree the practice manager may contact me about this feedback".
    pub consent: bool,
}

/// What the server answers to a stored submission (201) or a resend of one (200).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SubmissionReceipt {
    pub id: Uuid,
    /// `false` when this id was already stored and nothing new was written.
    pub created: bool,
    /// The server's reading of the comment, for triage: `abuse`, `named_staff`, `shouting`,
    /// `personal_data`, `urgent`, `complaint`. Never the words themselves.
    #[serde(default)]
    pub verdict: Vec<String>,
}

/// One thing wrong with a submission: which field, and why, in words for a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: String,
}

impl Problem {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

impl Submission {
    /// The comment as stored: trimmed, and `None` when nothing is left.
    pub fn trimmed_comment(&self) -> Option<&str> {
        self.comment
            .as_deref()
            .map(str::trim)
            .filter(|text| !text.is_empty())
    }

    /// Every check both kiosk and server make, before a submission is queued or stored.
    /// (The server also parses `created_at`; the kiosk makes it itself.)
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Some(comment) = self.trimmed_comment() {
            let chars = comment.chars().count();
            if chars > COMMENT_MAX_CHARS {
                problems.push(Problem::new(
                    "comment",
                    format!("the comment has {chars} characters; at most {COMMENT_MAX_CHARS} are allowed"),
                ));
            }
        }
        let mut seen = Vec::with_capacity(self.topics.len());
        for topic in &self.topics {
            if seen.contains(topic) {
                problems.push(Problem::new(
                    "topics",
                    format!("topic `{}` is listed twice", topic.as_str()),
                ));
            }
            seen.push(*topic);
        }
        let language = self.language.trim();
        if language.is_empty()
            || language.chars().count() > LANGUAGE_MAX_CHARS
            || !language
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            problems.push(Problem::new(
                "language",
                "the language must be a tag such as `en-GB`",
            ));
        }
        if let Some(contact) = &self.contact {
            problems.extend(contact.problems());
        }
        problems
    }
}

impl Contact {
    fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !self.consent {
            problems.push(Problem::new(
                "contact.consent",
                "contact details can only be sent when the patient agrees to be contacted",
            ));
        }
        if self.name.trim().is_empty() {
            problems.push(Problem::new("contact.name", "a name is needed to reply"));
        }
        let phone = self
            .phone
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty());
        let email = self
            .email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty());
        if phone.is_none() && email.is_none() {
            problems.push(Problem::new(
                "contact",
                "a phone number or an email address is needed to reply",
            ));
        }
        if let Some(phone) = phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            if !(7..=15).contains(&digits)
                || !phone
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()".contains(c))
            {
                problems.push(Problem::new(
                    "contact.phone",
                    "the phone number does not look right",
                ));
            }
        }
        if let Some(email) = email {
            let well_formed = email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }) && !email.contains(char::is_whitespace);
            if !well_formed {
                problems.push(Problem::new(
                    "contact.email",
                    "the email address does not look right",
                ));
            }
        }
        for (field, value) in [
            ("contact.name", Some(self.name.as_str())),
            ("contact.phone", phone),
            ("contact.email", email),
        ] {
            if value.is_some_and(|v| v.chars().count() > CONTACT_FIELD_MAX_CHARS) {
                problems.push(Problem::new(
                    field,
                    format!("at most {CONTACT_FIELD_MAX_CHARS} characters"),
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn submission() -> Submission {
        Submission {
            id: Uuid::nil(),
            fft: FftAnswer::Good,
            comment: Some("The nurse was lovely.".into()),
            topics: vec![Topic::Nurse],
            language: "en-GB".into(),
            created_at: "2026-11-23T10:15:00Z".into(),
            contact: None,
        }
    }

    #[test]
    fn a_plain_submission_has_no_problems() {
        assert!(submission().problems().is_empty());
    }

    #[test]
    fn fft_answers_use_nhs_england_codes_in_order() {
        let codes: Vec<u8> = FftAnswer::ALL.iter().map(|a| a.nhs_code()).collect();
        assert_eq!(codes, [1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn stars_map_to_answers_and_back() {
        for stars in 1..=5 {
            assert_eq!(
                FftAnswer::from_stars(stars).and_then(FftAnswer::stars),
                Some(stars)
            );
        }
        assert_eq!(FftAnswer::from_stars(5), Some(FftAnswer::VeryGood));
        assert_eq!(FftAnswer::from_stars(1), Some(FftAnswer::VeryPoor));
        assert_eq!(FftAnswer::from_stars(0), None);
        assert_eq!(FftAnswer::from_stars(6), None);
        assert_eq!(FftAnswer::DontKnow.stars(), None);
    }

    #[test]
    fn wire_names_round_trip() {
        for answer in FftAnswer::ALL {
            let json = serde_json::to_string(&answer).unwrap();
            assert_eq!(json, format!("\"{}\"", answer.as_str()));
            assert_eq!(FftAnswer::from_name(answer.as_str()), Some(answer));
        }
        for topic in Topic::ALL {
            assert_eq!(
                serde_json::to_string(&topic).unwrap(),
                format!("\"{}\"", topic.as_str())
            );
        }
    }

    #[test]
    fn an_unknown_fft_answer_does_not_parse() {
        let json = r#"{"id":"00000000-0000-0000-0000-000000000000","fft":"excellent","language":"en","created_at":"x"}"#;
        assert!(serde_json::from_str::<Submission>(json).is_err());
    }

    #[test]
    fn a_comment_of_exactly_the_limit_in_multibyte_characters_is_allowed() {
        let mut s = submission();
        s.comment = Some("é".repeat(COMMENT_MAX_CHARS));
        assert!(s.problems().is_empty());
    }

    #[test]
    fn a_comment_one_character_over_the_limit_is_a_problem() {
        let mut s = submission();
        s.comment = Some("😀".repeat(COMMENT_MAX_CHARS + 1));
        let problems = s.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "comment");
    }

    #[test]
    fn whitespace_around_a_comment_does_not_count_towards_the_limit() {
        let mut s = submission();
        s.comment = Some(format!("   {}\n\n", "a".repeat(COMMENT_MAX_CHARS)));
        assert!(s.problems().is_empty());
        s.comment = Some("   \n".into());
        assert_eq!(s.trimmed_comment(), None);
    }

    #[test]
    fn a_topic_listed_twice_is_a_problem() {
        let mut s = submission();
        s.topics = vec![Topic::Doctor, Topic::Doctor];
        assert_eq!(s.problems()[0].field, "topics");
    }

    #[test]
    fn a_bad_language_tag_is_a_problem() {
        for tag in ["", "en GB", "<script>", &"a".repeat(40)] {
            let mut s = submission();
            s.language = tag.to_string();
            assert_eq!(s.problems()[0].field, "language", "{tag:?}");
        }
    }

    #[test]
    fn contact_needs_consent_a_name_and_a_way_to_reply() {
        let mut s = submission();
        s.contact = Some(Contact {
            name: " ".into(),
            phone: None,
            email: None,
            consent: false,
        });
        let fields: Vec<_> = s.problems().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["contact.consent", "contact.name", "contact"]);
    }

    #[test]
    fn contact_with_consent_and_a_uk_phone_number_is_fine() {
        let mut s = submission();
        s.contact = Some(Contact {
            name: "Pat Smith".into(),
            phone: Some("+44 7700 900123".into()),
            email: None,
            consent: true,
        });
        assert!(s.problems().is_empty());
    }

    #[test]
    fn a_malformed_email_or_phone_is_a_problem() {
        let mut s = submission();
        s.contact = Some(Contact {
            name: "Pat".into(),
            phone: Some("call me".into()),
            email: Some("pat@".into()),
            consent: true,
        });
        let fields: Vec<_> = s.problems().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["contact.phone", "contact.email"]);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let json = r#"{"id":"00000000-0000-0000-0000-000000000000","fft":"good","language":"en","created_at":"x","extra":1}"#;
        assert!(serde_json::from_str::<Submission>(json).is_err());
    }
}
