//! Personal data, written the UK way: phone numbers, emails, NHS numbers (mod-11 checked), dates
//! of birth, postcodes, street addresses, and a patient's or relative's full name.

use std::ops::Range;

use crate::lexicon::{self, WordSet};
use crate::text::{Token, is_capital, is_letter, is_letter_or_digit, word_is};
use crate::{Finding, Kind};

fn push(findings: &mut Vec<Finding>, span: Range<usize>, rule: &'static str) {
    findings.push(Finding {
        kind: Kind::PersonalData,
        spans: vec![span],
        rule,
    });
}

pub fn find(text: &str, tokens: &[Token], findings: &mut Vec<Finding>) {
    emails(text, findings);
    spelled_out_emails(tokens, findings);
    numbers(text, findings);
    spoken_numbers(tokens, findings);
    dates(tokens, findings);
    postcodes(text, tokens, findings);
    addresses(text, tokens, findings);
    full_names(tokens, findings);
}

/// "tony at gmail dot com": an address written out in words.
fn spelled_out_emails(tokens: &[Token], findings: &mut Vec<Finding>) {
    for i in 1..tokens.len().saturating_sub(3) {
        let (name, at, domain, dot, ending) = (
            &tokens[i - 1],
            &tokens[i],
            &tokens[i + 1],
            &tokens[i + 2],
            &tokens[i + 3],
        );
        if at.is("at")
            && dot.is("dot")
            && name.is_word
            && domain.is_word
            && norm_in!(ending, "com", "co", "uk", "net", "org")
        {
            push(findings, name.span.start..ending.span.end, "email");
        }
    }
}

/// How many digits a word says when a number is read out: "oh" 1, "double" one more than the
/// next, "hundred" two; `None` for a word that is not part of a number.
fn digits_said(token: &Token) -> Option<usize> {
    if !token.is_word {
        return Some(token.norm.bytes().filter(u8::is_ascii_digit).count());
    }
    // The words for one digit, for two and for three, a line each.
    static NUMBER_WORDS: WordSet = WordSet::new(lines![
        "oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double",
        "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|triple|hundred",
        "thousand",
    ]);
    NUMBER_WORDS.arm(token.norm).map(|line| line as usize + 1)
}

/// "oh seven seven double oh nine hundred one two three": a phone number said in words, as
/// people give one aloud. Ten digits or more, with at least one of them a word.
fn spoken_numbers(tokens: &[Token], findings: &mut Vec<Finding>) {
    let mut i = 0;
    while i < tokens.len() {
        let (mut digits, mut words, mut j) = (0, 0, i);
        while let Some(n) = tokens
            .get(j)
            .filter(|t| t.clause == tokens[i].clause)
            .and_then(digits_said)
        {
            digits += n;
            words += usize::from(tokens[j].is_word);
            j += 1;
        }
        if digits >= 10 && words > 0 {
            push(
                findings,
                tokens[i].span.start..tokens[j - 1].span.end,
                "phone",
            );
        }
        i = j.max(i + 1);
    }
}

fn emails(text: &str, findings: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('@') {
        let local_ok = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
        let domain_ok = |b: u8| b.is_ascii_alphanumeric() || b".-".contains(&b);
        let start = (0..at)
            .rev()
            .take_while(|&i| local_ok(bytes[i]))
            .last()
            .unwrap_or(at);
        let mut end = at + 1;
        while end < bytes.len() && domain_ok(bytes[end]) {
            end += 1;
        }
        let domain = text[at + 1..end].trim_end_matches('.');
        let tld_ok = domain.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        });
        if start < at && tld_ok {
            push(findings, start..at + 1 + domain.len(), "email");
        }
    }
}

/// NHS numbers: ten digits whose tenth is the mod-11 check of the first nine.
pub fn is_nhs_number(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, d)| u32::from(*d) * (10 - i as u32))
        .sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == u32::from(digits[9])
}

/// Ten digits just after "NHS" ("my NHS number is …"): personal data even if mistyped.
fn said_to_be_nhs_number(text: &str, at: usize) -> bool {
    text.as_bytes()[at.saturating_sub(30)..at]
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"nhs"))
}

/// Phone numbers and NHS numbers: runs of digits with spaces, dashes, dots or brackets. Read
/// byte by byte (digits and their separators are ASCII); the characters either side of a run
/// are read whole, so a letter in any alphabet still counts as one.
fn numbers(text: &str, findings: &mut Vec<Finding>) {
    let bytes = text.as_bytes();
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    // A letter o written for a zero before a digit: "o7700 9oo123".
    let digitish =
        |k: usize| digit_at(k) || (matches!(bytes.get(k), Some(b'o' | b'O')) && digit_at(k + 1));
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let plus = c == b'+' && digit_at(i + 1);
        let bracket = c == b'(' && digit_at(i + 1);
        if !(digitish(i) || plus || bracket)
            || text[..i]
                .chars()
                .next_back()
                .is_some_and(is_letter_or_digit)
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = Vec::new();
        let mut j = i;
        let mut end = start;
        while j < bytes.len() {
            let c = bytes[j];
            // An o among digits ("9oo123") is a zero too.
            if c.is_ascii_digit() || (matches!(c, b'o' | b'O') && (end == j || digit_at(j + 1))) {
                digits.push(if c.is_ascii_digit() { c - b'0' } else { 0 });
                end = j + 1;
                j += 1;
            } else if c == b')' && bytes.get(j + 1) == Some(&b' ') && digit_at(j + 2) {
                j += 2; // "(0161) 496 0123"
            } else if matches!(c, b' ' | b'-' | b'.' | b'(' | b')' | b'+')
                && (digitish(j + 1) || bytes.get(j + 1) == Some(&b'('))
                && digits.len() < 13
            {
                j += 1;
            } else {
                break;
            }
        }
        let followed_by_letter = text[j..].chars().next().is_some_and(is_letter);
        // "+44 7911 …", or "0044 7911 …" as dialled from abroad.
        let abroad = digits.starts_with(&[0, 0, 4, 4]);
        let number = if abroad { &digits[2..] } else { &digits[..] };
        // ("447700 900456": a mobile with the country code and no plus.)
        let international = (plus && number.starts_with(&[4, 4]))
            || abroad
            || (number.len() == 12 && number.starts_with(&[4, 4, 7]));
        // "+44 (0)7700 900123": the trunk zero written in brackets after the country code.
        // The number after the country code or the trunk zero: 03, 08 and 09 numbers belong to
        // services and firms ("ring 0300 123 4567"), not to a person.
        let area = if international {
            number.iter().skip(2).find(|&&d| d != 0)
        } else {
            number.get(1)
        };
        let uk_phone = !matches!(area, Some(0 | 3 | 8 | 9))
            && ((international && (11..=12).contains(&number.len()))
                || (international && number.len() == 13 && number[2] == 0)
                || (number.first() == Some(&0) && (10..=11).contains(&number.len())));
        let rule = if uk_phone {
            Some("phone")
        } else if is_nhs_number(&digits) || (digits.len() == 10 && said_to_be_nhs_number(text, i)) {
            Some("nhs_number")
        } else {
            None
        };
        if let Some(rule) = rule.filter(|_| !followed_by_letter) {
            push(findings, start..end, rule);
        }
        i = j.max(i + 1);
    }
}

pub static MONTHS: WordSet = WordSet::new(words![
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]);

/// Dates of birth: a date next to "born", "DOB", "date of birth", "birthday", or a full date in
/// a year long past (appointment dates are recent).
fn dates(tokens: &[Token], findings: &mut Vec<Finding>) {
    // Within a dozen words of the date, in the same sentence.
    let cue_near = |at: usize, clause: u32| {
        tokens
            .iter()
            .enumerate()
            .skip(at.saturating_sub(12))
            .take(27)
            .any(|(k, t)| {
                t.clause == clause
                    && (norm_in!(t,
                        "born",
                        "dob",
                        "birthday",
                        "d-o-b",
                        "birthdate"
                    ) || (t.is("birth") && k > 0 && word_is(tokens, k - 1, "of"))
                        // "d.o.b", read as three letters
                        || (t.is("b") && k >= 2 && word_is(tokens, k - 1, "o") && word_is(tokens, k - 2, "d")))
            })
    };
    let year_of = |t: &Token| t.norm.parse::<u32>().ok();
    let starts_with_digit = |t: &Token| t.norm.as_bytes()[0].is_ascii_digit();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        // Every date starts with a number, or with a month and then a number: most words are
        // passed over at once.
        if !starts_with_digit(t) && !tokens.get(i + 1).is_some_and(starts_with_digit) {
            continue;
        }
        // "01-09-1972" holds together as one word.
        let mut parts = t.norm.split('-').map(|p| p.parse::<u32>().ok());
        if starts_with_digit(t)
            && t.norm.contains('-')
            && let (Some(Some(day)), Some(Some(month)), Some(Some(year)), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            && (1..=31).contains(&day)
            && (1..=12).contains(&month)
            && ((1900..=2015).contains(&year) || (year < 100 && cue_near(i, t.clause)))
        {
            push(findings, t.span.clone(), "date_of_birth");
            continue;
        }
        // 12/03/1956 and the like are one token? No: separators split them; read the raw digits.
        let numeric_date = t.norm.chars().all(|c| c.is_ascii_digit()) && i + 2 < tokens.len() && {
            let (d, m, y) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
            let gap_ok = d.span.end + 1 == m.span.start && m.span.end + 1 == y.span.start;
            let day = year_of(d).filter(|v| (1..=31).contains(v));
            let month = year_of(m).filter(|v| (1..=12).contains(v));
            gap_ok
                && day.is_some()
                && month.is_some()
                && year_of(y).is_some()
                && (y.norm.len() == 2 || y.norm.len() == 4)
        };
        // "3rd January 1990", "3rd of January 1990", "January 3rd 1990".
        let day_of = |t: &Token| {
            starts_with_digit(t)
                .then(|| {
                    t.norm
                        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .parse::<u32>()
                        .ok()
                })
                .flatten()
                .filter(|v| (1..=31).contains(v))
        };
        let at = |k: usize| tokens.get(k).filter(|n| n.clause == t.clause);
        let worded_year = |k: usize| {
            at(k).is_some_and(|y| year_of(y).is_some_and(|y| (1900..=2100).contains(&y)))
        };
        let worded_end = if day_of(t).is_some() {
            let month = if at(i + 1).is_some_and(|n| n.is("of")) {
                i + 2
            } else {
                i + 1
            };
            // ("born in 1955, 12 March": with a word for birth, the day and month are enough.)
            let year = worded_year(month + 1);
            (at(month).is_some_and(|m| MONTHS.contains(m.norm)) && (year || cue_near(i, t.clause)))
                .then_some(if year { month + 1 } else { month })
        } else if at(i + 1).is_some_and(|d| day_of(d).is_some()) && MONTHS.contains(t.norm) {
            worded_year(i + 2).then_some(i + 2)
        } else {
            None
        };
        let end = match (numeric_date, worded_end) {
            (true, _) => i + 2,
            (false, Some(end)) => end,
            (false, None) => continue,
        };
        let year = &tokens[end];
        let old_year =
            year.norm.len() == 4 && year_of(year).is_some_and(|y| (1900..=2015).contains(&y));
        if old_year || cue_near(i, t.clause) {
            push(findings, t.span.start..year.span.end, "date_of_birth");
        }
    }
}

/// UK postcodes: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA).
fn postcodes(text: &str, tokens: &[Token], findings: &mut Vec<Finding>) {
    let outward = |s: &str| {
        let b = s.as_bytes();
        let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        (2..=4).contains(&b.len())
            && (1..=2).contains(&letters)
            && letters < b.len()
            && b[letters].is_ascii_digit()
            && b[letters + 1..].iter().all(|c| c.is_ascii_alphanumeric())
            && b.len() - letters <= 2
    };
    let inward = |s: &str| {
        let b = s.as_bytes();
        b.len() == 3
            && b[0].is_ascii_digit()
            && b[1].is_ascii_alphabetic()
            && b[2].is_ascii_alphabetic()
    };
    for i in 0..tokens.len() {
        let raw = &text[tokens[i].span.clone()];
        // Both halves, and the whole, start with a letter and are short; the outward code (the
        // first half, or the start of the whole) has a digit second or third.
        let b = raw.as_bytes();
        if !(2..=7).contains(&b.len())
            || !b[0].is_ascii_alphabetic()
            || !(b[1].is_ascii_digit() || b.get(2).is_some_and(u8::is_ascii_digit))
        {
            continue;
        }
        if raw.is_ascii() && raw.len() >= 5 && raw.len() <= 7 {
            // Written without the space: CB21TN.
            let (out, inn) = raw.split_at(raw.len() - 3);
            if outward(out) && inward(inn) && raw.chars().any(|c| c.is_ascii_uppercase()) {
                push(findings, tokens[i].span.clone(), "postcode");
                continue;
            }
        }
        if let Some(next) = tokens.get(i + 1) {
            let next_raw = &text[next.span.clone()];
            if raw.is_ascii()
                && next_raw.is_ascii()
                && outward(raw)
                && inward(next_raw)
                && tokens[i].span.end + 1 == next.span.start
            {
                push(findings, tokens[i].span.start..next.span.end, "postcode");
            }
        }
    }
}

static STREET_TYPES: WordSet = WordSet::new(words![
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "ln",
    "close",
    "drive",
    "dr",
    "way",
    "crescent",
    "cres",
    "gardens",
    "court",
    "ct",
    "place",
    "terrace",
    "grove",
    "hill",
    "park",
    "square",
    "mews",
    "row",
    "walk",
    "view",
    "rise",
    "green",
    "parade",
    "end",
    "gate",
    "wharf",
    "boulevard",
]);

/// "14 Mill Road", "flat 3, 22 Hills Road".
fn addresses(text: &str, tokens: &[Token], findings: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        // "I live on Brook Street": where someone lives, even without the number.
        let lives_on = i > 0
            && norm_at!(tokens, i, "on", "at", "in")
            && norm_at!(tokens, i - 1, "live", "lives", "living", "stay", "staying");
        let number = &tokens[i];
        let is_house_number = number.norm.len() <= 4
            && number
                .norm
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
            && number
                .norm
                .chars()
                .filter(|c| c.is_ascii_alphabetic())
                .count()
                <= 1;
        if !is_house_number && !lives_on {
            continue;
        }
        // "number 12 on the High Street": the words between the number and the street's name.
        let number_on = is_house_number
            && i > 0
            && norm_at!(tokens, i - 1, "number", "no")
            && tokens.get(i + 1).is_some_and(|t| norm_in!(t, "on", "in"));
        let skip = match (number_on, tokens.get(i + 2).is_some_and(|t| t.is("the"))) {
            (false, _) => 0,
            (true, false) => 1, // "on", "in"
            (true, true) => 2,  // "on the"
        };
        // One to three capitalised words, then a street type.
        for length in 1..=3 {
            let Some(kind) = tokens.get(i + skip + length + 1) else {
                break;
            };
            let names = &tokens[i + skip + 1..=i + skip + length];
            if names
                .iter()
                .all(|t| t.capitalised && t.is_word && t.clause == number.clause)
                && kind.clause == number.clause
                && STREET_TYPES.contains(kind.norm)
                && text[kind.span.clone()].starts_with(is_capital)
            {
                push(findings, number.span.start..kind.span.end, "address");
                break;
            }
        }
    }
}

/// "My name is Pat Smith", "my son Tom Jones", "I'm Jane Doe": a first name and a surname.
/// A word that could be part of someone's name: letters (and hyphens), in no word list.
fn name_like(t: &Token) -> bool {
    t.is_word
        && t.norm.len() >= 2
        && !t.is_not_name()
        && lexicon::class_of(t.norm).is_none()
        && t.norm.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
}

fn full_names(tokens: &[Token], findings: &mut Vec<Finding>) {
    // In a comment in capitals a capital says nothing of a name ("I AM GOING TO KILL MYSELF").
    let (words, in_capitals) = tokens
        .iter()
        .filter(|t| t.is_word && t.norm.len() >= 2)
        .fold((0, 0), |(n, caps), t| {
            (n + 1, caps + usize::from(t.all_caps))
        });
    let shouted = in_capitals * 2 > words;
    let capital = |t: &Token| t.capitalised && !(shouted && t.all_caps);
    for i in 0..tokens.len() {
        let before = |word: &str| i > 0 && tokens[i - 1].is(word);
        let capital_next = || tokens.get(i + 1).is_some_and(&capital);
        let whose =
            |t: &Token| t.is("my") || t.norm.strip_suffix('s').is_some_and(lexicon::is_relative);
        // The words a name can follow; most tokens are none of them.
        let cue_end = match tokens[i].norm {
            // "my name is", "my name's", "my daughter's name is"
            "name" if i > 0 && whose(&tokens[i - 1]) => {
                Some(if tokens.get(i + 1).is_some_and(|t| t.is("is")) {
                    i + 2
                } else {
                    i + 1
                })
            }
            // "my names Jo", "I'm Jo", "I am Jo"
            "names" if before("my") => Some(i + 1),
            "im" if capital_next() => Some(i + 1),
            "am" if before("i") && capital_next() => Some(i + 1),
            // "I'm the mum of Lily Watson", "carer for John Smith"
            "of" | "for" | "to"
                if i > 0
                    && (tokens[i - 1].is_relative()
                        || norm_at!(tokens, i - 1, "parent", "guardian"))
                    && tokens.get(i + 1).is_some_and(Token::is_first_name) =>
            {
                Some(i + 1)
            }
            // "Signed, …", "Kind regards, …", "This is Jane Morrison", "Patient: …", "From …"
            "signed" | "regards" | "sincerely" | "faithfully" => Some(i + 1),
            // "Thanks, Margaret Wilson", "please ring Susan Price": a first name and a capital
            // after the thanks, or after asking for someone to be called.
            "thanks" | "cheers" | "ring" | "call" | "phone" | "contact"
                if tokens.get(i + 1).is_some_and(Token::is_first_name)
                    && tokens.get(i + 2).is_some_and(&capital) =>
            {
                Some(i + 1)
            }
            "is" if before("this") => Some(i + 1),
            // "From Jo Bloggs", "this (comment) is from Jo Bloggs"
            "from" | "re" | "patient"
                if i == 0
                    || tokens[i - 1].clause != tokens[i].clause
                    || before("is")
                        && tokens[i.saturating_sub(3)..i - 1]
                            .iter()
                            .any(|t| t.is("this")) =>
            {
                Some(i + 1)
            }
            // "Mrs J. Smith": an initial for the given name (its full stop is no sentence end);
            // "Mrs Elizabeth Taylor".
            "mr" | "mrs" | "ms" | "miss" => {
                // Where the family name stands when the given name is an initial or left out
                // ("Mr and Mrs Patel": a household named).
                let family_at = if tokens
                    .get(i + 1)
                    .is_some_and(|t| t.norm.len() == 1 && t.is_word)
                {
                    Some(i + 2)
                } else if tokens.get(i + 1).is_some_and(|t| t.is("and"))
                    && tokens.get(i + 2).is_some_and(Token::is_title)
                {
                    Some(i + 3)
                } else {
                    None
                };
                match family_at {
                    Some(k) => {
                        if let Some(family) = tokens.get(k).filter(|t| capital(t) && name_like(t)) {
                            push(findings, tokens[i].span.start..family.span.end, "full_name");
                        }
                        None
                    }
                    None => Some(i + 1),
                }
            }
            // "the late Raymond Okoro", "ask for Mohammed Iqbal"
            "late" if before("the") => Some(i + 1),
            "for" if before("ask") || before("asking") => Some(i + 1),
            // "my son Jake Morris", "our daughter is called Amy Lee"
            _ if tokens[i].is_relative() && i > 0 && norm_at!(tokens, i - 1, "my", "our") => {
                let mut k = i + 1;
                if tokens
                    .get(k)
                    .is_some_and(|t| norm_in!(t, "called", "named", "is"))
                {
                    k += 1;
                    if tokens.get(k).is_some_and(|t| t.is("called")) {
                        k += 1;
                    }
                }
                Some(k)
            }
            _ => None,
        };
        let Some(first) = cue_end else { continue };
        let (Some(given), Some(family)) = (tokens.get(first), tokens.get(first + 1)) else {
            continue;
        };
        let same_clause = given.clause == tokens[i].clause && family.clause == given.clause;
        // Words that say something of a name rather than finish it ("my son Jack was seen").
        let says_something = |t: &Token| {
            norm_in!(
                t,
                "not",
                "still",
                "spelt",
                "spelled",
                "wrong",
                "missing",
                "on",
                "in",
                "down",
                "being",
                "been",
                "was",
                "is",
                "the",
                "a",
                "an",
                "my",
                "also",
                "now",
                "right",
                "incorrect",
                "correct",
                "different",
                "changed",
                "called",
                "said",
                "written",
                "there",
                "here",
                "has",
                "had",
                "got",
                "came",
                "went",
                "and",
                "who",
                "with",
                "at"
            )
        };
        // "my name is siobhan kelly and …": after "my name is", two words in lower case that
        // end the phrase are a name too, unless they say something of the name.
        let lower_case_after_name = norm_at!(tokens, i, "name", "names")
            && tokens.get(first + 2).is_none_or(|t| {
                t.clause != family.clause || t.after_comma || t.is("and") || t.is("but")
            })
            && ![given, family].iter().any(|t| says_something(t));
        let looks_named = (capital(given) && capital(family))
            || (given.is_first_name() && (capital(family) || !says_something(family)))
            || lower_case_after_name;
        // "call Grace Lane Surgery": a place named after someone, not a person.
        let a_place = tokens.get(first + 2).is_some_and(|t| {
            norm_in!(
                t, "surgery", "practice", "pharmacy", "hospital", "clinic", "centre", "medical",
                "health", "hospice"
            )
        });
        if same_clause
            && name_like(given)
            && name_like(family)
            && looks_named
            && !family.is_person_word()
            && !a_place
        {
            push(findings, given.span.start..family.span.end, "full_name");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nhs_numbers_need_a_valid_check_digit() {
        assert!(is_nhs_number(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 9]));
        assert!(!is_nhs_number(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 8]));
        assert!(!is_nhs_number(&[1, 2, 3]));
    }

    /// (what the case shows, comment, whether personal data is found)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "who the comment is from",
            "This comment is from Mary O'Brien, who waited two hours",
            true,
        ),
        (
            "where a letter is from, not a person",
            "The letter is from Leeds General and it came a week late",
            false,
        ),
        (
            "a name to ring back",
            "Can Dr Ahmed ring Susan Price back please, she's my sister",
            true,
        ),
        (
            "a surgery to ring, not a person",
            "Please call Grace Lane Surgery back about my referral",
            false,
        ),
        (
            "a mobile with the country code and no plus",
            "text me 447700900456",
            true,
        ),
        (
            "a couple named with their titles",
            "from Mr and Mrs Patel at number 14",
            true,
        ),
        (
            "a birthday after a birth year",
            "born in 1955, 12 March",
            true,
        ),
        (
            "an appointment date, no birth named",
            "my appointment on 12 March was cancelled",
            false,
        ),
        (
            "a title with a full name",
            "This is from Mrs Elizabeth Taylor-Hughes",
            true,
        ),
        (
            "a title with a surname only",
            "Mrs Smith on reception was lovely",
            false,
        ),
        (
            "the late someone",
            "please pass on thanks from the family of the late Raymond Okoro",
            true,
        ),
        (
            "a name to ask for",
            "Ask for Mohammed Iqbal when you ring back",
            true,
        ),
        (
            "a mobile with letter o for zeros",
            "text me on o77oo 9oo123 please",
            true,
        ),
        (
            "a time with o'clock",
            "I was booked in at 10 o'clock and seen at 11 o'clock",
            false,
        ),
        (
            "words in capitals after 'I am' are no name",
            "I AM GOING TO KILL MYSELF",
            false,
        ),
        (
            "words in capitals after 'help my son' are no name",
            "HELP MY SON CANT BREATHE",
            false,
        ),
        (
            "a name in capitals after 'my name is'",
            "MY NAME IS JOHN SMITH",
            true,
        ),
        (
            "a first name, then what happened",
            "My son Jack was seen quickly, thanks",
            false,
        ),
        (
            "a first name and surname in lower case",
            "my son jack smith was seen by the nurse",
            true,
        ),
        ("a date of birth after d.o.b", "d.o.b 03/03/03", true),
        (
            "a service's 0300 number, not a person's",
            "The leaflet says ring 0300 123 4567 but it's a dead line",
            false,
        ),
        (
            "a freephone 0800 number",
            "The pharmacy's 0800 111 999 line never answers",
            false,
        ),
        (
            "a full name signed after thanks",
            "Thanks, Margaret Wilson (Mrs)",
            true,
        ),
        (
            "thanks to a doctor by title",
            "Thanks Dr Singh and nurse Abbie for everything",
            false,
        ),
        (
            "a mobile number dialled from abroad",
            "Contact: 0044 7911 123456",
            true,
        ),
        (
            "a mobile number with +44",
            "text me on +447911123456 please",
            true,
        ),
        (
            "a name in lower case after 'my name is'",
            "my name is siobhan kelly and nobody has called me back",
            true,
        ),
        (
            "a name spelt wrong",
            "My name is spelt wrong on every letter you send",
            false,
        ),
        (
            "a name hyphenated",
            "My name is hyphenated and the system can't cope",
            false,
        ),
        (
            "a child named after 'mum of'",
            "I'm the mum of Lily Watson, year 3, she needs her inhaler letter",
            true,
        ),
        (
            "a headline in capitals",
            "HOT PHOTO: Laughing Crowd Get Baby To Kick Ball",
            false,
        ),
        ("a date of birth in words", "born 3rd January 1990", true),
        (
            "a phone number said aloud",
            "Call me on oh seven seven double oh nine hundred one two three",
            true,
        ),
        (
            "times said in words",
            "My appointment was at ten fifteen and I wasn't seen until eleven forty five",
            false,
        ),
        (
            "with 'of'",
            "born 3rd of January 1990, can someone check my records",
            true,
        ),
        ("month first", "my DOB is March 14th 1962", true),
        (
            "a recent appointment",
            "I was seen on 3rd of May 2024",
            false,
        ),
        (
            "a house number before the street",
            "I'm at number 12 on the High Street",
            true,
        ),
        ("a title and an initial", "Re: Mrs J. Smith, room 4", true),
        (
            "a patient's name",
            "Patient: Alan Jones, needs a call back",
            true,
        ),
        ("a doctor named", "Dr Alan Jones retired last year", false),
        (
            "the trunk zero in brackets",
            "Call me on +44 (0)7700 900123",
            true,
        ),
        ("a name signed off", "Regards, Peter Clarke", true),
        (
            "a name given",
            "This is Jane Morrison, please call me back",
            true,
        ),
        (
            "a room and a time",
            "I waited 45 minutes in room 12 from 14:00",
            false,
        ),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong =
            crate::wrongly_judged(CASES, |t| crate::analyse(t).has(crate::Kind::PersonalData));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
