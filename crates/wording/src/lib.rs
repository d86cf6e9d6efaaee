//! The respectful-wording nudge (DESIGN.md §3), as pure functions over text: no I/O, no
//! framework, the same on the tablet (wasm) and the server.
//!
//! `analyse(comment)` returns findings, each with a kind, the byte spans of the words that
//! triggered it and a message key for the kiosk's translation file. It never rewrites anything.
//!
//! How it decides abuse: by *target*, not by word alone. Swearing about the service ("the
//! booking system is a bloody nightmare") is honest criticism; an insult, a slur, a threat or
//! profanity aimed at a person is abuse; judging someone's conduct or competence ("the locum
//! seemed out of his depth") is criticism. Text is normalised first (look-alike letters,
//! leetspeak, masks such as f***, spaced letters, repeated letters), and words are matched whole,
//! so "Penistone", "Dr Cockcroft" and "the therapist" are left alone.
//!
//! How it finds urgent need: fixed phrases (`urgent.rs`) and, for the many other ways of saying
//! the same thing, signs read in any order within a sentence (`signs.rs`).

/// String literals joined at compile time with a separator: `joined!("|"; "a", "b")` is
/// `"a|b"`. In the kiosk's wasm a list of strings costs a pointer and a length for every item;
/// one string costs nothing more than its letters.
macro_rules! joined {
    ($separator:literal; $first:literal $(, $rest:literal)* $(,)?) => {
        concat!($first $(, $separator, $rest)*)
    };
}

/// A list of words kept as one string, `"a|b|c"`, written one word a line.
macro_rules! words {
    ($($word:literal),+ $(,)?) => { joined!("|"; $($word),+) };
}

/// Phrase patterns kept as one string, one pattern a line.
macro_rules! lines {
    ($($line:literal),+ $(,)?) => { joined!("\n"; $($line),+) };
}

/// Whether a word is one of these: `one_of!(word, "a", "b")`. The words are kept as one string
/// and looked up in a table made on first use. In the kiosk's wasm a `matches!` over strings
/// costs code for every word it names; a table costs its letters.
macro_rules! one_of {
    ($word:expr, $($listed:literal),+ $(,)?) => {{
        static LISTED: $crate::lexicon::WordSet = $crate::lexicon::WordSet::new(words![$($listed),+]);
        LISTED.contains($word)
    }};
}

/// Whether a token's word is one of these: `norm_in!(token, "a", "b")`, as `one_of!` (the
/// token's word is read in one place, `WordSet::holds`, rather than at every call).
macro_rules! norm_in {
    ($token:expr, $($listed:literal),+ $(,)?) => {{
        static LISTED: $crate::lexicon::WordSet = $crate::lexicon::WordSet::new(words![$($listed),+]);
        LISTED.holds(&$token)
    }};
}

/// Whether the token at `k` holds one of these words: `norm_at!(tokens, k, "a", "b")`, as
/// `norm_in!` (false past the end; one bounds check, in `WordSet::holds_at`, not one at every
/// call).
macro_rules! norm_at {
    ($tokens:expr, $k:expr, $($listed:literal),+ $(,)?) => {{
        static LISTED: $crate::lexicon::WordSet = $crate::lexicon::WordSet::new(words![$($listed),+]);
        LISTED.holds_at($tokens, $k)
    }};
}

mod abuse;
mod complaint;
mod lexicon;
mod past;
mod patterns;
mod personal_data;
mod shouting;
mod signs;
mod text;
mod urgent;

use std::ops::Range;
use std::sync::OnceLock;

use patterns::{PatternSet, Rule};

pub use text::{Token, normalise_char};

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Insults, slurs, threats, profanity aimed at people, dehumanising remarks, wishing harm.
    Abuse,
    /// A derogatory remark about a named or identifiable person.
    NamedStaff,
    /// Mostly capital letters.
    Shouting,
    /// Phone numbers, emails, NHS numbers, dates of birth, postcodes, addresses, full names.
    PersonalData,
    /// Something that needs help now, not a reply next week.
    Urgent,
    /// The patient wants to make a formal complaint.
    Complaint,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Abuse,
        Kind::NamedStaff,
        Kind::Shouting,
        Kind::PersonalData,
        Kind::Urgent,
        Kind::Complaint,
    ];

    /// The name used on the wire, in the database and by `wording-check`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Abuse => "abuse",
            Kind::NamedStaff => "named_staff",
            Kind::Shouting => "shouting",
            Kind::PersonalData => "personal_data",
            Kind::Urgent => "urgent",
            Kind::Complaint => "complaint",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The kiosk's translation key for the nudge shown for this kind.
    pub fn message_key(self) -> &'static str {
        match self {
            Kind::Abuse => "nudge-abuse",
            Kind::NamedStaff => "nudge-named-staff",
            Kind::Shouting => "nudge-shouting",
            Kind::PersonalData => "nudge-personal-data",
            Kind::Urgent => "nudge-urgent",
            Kind::Complaint => "nudge-complaint",
        }
    }
}

/// One thing the engine noticed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    /// Byte ranges of the comment that triggered it (for highlighting). Never stored.
    pub spans: Vec<Range<usize>>,
    /// What rule fired, for evaluation and debugging (`insult`, `threat`, `nhs_number`, …).
    pub rule: &'static str,
}

impl Finding {
    pub fn message_key(&self) -> &'static str {
        self.kind.message_key()
    }
}

/// Everything found in one comment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub findings: Vec<Finding>,
}

impl Analysis {
    /// The kinds found, each once, in a fixed order.
    pub fn kinds(&self) -> Vec<Kind> {
        Kind::ALL
            .into_iter()
            .filter(|&kind| self.has(kind))
            .collect()
    }

    pub fn has(&self, kind: Kind) -> bool {
        self.findings.iter().any(|f| f.kind == kind)
    }

    /// Whether the comment gets the respectful-wording nudge: abuse, or an attack on staff.
    pub fn flagged(&self) -> bool {
        self.has(Kind::Abuse) || self.has(Kind::NamedStaff)
    }

    /// The spans of any of these kinds, merged and in order, for highlighting.
    pub fn spans_of(&self, kinds: &[Kind]) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> = self
            .findings
            .iter()
            .filter(|f| kinds.contains(&f.kind))
            .flat_map(|f| f.spans.iter().cloned())
            .collect();
        spans.sort_unstable_by_key(|s| (s.start, s.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        merged
    }
}

/// A realistic comment of exactly 2,000 characters (the kiosk's limit), for the benchmarks.
#[doc(hidden)]
pub fn sample_comment_2000() -> String {
    let base = "I waited an hour and a half past my slot and nobody said a word, which is a bloody joke. \
                The receptionist Gemma was rude when I asked why, and the phone line is impossible at 8am. \
                My number is 07700 900123 if anyone wants to call. I have had chest pain on and off. ";
    base.chars().cycle().take(2_000).collect()
}

/// The phrase patterns of every rule, compiled once.
fn phrases() -> &'static PatternSet {
    static SET: OnceLock<PatternSet> = OnceLock::new();
    SET.get_or_init(|| {
        let groups = [
            (Kind::Abuse, abuse::PHRASES, false),
            (Kind::Abuse, abuse::CUES, true),
            (Kind::Urgent, urgent::PHRASES, false),
            (Kind::Urgent, urgent::CUES, true),
            (Kind::Complaint, complaint::PHRASES, false),
        ];
        let rules: Vec<Rule> = groups
            .iter()
            .flat_map(|&(kind, list, cue)| {
                list.iter().map(move |&(name, lines)| Rule {
                    kind,
                    name,
                    lines,
                    cue,
                })
            })
            .collect();
        PatternSet::new(&rules)
    })
}

/// A word the rules name that ends in "-ing", from its dropped-g spelling: "breathin" is
/// "breathing", "killin" is "killing". Only the rules' own words, so "thin" and "begin" stay.
pub(crate) fn with_g(word: &str) -> Option<&'static str> {
    // Each dropped-g spelling to its word's place in the list of words (a table of places, as
    // in `text::text_speak`).
    type Forms = (rustc_hash::FxHashMap<&'static str, u32>, Vec<&'static str>);
    static FORMS: OnceLock<Forms> = OnceLock::new();
    let (places, forms) = FORMS.get_or_init(|| {
        let texts = abuse::PHRASES
            .iter()
            .chain(abuse::CUES)
            .chain(urgent::PHRASES)
            .chain(urgent::CUES)
            .chain(complaint::PHRASES)
            .map(|(_, lines)| *lines)
            .chain(signs::texts());
        let (mut places, mut forms) = (rustc_hash::FxHashMap::default(), Vec::new());
        for text in texts {
            for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
                // "breathin" is "breathing" without its last letter.
                if word.len() >= 6 && word.ends_with("ing") {
                    places.entry(&word[..word.len() - 1]).or_insert_with(|| {
                        forms.push(word);
                        forms.len() as u32 - 1
                    });
                }
            }
        }
        (places, forms)
    });
    places.get(word).map(|&place| forms[place as usize])
}

/// Whether each token stands for a person, worked out once for every rule.
fn people_among(tokens: &[text::Token]) -> Vec<bool> {
    (0..tokens.len())
        .map(|i| abuse::is_person(tokens, i))
        .collect()
}

/// Analyses a comment. Linear in its length; any input, however odd, is fine.
pub fn analyse(comment: &str) -> Analysis {
    let mut words = String::new();
    let tokens = text::tokenise(comment, &mut words);
    let people = people_among(&tokens);
    // Every phrase pattern (threats, urgent need, complaints) in one pass over the words.
    let phrases = phrases().find(&tokens, &people);
    let mut findings = Vec::new();
    abuse::find(&tokens, &phrases, &mut findings);
    // The kind and words of the last phrase finding.
    let mut last = (Kind::Abuse, 0..0);
    for found in phrases
        .iter()
        .filter(|m| matches!(m.kind, Kind::Urgent | Kind::Complaint))
        .filter(|m| !m.cue)
        .filter(|m| m.kind != Kind::Complaint || !complaint::declined(&tokens, m.tokens.start))
        .filter(|m| m.kind != Kind::Urgent || !urgent::no_emergency_meant(&tokens, &m.tokens))
    {
        let span = tokens[found.tokens.start].span.start..tokens[found.tokens.end - 1].span.end;
        // Two lines that read the same words ("raise a formal complaint", "formal complaint")
        // are one finding, the wider one, whichever was found first.
        if found.kind == last.0 && last.1.start <= span.start && span.end <= last.1.end {
            continue;
        }
        if found.kind == last.0 && span.start <= last.1.start && last.1.end <= span.end {
            findings.pop();
        }
        last = (found.kind, span.clone());
        findings.push(Finding {
            kind: found.kind,
            spans: vec![span],
            rule: found.rule,
        });
    }
    urgent::find_cues(&tokens, &phrases, &mut findings);
    urgent::find_overdose(&tokens, &mut findings);
    urgent::find_blood_sugar(comment, &tokens, &mut findings);
    urgent::find_age_gap(&tokens, &mut findings);
    signs::find(&tokens, &mut findings);
    // The token a finding starts at.
    let first_token = |f: &Finding| tokens.partition_point(|t| t.span.start < f.spans[0].start);
    // A figure of speech is no emergency: "I nearly had a heart attack when I saw the queue".
    findings.retain(|f| {
        let at = first_token(f);
        f.kind != Kind::Urgent || at == tokens.len() || !urgent::exaggerated(&tokens, at)
    });
    // Urgent need said only of the past is history: each sentence with an urgent finding is
    // asked once whether it speaks of the past.
    let sentence_of = |f: &Finding| tokens.get(first_token(f)).map(|t| t.clause);
    let urgent_sentences: Vec<u32> = findings
        .iter()
        .filter(|f| f.kind == Kind::Urgent)
        .filter_map(sentence_of)
        .collect();
    let past = past::past_sentences(&tokens, &urgent_sentences);
    if !past.is_empty() {
        findings.retain(|f| {
            f.kind != Kind::Urgent || sentence_of(f).is_none_or(|clause| !past.contains(&clause))
        });
    }
    personal_data::find(comment, &tokens, &mut findings);
    shouting::find(comment, &tokens, &mut findings);
    Analysis { findings }
}

/// Every phrase pattern is met by some kiosk example: a line that nothing exercises may be broken
/// (a slot that can never match, a misspelt word) and nobody would know. (Writing one for each
/// of the 169 lines unmet when this test came found "nobody cares about me" unread: the line
/// wanted "no … one".)
#[cfg(test)]
#[test]
fn every_pattern_line_is_met_by_an_example() {
    let examples = include_str!("../tests/data/kiosk_examples.tsv");
    let mut met = std::collections::HashSet::new();
    for (_, text) in examples.lines().filter_map(|line| line.split_once('\t')) {
        let mut words = String::new();
        let tokens = text::tokenise(text, &mut words);
        met.extend(
            phrases()
                .find(&tokens, &people_among(&tokens))
                .into_iter()
                .map(|m| m.line),
        );
    }
    let unmet: Vec<&str> = every_pattern_line()
        .filter(|line| !met.contains(line))
        .collect();
    assert!(
        unmet.is_empty(),
        "pattern lines no kiosk example meets (write one in tests/data/kiosk_examples.tsv): \
         {unmet:#?}"
    );
}

/// Every line of every rule's phrase patterns, for the tests.
#[cfg(test)]
fn every_pattern_line() -> impl Iterator<Item = &'static str> {
    [
        abuse::PHRASES,
        abuse::CUES,
        urgent::PHRASES,
        urgent::CUES,
        complaint::PHRASES,
    ]
    .into_iter()
    .flat_map(|list| list.iter().flat_map(|(_, lines)| lines.lines()))
}

/// The words of a slot (`a|b|c`) are in alphabetical order. The order means nothing to the
/// engine, but the same group of words, written the same way each time, is one that brotli
/// finds again: sorting every slot of the patterns and signs took about 2,100 bytes off the
/// kiosk.
#[cfg(test)]
#[test]
fn the_words_of_every_slot_are_in_alphabetical_order() {
    let unsorted: Vec<&str> = every_pattern_line()
        .flat_map(str::split_whitespace)
        .filter(|slot| {
            let words: Vec<&str> = slot.trim_start_matches('?').split('|').collect();
            !words.is_sorted()
        })
        .collect();
    assert!(
        unsorted.is_empty(),
        "slots whose words are out of alphabetical order: {unsorted:#?}"
    );
}

/// For the table tests: the cases (what each shows, the comment, the expected verdict) that
/// `judge` gets wrong, described.
#[cfg(test)]
fn wrongly_judged(cases: &[(&str, &str, bool)], judge: impl Fn(&str) -> bool) -> Vec<String> {
    cases
        .iter()
        .filter(|(_, text, expected)| judge(text) != *expected)
        .map(|(what, text, expected)| format!("{what}: expected {expected}: {text}"))
        .collect()
}
