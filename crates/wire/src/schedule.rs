//! The practice's day: when the kiosk takes feedback (opening hours) and when a new day starts by
//! itself. Times are the tablet's local wall-clock time, as minutes after midnight; days are
//! numbered 1 (Monday) to 7 (Sunday), as ISO 8601 does.

use std::fmt;

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Minutes after midnight.
pub type Minute = u16;

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The default time a new day starts by itself: 03:00, when no surgery is open.
pub const DEFAULT_NEW_DAY_AT: Minute = 3 * 60;

/// One day's opening: from `opens` until `closes` (exclusive) on `weekday`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OpeningHours {
    /// 1 Monday … 7 Sunday.
    pub weekday: u8,
    pub opens: Minute,
    pub closes: Minute,
}

/// Whether the kiosk takes feedback at this local time. No hours at all means always open.
pub fn is_open(hours: &[OpeningHours], weekday: u8, minute: Minute) -> bool {
    hours.is_empty()
        || hours
            .iter()
            .any(|h| h.weekday == weekday && (h.opens..h.closes).contains(&minute))
}

/// When the kiosk next opens after this local time: the weekday (1 Monday … 7 Sunday) and the
/// minute. `None` when there are no hours (always open) or it is open now.
pub fn next_opening(hours: &[OpeningHours], weekday: u8, minute: Minute) -> Option<(u8, Minute)> {
    if is_open(hours, weekday, minute) {
        return None;
    }
    let weekday = weekday.clamp(1, 7);
    // Today later on, then each following day, a week round.
    (0..=7u8).find_map(|ahead| {
        let day = (weekday - 1 + ahead) % 7 + 1;
        hours
            .iter()
            .filter(|h| h.weekday == day && (ahead > 0 || h.opens > minute))
            .map(|h| h.opens)
            .min()
            .map(|opens| (day, opens))
    })
}

/// Reads `HH:MM` (24-hour clock).
pub fn parse_clock_time(text: &str) -> Result<Minute, String> {
    let bad = || format!("`{text}` is not a time of day: write it as HH:MM, for example 03:00");
    let (hours, minutes) = text.trim().split_once(':').ok_or_else(bad)?;
    let hours: Minute = hours.parse().map_err(|_| bad())?;
    let minutes: Minute = minutes.parse().map_err(|_| bad())?;
    if hours > 23 || minutes > 59 || text.trim().len() != 5 {
        return Err(bad());
    }
    Ok(hours * 60 + minutes)
}

/// `HH:MM`.
pub struct ClockTime(pub Minute);

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// Reads opening hours written as a manager would: `mon-fri 08:00-18:30, sat 09:00-12:00`.
/// Days are `mon` … `sun`, a range `mon-fri`, or `daily`; a day may appear more than once (a
/// lunchtime closure: `mon-fri 08:00-12:30, mon-fri 13:30-18:30`).
pub fn parse_opening_hours(text: &str) -> Result<Vec<OpeningHours>, String> {
    let mut hours = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (days, times) = part.split_once(char::is_whitespace).ok_or_else(|| {
            format!(
                "`{part}`: write the days, a space, then the times, as in `mon-fri 08:00-18:30`"
            )
        })?;
        let days = parse_days(days.trim())?;
        let (opens, closes) = times.trim().split_once('-').ok_or_else(|| {
            format!("`{part}`: write the times as opening-closing, as in 08:00-18:30")
        })?;
        let (opens, closes) = (parse_clock_time(opens)?, parse_clock_time(closes)?);
        if opens >= closes {
            return Err(format!("`{part}`: it must close after it opens"));
        }
        hours.extend(days.map(|weekday| OpeningHours {
            weekday,
            opens,
            closes,
        }));
    }
    if hours.is_empty() {
        return Err("no opening hours given; to open at all hours, unset the setting".into());
    }
    Ok(hours)
}

fn parse_days(text: &str) -> Result<std::ops::RangeInclusive<u8>, String> {
    let day = |name: &str| {
        DAY_NAMES
            .iter()
            .position(|d| d.eq_ignore_ascii_case(name))
            .map(|i| i as u8 + 1)
            .ok_or_else(|| {
                format!("`{name}` is not a day: use mon, tue, wed, thu, fri, sat, sun or daily")
            })
    };
    if text.eq_ignore_ascii_case("daily") {
        return Ok(1..=7);
    }
    match text.split_once('-') {
        Some((first, last)) => {
            let (first, last) = (day(first)?, day(last)?);
            if first > last {
                return Err(format!(
                    "`{text}`: a range of days runs from Monday to Sunday"
                ));
            }
            Ok(first..=last)
        }
        None => day(text).map(|d| d..=d),
    }
}

/// Writes opening hours back in the form `parse_opening_hours` reads, one day at a time.
pub fn format_opening_hours(hours: &[OpeningHours]) -> String {
    hours
        .iter()
        .map(|h| {
            format!(
                "{} {}-{}",
                DAY_NAMES[usize::from(h.weekday.clamp(1, 7) - 1)],
                ClockTime(h.opens),
                ClockTime(h.closes)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_hours_read_as_a_manager_writes_them() {
        let hours = parse_opening_hours("mon-fri 08:00-18:30, sat 09:00-12:00").unwrap();
        assert_eq!(hours.len(), 6);
        assert!(is_open(&hours, 1, 8 * 60));
        assert!(is_open(&hours, 5, 18 * 60 + 29));
        assert!(!is_open(&hours, 5, 18 * 60 + 30), "closing time is closed");
        assert!(!is_open(&hours, 3, 7 * 60 + 59));
        assert!(is_open(&hours, 6, 10 * 60));
        assert!(!is_open(&hours, 6, 12 * 60));
        assert!(!is_open(&hours, 7, 10 * 60), "Sunday is closed");
        assert_eq!(
            format_opening_hours(&hours[4..]),
            "fri 08:00-18:30, sat 09:00-12:00"
        );
        assert_eq!(parse_opening_hours("Daily 07:00-21:00").unwrap().len(), 7);
    }

    #[test]
    fn a_lunchtime_closure_is_two_spans() {
        let hours = parse_opening_hours("mon 08:00-12:30, mon 13:30-18:00").unwrap();
        assert!(is_open(&hours, 1, 12 * 60));
        assert!(!is_open(&hours, 1, 13 * 60));
        assert!(is_open(&hours, 1, 14 * 60));
    }

    #[test]
    fn the_next_opening_is_later_today_or_on_a_later_day() {
        let hours = parse_opening_hours("mon-fri 08:00-18:30, sat 09:00-12:00").unwrap();
        assert_eq!(
            next_opening(&hours, 1, 7 * 60),
            Some((1, 480)),
            "Monday early"
        );
        assert_eq!(
            next_opening(&hours, 1, 19 * 60),
            Some((2, 480)),
            "Monday evening"
        );
        assert_eq!(
            next_opening(&hours, 5, 19 * 60),
            Some((6, 540)),
            "Friday evening"
        );
        assert_eq!(
            next_opening(&hours, 6, 13 * 60),
            Some((1, 480)),
            "Saturday afternoon"
        );
        assert_eq!(next_opening(&hours, 7, 0), Some((1, 480)), "Sunday");
        assert_eq!(next_opening(&hours, 1, 9 * 60), None, "open now");
        assert_eq!(next_opening(&[], 1, 0), None);
        let mondays = parse_opening_hours("mon 08:00-12:00").unwrap();
        assert_eq!(
            next_opening(&mondays, 1, 13 * 60),
            Some((1, 480)),
            "a week on"
        );
    }

    #[test]
    fn no_hours_means_always_open() {
        assert!(is_open(&[], 7, 3 * 60));
    }

    #[test]
    fn mistakes_get_reasons() {
        for (text, reason) in [
            ("mon-fri", "write the days, a space"),
            ("mon-fri 08:00", "opening-closing"),
            ("mon-fri 18:00-08:00", "close after it opens"),
            ("weekdays 08:00-18:00", "is not a day"),
            ("fri-mon 08:00-18:00", "Monday to Sunday"),
            ("mon 8-18", "HH:MM"),
            ("mon 08:00-24:00", "HH:MM"),
            (" , ", "no opening hours"),
        ] {
            let error = parse_opening_hours(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }

    #[test]
    fn clock_times() {
        assert_eq!(parse_clock_time("03:00"), Ok(180));
        assert_eq!(parse_clock_time(" 23:59 "), Ok(1439));
        assert!(parse_clock_time("3:00").is_err());
        assert!(parse_clock_time("24:00").is_err());
        assert!(parse_clock_time("03:60").is_err());
        assert_eq!(ClockTime(185).to_string(), "03:05");
    }
}
