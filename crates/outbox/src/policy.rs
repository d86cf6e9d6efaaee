use serde::{Deserialize, Serialize};

/// Exponential backoff with full jitter: after the n-th failure, wait a random time in
/// [base·2ⁿ⁻¹ / 2, base·2ⁿ⁻¹], capped. The jitter keeps a room of kiosks that lost Wi-Fi together
/// from all coming back in the same second; the cap keeps a kiosk that was offline for hours
/// from waiting hours more once the network is back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetryPolicy {
    pub base_delay_ms: f64,
    pub max_delay_ms: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base_delay_ms: 1_000.0,
            max_delay_ms: 5.0 * 60.0 * 1_000.0,
        }
    }
}

impl RetryPolicy {
    /// The wait after `attempts` failures (at least 1), for a `random` number in [0, 1).
    pub fn delay_ms(&self, attempts: u32, random: f64) -> f64 {
        let exponent = attempts.saturating_sub(1).min(30);
        let ceiling = (self.base_delay_ms * f64::from(1u32 << exponent)).min(self.max_delay_ms);
        let random = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.5
        };
        ceiling / 2.0 + random * ceiling / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_with_each_failure() {
        let policy = RetryPolicy::default();
        let ceilings: Vec<f64> = (1..=5).map(|n| policy.delay_ms(n, 1.0)).collect();
        assert_eq!(ceilings, [1_000.0, 2_000.0, 4_000.0, 8_000.0, 16_000.0]);
    }

    #[test]
    fn jitter_stays_between_half_and_the_whole_ceiling() {
        let policy = RetryPolicy::default();
        for attempts in 1..20 {
            let low = policy.delay_ms(attempts, 0.0);
            let high = policy.delay_ms(attempts, 0.999_999);
            assert!(
                low > 0.0 && low <= high,
                "attempt {attempts}: {low} .. {high}"
            );
            assert!(
                (high - 2.0 * low).abs() < 1.0,
                "attempt {attempts}: {low} .. {high}"
            );
        }
    }

    #[test]
    fn delays_are_capped_even_after_hours_of_failures() {
        let policy = RetryPolicy::default();
        for attempts in [20, 100, u32::MAX] {
            assert!(policy.delay_ms(attempts, 1.0) <= policy.max_delay_ms);
        }
    }

    #[test]
    fn a_bad_random_number_does_not_break_the_delay() {
        let policy = RetryPolicy::default();
        for random in [f64::NAN, f64::INFINITY, -3.0, 7.0] {
            let delay = policy.delay_ms(3, random);
            assert!((2_000.0..=4_000.0).contains(&delay), "{random}: {delay}");
        }
    }
}
