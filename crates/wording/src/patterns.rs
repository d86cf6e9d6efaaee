//! Phrase patterns over tokens, for threats, urgent need and complaints.
//!
//! A pattern is a line of slots separated by spaces:
//! - `a|b|c`: one token, any of these; `breath*` matches any token starting `breath`;
//! - `?a|b`: the same, optional;
//! - `~` (or `~5`): up to three (five) tokens of anything, within the sentence;
//! - `{person}`: a word for a person or a name (see `abuse::is_person`);
//! - `@groups`, `@origin` among the alternatives: the words of that list (`lexicon::GROUPS`,
//!   `lexicon::ORIGINS`), the groups of people that prejudice names; `my`, unless last, is
//!   `my|me` ("all me tablets");
//! - `$`: the end of the phrase: of the sentence, or a comma or dash ("he will pay." but not
//!   "he will pay for parking");
//! - `^` first: the pattern must start the sentence ("^ help me $" is a cry, "nobody would help
//!   me" a complaint).
//!
//! Patterns are indexed by their first slot's words, so a comment is read once, whatever the
//! number of patterns.
//!
//! A rule's matches are findings of its kind, or, for a cue rule, words harmless alone that
//! other code reads in pairs (`pairs`): a means and a farewell are urgent together.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use crate::Kind;
use crate::lexicon::{GROUPS, ORIGINS};
use crate::text::{Token, insert_ordered};

/// Words found in most comments (see `PatternSet::by_key_word`).
const COMMON_WORDS: &str = words![
    "a", "an", "the", "i", "im", "me", "my", "we", "you", "it", "is", "was", "are", "be", "to",
    "of", "in", "on", "at", "for", "and", "or", "this", "that", "with", "like", "up", "out", "not",
    "no", "have", "had", "do", "dont", "get", "got", "go", "can", "cant", "will", "would", "so",
    "just",
];

/// A word's number in the set's vocabulary: every whole word any pattern names.
type WordId = u32;
/// A token that no pattern names.
const UNKNOWN: WordId = WordId::MAX;

#[derive(Debug)]
enum Slot {
    Words {
        /// Whole words, by number, in order: a token is found by a binary search.
        ids: Vec<WordId>,
        /// `breath*`: tokens starting so.
        prefixes: Vec<&'static str>,
        optional: bool,
    },
    Gap(usize),
    Person,
    End,
}

#[derive(Debug)]
pub struct Pattern {
    slots: Vec<Slot>,
    /// Written with `^`: matches only at the start of a sentence.
    starts_sentence: bool,
    kind: Kind,
    rule: &'static str,
    cue: bool,
    /// The pattern as written, for the test that every line is exercised.
    #[cfg(test)]
    line: &'static str,
}

/// A rule: its kind, its name, its patterns (one a line), and whether it is a cue.
pub struct Rule {
    pub kind: Kind,
    pub name: &'static str,
    pub lines: &'static str,
    /// Read only in pairs with other cues, never a finding alone.
    pub cue: bool,
}

/// One pattern found: what kind of finding it makes, its rule, and the tokens it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub kind: Kind,
    pub rule: &'static str,
    pub tokens: Range<usize>,
    /// Found by a cue rule (see `Rule::cue`).
    pub cue: bool,
    /// The pattern that matched, as written.
    #[cfg(test)]
    pub line: &'static str,
}

/// Cues read together: each match `first` accepts, with the first match after it (starting
/// where it ends or later) that `second` accepts as its partner.
pub fn pairs<'a>(
    found: &'a [Match],
    first: impl Fn(&Match) -> bool + 'a,
    second: impl Fn(&Match, &Match) -> bool + 'a,
) -> impl Iterator<Item = (&'a Match, &'a Match)> + 'a {
    found.iter().filter(move |m| first(m)).filter_map(move |a| {
        found
            .iter()
            .find(|b| b.tokens.start >= a.tokens.end && second(a, b))
            .map(|b| (a, b))
    })
}

/// A compiled set of patterns.
pub struct PatternSet {
    /// Every whole word the patterns name, numbered.
    vocabulary: HashMap<&'static str, WordId>,
    /// By word number: the patterns whose first slot holds that word.
    by_first_word: Vec<Vec<usize>>,
    /// Patterns whose first slot has a prefix (`breath*`): tried where a token starts so.
    by_prefix: Vec<(&'static str, usize)>,
    /// The first letters of those prefixes, as bits: most tokens skip the list at once.
    prefix_initials: u32,
    /// Patterns that start with a person: tried where a token stands for one.
    by_person: Vec<usize>,
    /// Patterns whose first slot is optional: tried everywhere.
    everywhere: Vec<usize>,
    /// By word number: the patterns whose key slot holds that word. A pattern's key is its
    /// narrowest required slot of whole words after the first: without one of its words
    /// anywhere in the comment, the pattern can't match and is not tried.
    by_key_word: Vec<Vec<usize>>,
    /// Whether each pattern has a key (a pattern of one slot, or of prefixes, has none).
    keyed: Vec<bool>,
    patterns: Vec<Pattern>,
}

impl PatternSet {
    pub fn new(rules: &[Rule]) -> Self {
        let mut vocabulary: HashMap<&'static str, WordId> = HashMap::default();
        let mut patterns = Vec::new();
        for rule in rules {
            for written in rule.lines.split_terminator('\n') {
                let (starts_sentence, line) = match written.strip_prefix("^ ") {
                    Some(rest) => (true, rest),
                    None => (false, written),
                };
                patterns.push(Pattern {
                    slots: parse(line, &mut vocabulary),
                    starts_sentence,
                    kind: rule.kind,
                    rule: rule.name,
                    cue: rule.cue,
                    #[cfg(test)]
                    line: written,
                });
            }
        }
        let mut by_first_word = vec![Vec::new(); vocabulary.len()];
        let mut by_prefix = Vec::new();
        let mut by_person = Vec::new();
        let mut everywhere = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            match &pattern.slots[0] {
                Slot::Words {
                    ids,
                    prefixes,
                    optional: false,
                } => {
                    for &id in ids {
                        by_first_word[id as usize].push(index);
                    }
                    by_prefix.extend(prefixes.iter().map(|prefix| (*prefix, index)));
                }
                Slot::Person => by_person.push(index),
                _ => everywhere.push(index),
            }
        }
        let prefix_initials = by_prefix
            .iter()
            .fold(0, |bits, (prefix, _)| bits | initial_bit(prefix));
        let mut by_key_word = vec![Vec::new(); vocabulary.len()];
        let mut keyed = vec![false; patterns.len()];
        // Words in most comments make poor keys: a slot holding one is chosen last.
        let common: Vec<WordId> = COMMON_WORDS
            .split('|')
            .filter_map(|word| vocabulary.get(word).copied())
            .collect();
        for (index, pattern) in patterns.iter().enumerate() {
            let key = pattern.slots[1..]
                .iter()
                .filter_map(|slot| match slot {
                    Slot::Words {
                        ids,
                        prefixes,
                        optional: false,
                    } if prefixes.is_empty() => Some(ids),
                    _ => None,
                })
                .min_by_key(|ids| (ids.iter().any(|id| common.contains(id)), ids.len()));
            if let Some(ids) = key {
                keyed[index] = true;
                for &id in ids {
                    by_key_word[id as usize].push(index);
                }
            }
        }
        Self {
            vocabulary,
            by_first_word,
            by_prefix,
            prefix_initials,
            by_person,
            everywhere,
            by_key_word,
            keyed,
            patterns,
        }
    }

    /// Every match: the rule's name and the tokens it covers. `people[i]` says whether token
    /// `i` stands for a person.
    pub fn find(&self, tokens: &[Token], people: &[bool]) -> Vec<Match> {
        // Each token looked up once; the patterns then compare numbers.
        let ids: Vec<WordId> = tokens
            .iter()
            .map(|t| self.vocabulary.get(t.norm).copied().unwrap_or(UNKNOWN))
            .collect();
        // The patterns whose key word the comment holds somewhere.
        let mut possible = self.keyed.iter().map(|keyed| !keyed).collect::<Vec<bool>>();
        for &id in ids.iter().filter(|&&id| id != UNKNOWN) {
            for &index in &self.by_key_word[id as usize] {
                possible[index] = true;
            }
        }
        let reader = Reader {
            tokens,
            ids: &ids,
            people,
            is: self.vocabulary.get("is").copied().unwrap_or(UNKNOWN),
        };
        let mut found = Vec::new();
        for start in 0..tokens.len() {
            let norm = tokens[start].norm;
            let indexed = self
                .by_first_word
                .get(ids[start] as usize)
                .into_iter()
                .flatten();
            let may_have_prefix = initial_bit(norm) & self.prefix_initials != 0;
            let prefixed = self
                .by_prefix
                .iter()
                .filter(move |(prefix, _)| may_have_prefix && norm.starts_with(prefix))
                .map(|(_, index)| index);
            let person = people.get(start).copied().unwrap_or(false);
            let personal = self.by_person.iter().filter(|_| person);
            for &index in indexed
                .chain(prefixed)
                .chain(personal)
                .chain(self.everywhere.iter())
            {
                if !possible[index] {
                    continue;
                }
                let pattern = &self.patterns[index];
                let opens = start == 0 || tokens[start - 1].clause != tokens[start].clause;
                if pattern.starts_sentence && !opens {
                    continue;
                }
                if let Some(end) = reader.match_at(&pattern.slots, start, tokens[start].clause)
                    && end > start
                {
                    found.push(Match {
                        kind: pattern.kind,
                        rule: pattern.rule,
                        tokens: start..end,
                        cue: pattern.cue,
                        #[cfg(test)]
                        line: pattern.line,
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

fn parse(line: &'static str, vocabulary: &mut HashMap<&'static str, WordId>) -> Vec<Slot> {
    let last = line.split_whitespace().count() - 1;
    line.split_whitespace()
        .enumerate()
        .map(|(k, slot)| {
            if slot == "{person}" {
                Slot::Person
            } else if slot == "$" {
                Slot::End
            } else if let Some(n) = slot.strip_prefix('~') {
                // `~` or `~N`: anything else is a mistake in the pattern text (checked in the
                // test build, as below).
                let gap = if n.is_empty() {
                    Some(3)
                } else {
                    n.parse().ok()
                };
                debug_assert!(
                    gap.is_some(),
                    "a gap is `~` or `~N`, not `{slot}` in `{line}`"
                );
                Slot::Gap(gap.unwrap_or(3))
            } else {
                let (optional, words) = match slot.strip_prefix('?') {
                    Some(rest) => (true, rest),
                    None => (false, slot),
                };
                let (mut ids, mut prefixes) = (Vec::new(), Vec::new());
                for word in words.split('|').flat_map(|word| {
                    match word {
                        "@groups" => GROUPS,
                        "@origin" => ORIGINS,
                        // "all me tablets": "me" for "my", as much of England says it (not last
                        // in a pattern: "can't wake me" is not "can't wake my …").
                        "my" if k < last => "my|me",
                        word => word,
                    }
                    .split('|')
                }) {
                    // A slot is one token: "do not" as an alternative would silently split it.
                    debug_assert!(!word.is_empty(), "an empty alternative in `{line}`");
                    // `$`, `?` and `~` are slots of their own, and tokens are lower case without
                    // apostrophes: "there $|and", "you?" or "you'll" would silently never match.
                    // (Checked in the test build, which parses every pattern: the text is fixed.)
                    debug_assert!(
                        word.chars().all(|c| c.is_ascii_lowercase()
                            || c.is_ascii_digit()
                            || "-&*".contains(c)),
                        "`{word}` in `{line}`: `$`, `?word`, `~` and `@list` stand alone as \
                         slots, and a word is lower case without apostrophes"
                    );
                    match word.strip_suffix('*') {
                        Some(prefix) => prefixes.push(prefix),
                        None => {
                            let next = vocabulary.len() as WordId;
                            insert_ordered(&mut ids, *vocabulary.entry(word).or_insert(next));
                        }
                    }
                }
                Slot::Words {
                    ids,
                    prefixes,
                    optional,
                }
            }
        })
        .collect()
}

/// One comment's tokens, their word numbers and which stand for people.
struct Reader<'a> {
    tokens: &'a [Token<'a>],
    ids: &'a [WordId],
    people: &'a [bool],
    /// The number of "is", which an "'s" stands for ("the nurse's a drama queen").
    is: WordId,
}

impl Reader<'_> {
    /// The end (exclusive) of a match of `slots` starting at token `at`, if any.
    fn match_at(&self, slots: &[Slot], at: usize, clause: u32) -> Option<usize> {
        let Some((slot, rest)) = slots.split_first() else {
            return Some(at);
        };
        let in_clause = |i: usize| i < self.tokens.len() && self.tokens[i].clause == clause;
        match slot {
            Slot::Words {
                ids,
                prefixes,
                optional,
            } => {
                let matches = || {
                    ids.binary_search(&self.ids[at]).is_ok()
                        || prefixes
                            .iter()
                            .any(|prefix| self.tokens[at].norm.starts_with(prefix))
                };
                if in_clause(at)
                    && matches()
                    && let Some(end) = self.match_at(rest, at + 1, clause)
                {
                    return Some(end);
                }
                // "the nurse's a drama queen": an "is" run into the person before.
                let run_in = || {
                    at > 0
                        && self.people[at - 1]
                        && self.tokens[at - 1].apostrophe_s
                        && ids.binary_search(&self.is).is_ok()
                };
                if *optional || run_in() {
                    self.match_at(rest, at, clause)
                } else {
                    None
                }
            }
            Slot::Person => {
                if in_clause(at) && self.people[at] {
                    self.match_at(rest, at + 1, clause)
                } else {
                    None
                }
            }
            Slot::End => {
                let ends = !in_clause(at) || self.tokens[at].after_comma;
                ends.then(|| self.match_at(rest, at, clause)).flatten()
            }
            Slot::Gap(max) => {
                for skip in 0..=*max {
                    if skip > 0 && !in_clause(at + skip - 1) {
                        break;
                    }
                    if let Some(end) = self.match_at(rest, at + skip, clause) {
                        return Some(end);
                    }
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenise;

    fn set() -> PatternSet {
        PatternSet::new(&[
            Rule {
                kind: Kind::Urgent,
                name: "chest",
                lines: "chest pain|pains|tight*",
                cue: false,
            },
            Rule {
                kind: Kind::Urgent,
                name: "breath",
                lines: "cant|cannot ~ breath*",
                cue: false,
            },
            Rule {
                kind: Kind::Abuse,
                name: "hope",
                lines: "hope ~ {person} ~ dies|die",
                cue: false,
            },
            Rule {
                kind: Kind::Abuse,
                name: "snake",
                lines: "{person} is a snake",
                cue: false,
            },
            Rule {
                kind: Kind::Abuse,
                name: "stinks",
                lines: "{person} ~ stinks|smells",
                cue: false,
            },
            Rule {
                kind: Kind::Abuse,
                name: "pay",
                lines: "he|she will pay $",
                cue: false,
            },
            Rule {
                kind: Kind::Urgent,
                name: "help",
                lines: "^ ?please help me $",
                cue: false,
            },
            Rule {
                kind: Kind::Urgent,
                name: "tablets",
                lines: "took ~ my ~ tablets\nwake ~ my",
                cue: false,
            },
        ])
    }

    #[test]
    #[should_panic(expected = "stand alone as slots")]
    fn a_slot_mark_inside_alternatives_stops_the_build() {
        // "$|and" would be read as two words, "$" and "and", and never end a phrase.
        PatternSet::new(&[Rule {
            kind: Kind::Urgent,
            name: "there",
            lines: "arent ~ there $|and",
            cue: false,
        }]);
    }

    fn rules(text: &str) -> Vec<&'static str> {
        let mut words = String::new();
        let tokens = tokenise(text, &mut words);
        let people: Vec<bool> = tokens
            .iter()
            .map(|t| t.is("she") || t.norm.starts_with("nurse"))
            .collect();
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
    fn a_pattern_is_tried_only_where_its_key_word_is_in_the_comment() {
        // "stinks|smells" is the key of "{person} ~ stinks|smells": tried only when present.
        assert_eq!(rules("she really stinks"), ["stinks"]);
        assert_eq!(rules("she really is lovely"), Vec::<&str>::new());
        assert_eq!(rules("it stinks"), Vec::<&str>::new());
        // A key word in another sentence lets the pattern be tried, and it still doesn't match.
        assert_eq!(rules("she is here. It stinks"), Vec::<&str>::new());
    }

    #[test]
    fn an_is_run_into_a_person_is_read() {
        assert_eq!(rules("the nurse is a snake"), ["snake"]);
        assert_eq!(rules("the nurse's a snake"), ["snake"]);
        // Not after a word that is no person.
        assert_eq!(rules("it's a snake"), Vec::<&str>::new());
    }

    #[test]
    fn me_stands_for_my_except_last_in_a_pattern() {
        assert_eq!(rules("I took all my tablets"), ["tablets"]);
        assert_eq!(rules("I took all me tablets"), ["tablets"]);
        assert_eq!(rules("me tablets, I took them"), Vec::<&str>::new());
        assert_eq!(rules("she can't wake my"), ["tablets"]);
        assert_eq!(rules("she can't wake me"), Vec::<&str>::new());
    }

    #[test]
    fn the_end_of_a_phrase() {
        assert_eq!(rules("he will pay."), ["pay"]);
        assert_eq!(rules("he will pay, believe me"), ["pay"]);
        assert_eq!(rules("he will pay for parking"), Vec::<&str>::new());
    }

    #[test]
    fn the_start_of_a_sentence() {
        assert_eq!(rules("Please help me."), ["help"]);
        assert_eq!(rules("I'm scared. Help me"), ["help"]);
        assert_eq!(rules("Nobody would help me"), Vec::<&str>::new());
    }

    #[test]
    fn matches_stay_within_a_sentence() {
        assert_eq!(rules("I can't. Breathe in and out"), Vec::<&str>::new());
    }
}
