//! The practice's settings for its kiosks: which exist, what values they take, their defaults.

use std::collections::BTreeMap;

use wire as json;

/// A setting's name, as typed in `practice-server settings set NAME VALUE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SettingName {
    PracticeName,
    FollowUpQuestion,
    IdleSeconds,
    Topics,
    OpeningHours,
    NewDayAt,
    ReviewLink,
}

impl SettingName {
    pub const ALL: [SettingName; 7] = [
        SettingName::PracticeName,
        SettingName::FollowUpQuestion,
        SettingName::IdleSeconds,
        SettingName::Topics,
        SettingName::OpeningHours,
        SettingName::NewDayAt,
        SettingName::ReviewLink,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SettingName::PracticeName => "practice-name",
            SettingName::FollowUpQuestion => "follow-up-question",
            SettingName::IdleSeconds => "idle-seconds",
            SettingName::Topics => "topics",
            SettingName::OpeningHours => "opening-hours",
            SettingName::NewDayAt => "new-day-at",
            SettingName::ReviewLink => "review-link",
        }
    }

    pub fn parse(name: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .ok_or_else(|| {
                let known: Vec<&str> = Self::ALL.iter().map(|s| s.as_str()).collect();
                format!(
                    "there is no setting `{name}`; the settings are: {}",
                    known.join(", ")
                )
            })
    }

    /// Checks a value and returns it as it is stored.
    pub fn check(self, value: &str) -> Result<String, String> {
        let value = value.trim();
        match self {
            SettingName::PracticeName | SettingName::FollowUpQuestion => {
                let chars = value.chars().count();
                if chars == 0 || chars > 300 {
                    return Err(format!("{} takes 1 to 300 characters", self.as_str()));
                }
                Ok(value.to_owned())
            }
            SettingName::IdleSeconds => {
                let seconds: u32 = value.parse().map_err(|_| {
                    format!("idle-seconds takes a whole number of seconds, not `{value}`")
                })?;
                if !json::IDLE_SECONDS_RANGE.contains(&seconds) {
                    return Err(format!(
                        "idle-seconds must be from {} to {}",
                        json::IDLE_SECONDS_RANGE.start(),
                        json::IDLE_SECONDS_RANGE.end()
                    ));
                }
                Ok(seconds.to_string())
            }
            SettingName::Topics => {
                let mut topics = Vec::new();
                for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    let topic = json::Topic::from_name(name).ok_or_else(|| {
                        let known: Vec<&str> =
                            json::Topic::ALL.iter().map(|t| t.as_str()).collect();
                        format!(
                            "`{name}` is not a topic; the topics are: {}",
                            known.join(", ")
                        )
                    })?;
                    if !topics.contains(&topic) {
                        topics.push(topic);
                    }
                }
                Ok(topics
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(","))
            }
            SettingName::OpeningHours => {
                json::parse_opening_hours(value).map(|hours| json::format_opening_hours(&hours))
            }
            SettingName::NewDayAt => {
                json::parse_clock_time(value).map(|minute| json::ClockTime(minute).to_string())
            }
            SettingName::ReviewLink => check_review_link(value).map(str::to_owned),
        }
    }
}

/// The review link must be a web address a phone can open from a QR code: `https://`, no spaces,
/// short enough for a QR code a phone reads from across a waiting room.
fn check_review_link(value: &str) -> Result<&str, String> {
    let rest = value.strip_prefix("https://").ok_or_else(|| {
        format!(
            "review-link must start with https://, as the NHS website's pages do; not `{value}`"
        )
    })?;
    if rest.is_empty() || rest.starts_with('/') || value.chars().any(char::is_whitespace) {
        return Err(format!("`{value}` is not a web address"));
    }
    if value.len() > 300 {
        return Err("review-link takes up to 300 characters".into());
    }
    Ok(value)
}

/// Where the staff PIN's hash and the lock-clearing counter are stored (set by their own commands).
pub const STAFF_PIN_KEY: &str = "staff-pin";
pub const PIN_LOCK_RESET_KEY: &str = "pin-lock-reset";

/// Hashes a staff PIN (4 to 8 digits) with PBKDF2-SHA256 (600,000 rounds, OWASP's advice) and a
/// random salt, as a PHC string. A kiosk checks it offline with the browser's Web Crypto.
pub fn hash_staff_pin(pin: &str) -> Result<String, String> {
    use pbkdf2::password_hash::{PasswordHasher, SaltString};
    let pin = pin.trim();
    if !(4..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the staff PIN must be 4 to 8 digits".into());
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    pbkdf2::Pbkdf2
        .hash_password_customized(
            pin.as_bytes(),
            Some(pbkdf2::Algorithm::Pbkdf2Sha256.ident()),
            None,
            pbkdf2::Params::default(),
            &salt,
        )
        .map(|hash| hash.to_string())
        .map_err(|e| e.to_string())
}

/// The settings a kiosk gets: stored values over the defaults.
pub fn kiosk_settings(
    stored: &BTreeMap<String, String>,
    default_practice_name: &str,
) -> json::KioskSettings {
    let get = |name: SettingName| stored.get(name.as_str()).cloned();
    json::KioskSettings {
        practice_name: get(SettingName::PracticeName)
            .unwrap_or_else(|| default_practice_name.to_owned()),
        follow_up_question: get(SettingName::FollowUpQuestion),
        idle_seconds: get(SettingName::IdleSeconds)
            .and_then(|s| s.parse().ok())
            .unwrap_or(60),
        topics: get(SettingName::Topics)
            .map(|list| list.split(',').filter_map(json::Topic::from_name).collect())
            .unwrap_or_else(|| json::Topic::ALL.to_vec()),
        // A hash in a form kiosks can't check (an older release's) counts as no PIN: the pad then
        // says to set one, rather than refusing every PIN.
        staff_pin_hash: stored
            .get(STAFF_PIN_KEY)
            .filter(|hash| hash.starts_with(json::PIN_HASH_PREFIX))
            .cloned(),
        pin_lock_reset: stored
            .get(PIN_LOCK_RESET_KEY)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
        opening_hours: get(SettingName::OpeningHours)
            .and_then(|hours| json::parse_opening_hours(&hours).ok())
            .unwrap_or_default(),
        new_day_at: get(SettingName::NewDayAt)
            .and_then(|time| json::parse_clock_time(&time).ok())
            .unwrap_or(json::DEFAULT_NEW_DAY_AT),
        review_qr: get(SettingName::ReviewLink)
            .as_deref()
            .and_then(super::draw_review_qr),
        review_link: get(SettingName::ReviewLink),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_apply_until_a_setting_is_stored() {
        let defaults = kiosk_settings(&BTreeMap::new(), "The Surgery");
        assert_eq!(defaults.practice_name, "The Surgery");
        assert_eq!(defaults.idle_seconds, 60);
        assert_eq!(defaults.topics.len(), 7);
        assert_eq!(defaults.follow_up_question, None);
        assert_eq!(defaults.opening_hours, []);
        assert_eq!(defaults.new_day_at, 180);
        assert_eq!(defaults.review_link, None);
    }

    #[test]
    fn the_day_settings_are_checked_and_stored_in_one_form() {
        assert_eq!(
            SettingName::OpeningHours.check("Mon-Tue 08:00-18:30"),
            Ok("mon 08:00-18:30, tue 08:00-18:30".into())
        );
        assert!(SettingName::OpeningHours.check("weekdays").is_err());
        assert_eq!(SettingName::NewDayAt.check("04:30"), Ok("04:30".into()));
        assert!(
            SettingName::NewDayAt
                .check("4am")
                .unwrap_err()
                .contains("HH:MM")
        );
        let link = "https://www.nhs.uk/services/gp-surgery/the-surgery/A12345/ratings-and-reviews";
        assert_eq!(SettingName::ReviewLink.check(link), Ok(link.into()));
        for bad in [
            "http://www.nhs.uk/",
            "www.nhs.uk",
            "https://",
            "https://a b",
        ] {
            assert!(SettingName::ReviewLink.check(bad).is_err(), "{bad}");
        }
        let stored = BTreeMap::from([
            ("opening-hours".to_owned(), "mon 08:00-18:30".to_owned()),
            ("new-day-at".to_owned(), "04:30".to_owned()),
            ("review-link".to_owned(), link.to_owned()),
        ]);
        let settings = kiosk_settings(&stored, "X");
        assert_eq!(
            settings.opening_hours,
            [json::OpeningHours {
                weekday: 1,
                opens: 480,
                closes: 1110
            }]
        );
        assert_eq!(settings.new_day_at, 270);
        assert_eq!(settings.review_link.as_deref(), Some(link));
    }

    #[test]
    fn values_are_checked_with_reasons() {
        assert_eq!(SettingName::IdleSeconds.check(" 90 "), Ok("90".into()));
        assert!(
            SettingName::IdleSeconds
                .check("5")
                .unwrap_err()
                .contains("20 to 600")
        );
        assert!(SettingName::IdleSeconds.check("soon").is_err());
        assert_eq!(
            SettingName::Topics.check("nurse, doctor,nurse"),
            Ok("nurse,doctor".into())
        );
        assert!(
            SettingName::Topics
                .check("parking")
                .unwrap_err()
                .contains("waiting_time")
        );
        assert!(SettingName::PracticeName.check("  ").is_err());
        assert!(
            SettingName::parse("colour")
                .unwrap_err()
                .contains("practice-name")
        );
    }

    #[test]
    fn a_staff_pin_is_stored_only_as_a_salted_pbkdf2_hash() {
        use pbkdf2::password_hash::{PasswordHash, PasswordVerifier};
        let hash = hash_staff_pin("4821").unwrap();
        assert!(hash.starts_with("$pbkdf2-sha256$i=600000,l=32$"), "{hash}");
        assert!(!hash.contains("4821"));
        assert_ne!(
            hash,
            hash_staff_pin("4821").unwrap(),
            "a fresh salt each time"
        );
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(pbkdf2::Pbkdf2.verify_password(b"4821", &parsed).is_ok());
        assert!(pbkdf2::Pbkdf2.verify_password(b"4822", &parsed).is_err());
        assert!(hash_staff_pin("12").is_err());
        assert!(hash_staff_pin("12ab").is_err());
    }

    #[test]
    fn a_pin_hash_kiosks_cannot_check_is_sent_as_no_pin() {
        let old = "$argon2id$v=19$m=19456,t=2,p=1$ke1eEV5Ni0BHxjK0BBoY5g$KhXSeRrdCZDTDkP97lZ7SkS6i+EsBttSjcc+aabO0TI";
        let stored = BTreeMap::from([(STAFF_PIN_KEY.to_owned(), old.to_owned())]);
        assert_eq!(kiosk_settings(&stored, "Surgery").staff_pin_hash, None);
        let new = hash_staff_pin("4821").unwrap();
        let stored = BTreeMap::from([(STAFF_PIN_KEY.to_owned(), new.clone())]);
        assert_eq!(kiosk_settings(&stored, "Surgery").staff_pin_hash, Some(new));
    }

    #[test]
    fn stored_values_override_defaults() {
        let stored = BTreeMap::from([
            ("topics".to_owned(), "doctor,nurse".to_owned()),
            ("idle-seconds".to_owned(), "120".to_owned()),
        ]);
        let settings = kiosk_settings(&stored, "X");
        assert_eq!(settings.topics, [json::Topic::Doctor, json::Topic::Nurse]);
        assert_eq!(settings.idle_seconds, 120);
    }
}
