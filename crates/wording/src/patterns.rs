//! Phrase patterns over tokens, for threats, urgent need and complaints.
//!
//! A pattern is a line of slots separated by spaces:
//! - `a|b|c`: one token, any of these; `breath*` matches any token starting `breath`;
//! - `?a|b`: the same, optional;
//! - `~` (or `~5`): up to three (five) tokens of anything, within the sentence;
//! - `{person}`: a word for a person or a name (see `abuse::is_person`).
//!
//! Patterns are indexed by their first slot's words, so a comment is read once, whatever the
//! number of patterns.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::Kind;
use crate::text::Token;

#[derive(Debug)]
enum Slot {
    Words {
        words: Vec<&'static str>,
        optional: bool,
    },
    Gap(usize),
    Person,
}

#[derive(Debug)]
pub struct Pattern {
    slots: Vec<Slot>,
    kind: Kind,
    rule: &'static str,
}

/// One pattern found: what kind of finding it makes, its rule, and the tokens it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub kind: Kind,
    pub rule: &'static str,
    pub tokens: Range<usize>,
}

/// A compiled set of patterns.
pub struct PatternSet {
    by_first_word: HashMap<&'static str, Vec<usize>>,
    /// Patterns whose first slot has a prefix (`breath*`): tried where a token starts so.
    by_prefix: Vec<(&'static str, usize)>,
    /// The first letters of those prefixes, as bits: most tokens skip the list at once.
    prefix_initials: u32,
    /// Patterns whose first slot is optional or a class: tried everywhere.
    everywhere: Vec<usize>,
    patterns: Vec<Pattern>,
}

impl PatternSet {
    /// `rules`: each rule's kind, name and patterns, one a line.
    pub fn new(rules: &[(Kind, &'static str, &'static str)]) -> Self {
        let mut patterns = Vec::new();
        for (kind, rule, lines) in rules {
            for line in lines.lines() {
                patterns.push(Pattern {
                    slots: parse(line),
                    kind: *kind,
                    rule,
                });
            }
        }
        let mut by_first_word: HashMap<&'static str, Vec<usize>> = HashMap::default();
        let mut by_prefix = Vec::new();
        let mut everywhere = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            match &pattern.slots[0] {
                Slot::Words {
                    words,
                    optional: false,
                } => {
                    for word in words {
                        match word.strip_suffix('*') {
                            Some(prefix) => by_prefix.push((prefix, index)),
                            None => by_first_word.entry(word).or_default().push(index),
                        }
                    }
                }
                _ => everywhere.push(index),
            }
        }
        let prefix_initials = by_prefix
            .iter()
            .fold(0, |bits, (prefix, _)| bits | initial_bit(prefix));
        Self {
            by_first_word,
            by_prefix,
            prefix_initials,
            everywhere,
            patterns,
        }
    }

    /// Every match: the rule's name and the tokens it covers. `people[i]` says whether token
    /// `i` stands for a person.
    pub fn find(&self, tokens: &[Token], people: &[bool]) -> Vec<Match> {
        let is_person = |_: &[Token], i: usize| people.get(i).copied().unwrap_or(false);
        let is_person: &dyn Fn(&[Token], usize) -> bool = &is_person;
        let mut found = Vec::new();
        for start in 0..tokens.len() {
            let norm = tokens[start].norm.as_str();
            let indexed = self.by_first_word.get(norm).into_iter().flatten();
            let may_have_prefix = initial_bit(norm) & self.prefix_initials != 0;
            let prefixed = self
                .by_prefix
                .iter()
                .filter(move |(prefix, _)| may_have_prefix && norm.starts_with(prefix))
                .map(|(_, index)| index);
            for &index in indexed.chain(prefixed).chain(self.everywhere.iter()) {
                let pattern = &self.patterns[index];
                if matches!(pattern.slots[0], Slot::Person) && !is_person(tokens, start) {
                    continue;
                }
                if let Some(end) = match_at(
                    &pattern.slots,
                    tokens,
                    start,
                    tokens[start].clause,
                    is_person,
                ) && end > start
                {
                    found.push(Match {
                        kind: pattern.kind,
                        rule: pattern.rule,
                        tokens: start..end,
                    });
                }
            }
        }
        found
    }
}

/// A bit for the first letter of a word (a–z), or none.
fn initial_bit(word: &str) -> u32 {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_lowercase() => 1 << (b - b'a'),
        _ => 0,
    }
}

fn parse(line: &'static str) -> Vec<Slot> {
    line.split_whitespace()
        .map(|slot| {
            if slot == "{person}" {
                Slot::Person
            } else if let Some(n) = slot.strip_prefix('~') {
                Slot::Gap(n.parse().unwrap_or(3))
            } else {
                let (optional, words) = match slot.strip_prefix('?') {
                    Some(rest) => (true, rest),
                    None => (false, slot),
                };
                let words: Vec<&'static str> = words.split('|').collect();
                // A slot is one token: "do not" as an alternative would silently split the slot.
                debug_assert!(
                    words.iter().all(|w| !w.is_empty()),
                    "an empty alternative in `{line}`"
                );
                Slot::Words { words, optional }
            }
        })
        .collect()
}

fn word_matches(word: &str, token: &str) -> bool {
    match word.strip_suffix('*') {
        Some(prefix) => token.starts_with(prefix),
        None => word == token,
    }
}

/// The end (exclusive) of a match of `slots` starting at token `at`, if any.
fn match_at(
    slots: &[Slot],
    tokens: &[Token],
    at: usize,
    clause: u32,
    is_person: &dyn Fn(&[Token], usize) -> bool,
) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return Some(at);
    };
    let in_clause = |i: usize| i < tokens.len() && tokens[i].clause == clause;
    match slot {
        Slot::Words { words, optional } => {
            if in_clause(at)
                && words.iter().any(|w| word_matches(w, &tokens[at].norm))
                && let Some(end) = match_at(rest, tokens, at + 1, clause, is_person)
            {
                return Some(end);
            }
            if *optional {
                match_at(rest, tokens, at, clause, is_person)
            } else {
                None
            }
        }
        Slot::Person => {
            if in_clause(at) && is_person(tokens, at) {
                match_at(rest, tokens, at + 1, clause, is_person)
            } else {
                None
            }
        }
        Slot::Gap(max) => {
            for skip in 0..=*max {
                if skip > 0 && !in_clause(at + skip - 1) {
                    break;
                }
                if let Some(end) = match_at(rest, tokens, at + skip, clause, is_person) {
                    return Some(end);
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenise;

    fn set() -> PatternSet {
        PatternSet::new(&[
            (Kind::Urgent, "chest", "chest pain|pains|tight*"),
            (Kind::Urgent, "breath", "cant|cannot ~ breath*"),
            (Kind::Abuse, "hope", "hope ~ {person} ~ dies|die"),
        ])
    }

    fn rules(text: &str) -> Vec<&'static str> {
        let tokens = tokenise(text);
        let people: Vec<bool> = tokens.iter().map(|t| t.is("she")).collect();
        set()
            .find(&tokens, &people)
            .into_iter()
            .map(|m| m.rule)
            .collect()
    }

    #[test]
    fn words_prefixes_gaps_and_people() {
        assert_eq!(rules("I have chest pains"), ["chest"]);
        assert_eq!(rules("my chest feels tight"), Vec::<&str>::new());
        assert_eq!(rules("my chest tightness"), ["chest"]);
        assert_eq!(rules("I can't really breathe"), ["breath"]);
        assert_eq!(rules("I hope she dies"), ["hope"]);
        assert_eq!(rules("I hope it dies"), Vec::<&str>::new());
    }

    #[test]
    fn matches_stay_within_a_sentence() {
        assert_eq!(rules("I can't. Breathe in and out"), Vec::<&str>::new());
    }
}
