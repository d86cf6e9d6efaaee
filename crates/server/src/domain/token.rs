use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The SHA-256 of a secret (a device token or an enrolment code). Only digests are stored, so a
/// copy of the database lets nobody post as a kiosk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SecretDigest(pub [u8; 32]);

impl SecretDigest {
    pub fn of(secret: &str) -> Self {
        Self(Sha256::digest(secret.as_bytes()).into())
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    bytes
}

/// A kiosk's bearer token: 32 random bytes, base64url.
pub struct DeviceToken(String);

impl DeviceToken {
    pub fn generate() -> Self {
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn digest(&self) -> SecretDigest {
        SecretDigest::of(&self.0)
    }
}

/// A one-time enrolment code, typed by staff on the kiosk: eight characters from an alphabet
/// with no look-alikes (no 0/O, 1/I/L), shown as `ABCD-EFGH`.
pub struct EnrolmentCode(String);

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 8;

impl EnrolmentCode {
    pub fn generate() -> Self {
        // 31 symbols; rejection sampling keeps each equally likely.
        let mut code = String::with_capacity(CODE_LEN);
        while code.len() < CODE_LEN {
            for byte in random_bytes::<16>() {
                if usize::from(byte) < CODE_ALPHABET.len() * 8 && code.len() < CODE_LEN {
                    code.push(char::from(
                        CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()],
                    ));
                }
            }
        }
        Self(code)
    }

    /// How staff see it.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }

    /// The digest of what was typed: case, spaces and dashes don't matter.
    pub fn digest_of_typed(typed: &str) -> SecretDigest {
        let normalised: String = typed
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        SecretDigest::of(&normalised)
    }

    pub fn digest(&self) -> SecretDigest {
        SecretDigest::of(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_typed_in_lower_case_with_spaces_matches() {
        let code = EnrolmentCode::generate();
        let typed = code.display().to_lowercase().replace('-', " ");
        assert_eq!(EnrolmentCode::digest_of_typed(&typed), code.digest());
    }

    #[test]
    fn codes_use_only_the_unambiguous_alphabet() {
        for _ in 0..100 {
            let code = EnrolmentCode::generate();
            assert_eq!(code.0.len(), CODE_LEN);
            assert!(
                code.0.bytes().all(|b| CODE_ALPHABET.contains(&b)),
                "{}",
                code.0
            );
        }
    }

    #[test]
    fn tokens_are_long_and_different() {
        let (a, b) = (DeviceToken::generate(), DeviceToken::generate());
        assert_eq!(a.as_str().len(), 43);
        assert_ne!(a.as_str(), b.as_str());
        assert_ne!(a.digest(), b.digest());
    }
}
