//! Abuse and attacks on staff: slurs and vulgar insults anywhere; other insults, insulting
//! adjectives and swearing only when aimed at a person; threats and wishing harm; and, when the
//! target is named or described, `named_staff` as well.

use std::ops::Range;

use crate::lexicon::{self, APPEARANCE, COPULAS, Class, PERSON_COPULAS, TITLES, WordSet};
use crate::patterns::Match;
use crate::text::Token;
use crate::{Finding, Kind};

/// Threats, wishing harm, telling someone where to go, and derogatory remarks with no insult word.
const THREATS: &[&str] = &[
    "i|ill|id|im|gonna|going|will|wanna|want|could|would ~ kill|stab|shoot|punch|smash|batter|strangle|slap|hit|deck|throttle|strangle|knife|glass|murder ~ {person}",
    "{person} ~ should|ought|needs|need|deserves|deserve ~ shot|shooting|hanged|hung|slapped|punched|killed|kill|die|dead|beaten|battered|stabbed|strung|sacked|lynched|smacked|locked|burned|burnt|burn|hurt",
    "{person} ~ needs|need|deserves|deserve ~ a|good ~ slap|smack|punch|kicking|beating|hiding|battering|belt",
    "hope ~4 {person} ~4 dies|die|rots|rot|suffers|suffer|burns|burn|chokes|choke|crashes|crash|cancer|dead|hurt|hit",
    "rot|burn|roast ~ in ~ hell",
    "go|drop|just ~ die|dead",
    "kys",
    "kill|hang ~ yourself|yourselves|urself|yourselfs",
    "die in a fire|ditch|hole",
    "should|deserve|deserves ~ to die|suffer",
    "i|we ~ know where ~ live|lives",
    "watch your|ur|their|her|his back",
    "youll|you'll|they'll|theyll|shell|hell|ull ~ regret|pay",
    "wait|waiting ~ till|until ~ i|we ~ see|get|catch",
    "ill|gonna|going ~ find ~ {person}",
    "someone|somebody|ill|i|gonna|going|will|should|we ~ sort ~3 {person} ~2 out",
    "sort ~3 {person} ~2 out properly|good|permanently",
    "burn|torch|bomb ~ the|this|that|your ~ place|surgery|building|practice|lot|down",
    "blow ~ up ~ the|this|that|your ~ place|surgery|building|practice",
    "whats|what|is ~ coming ~ to ~ {person}",
    "get|gets|got ~ what ~ coming",
    "fuck|f|fck|fuk|sod|piss|bugger|naff|eff ~ off",
    "fuck|fck|fuk|fk|screw|fuckin|fucking ~ you|u|ya|yourself|yourselves|them|her|him|yous|off|the",
    "up yours",
    "kiss|lick ~ my ~ arse|ass",
    "go to hell",
    "stick|shove|ram ~4 up ~ your|ur|yer ~ arse|ass|backside",
    "shut ~ your|ur|yer ~ mouth|face|gob|trap|hole",
    "stfu|gtfo",
    "waste of space|oxygen|skin|air",
    "face|mug ~ like ~3 arse|bulldog|smacked|slapped|thunder|horse|pig|dog|bag",
    "personality transplant",
    "belongs|belong ~ in ~ a|the ~ zoo|bin|cage|circus|gutter",
    "brain|brains ~ cell|cells",
    "thick|dumb|ugly|fat ~ as ~ mince|shit|two|a",
    "{person} ~ stinks|stink|smells|smell|reeks|reek|stank",
    "go back to ~ your|ur|their|his|her|where ~ country|own|from|came",
    "learn to speak english",
    "speak ~ proper|fucking|bloody ~ english",
    "typical|bloody|fucking|these|those|filthy|dirty ~ foreigners|foreigner|immigrants|immigrant|muslims|blacks|indians|africans|romanians|poles|asians|gypsies|women|woman",
    "white|trailer ~ trash",
    "towel|rag|sand ~ head|heads|nigger|niggers",
    "porch|jungle ~ monkey|monkeys|bunny|bunnies",
    "piece|pieces ~ of ~ shit|crap|garbage|trash|filth",
    "{person} ~ piece ~ of ~ work",
    "too old to ~ work|be",
    "past ~ her|his|their ~ sell",
];

pub const PHRASES: &[(&str, &[&str])] = &[("threat_or_attack", THREATS)];

/// Words between a copula and an insult that keep it aimed at the subject ("is a total …").
static FILLERS: WordSet = WordSet::new(&[
    "a",
    "an",
    "the",
    "such",
    "total",
    "complete",
    "absolute",
    "utter",
    "right",
    "proper",
    "real",
    "little",
    "big",
    "biggest",
    "fat",
    "old",
    "silly",
    "stupid",
    "nothing",
    "but",
    "just",
    "another",
    "like",
    "bunch",
    "pack",
    "load",
    "lot",
    "of",
    "bloody",
    "fucking",
    "fuckin",
    "effing",
    "so",
    "very",
    "really",
    "most",
    "an",
    "typical",
    "miserable",
    "horrible",
    "nasty",
    "vile",
    "ugly",
    "lazy",
    "arrogant",
    "rude",
    "sad",
    "two-faced",
    "useless",
    "ignorant",
    "awful",
    "obnoxious",
    "patronising",
    "condescending",
    "smug",
    "power",
    "mad",
    "crazy",
    "jumped-up",
    "jumped",
    "up",
    "snotty",
    "snooty",
    "stuck",
    "fucken",
    "dumb",
    "thick",
    "dozy",
    "lying",
    "sour",
    "grumpy",
    "evil",
    "pure",
    "bitter",
    "judgemental",
    "moody",
    "nosy",
    "trumped",
    "self-important",
    "incompetent",
    "clueless",
    "overpaid",
    "not",
    "only",
    "vindictive",
    "spiteful",
    "cold",
    "heartless",
    "cruel",
    "disgusting",
    "poisonous",
    "venomous",
    "snide",
    "sly",
    "too",
    "such",
    "all",
    "complete",
    "bunch",
    "total",
    "fucking",
    "hateful",
    "lying",
    "pathetic",
    "worthless",
    "dirty",
    "filthy",
    "white",
    "trailer",
    "ignorant",
    "brainwashed",
    "sick",
    "twisted",
    "spoiled",
    "entitled",
    "ungrateful",
]);

/// Things said of people that are not people: a copula after them doesn't make an insult personal.
static NOT_PEOPLE: WordSet = WordSet::new(&[
    "it",
    "this",
    "that",
    "system",
    "service",
    "place",
    "surgery",
    "practice",
    "wait",
    "phone",
    "phones",
    "app",
    "website",
    "building",
    "experience",
    "process",
    "booking",
    "line",
    "queue",
    "there",
    "which",
    "what",
]);

/// Verbs a person does: "that cow hung up on me".
static PERSON_VERBS: WordSet = WordSet::new(&[
    "hung", "shouted", "told", "said", "refused", "laughed", "rolled", "smirked", "ignored",
    "sneered", "snapped", "yelled", "barked", "wouldnt", "wont", "didnt", "couldnt", "cant",
    "kept", "gave", "sent", "made", "acted", "spoke", "talked", "treated", "looked", "stared",
    "glared", "tutted", "sighed", "lied", "shrugged", "working", "works", "who", "that", "needs",
    "should", "has", "had", "thinks", "does", "did", "just", "then",
]);

/// Where the insult stands in a place staff work: "the cow on reception".
static STAFF_PLACES: WordSet = WordSet::new(&[
    "reception",
    "desk",
    "front",
    "counter",
    "phone",
    "phones",
    "switchboard",
    "dispensary",
    "pharmacy",
    "surgery",
    "practice",
]);

/// A token is a name: a known first name, a word after a title, or a capitalised word inside a
/// sentence that isn't a common word.
pub fn is_name(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    if !token.is_word || token.norm.len() < 2 || lexicon::is_not_name(&token.norm) {
        return false;
    }
    let after_title =
        i > 0 && TITLES.contains(&tokens[i - 1].norm) && tokens[i - 1].clause == token.clause;
    let inside_sentence = i > 0 && tokens[i - 1].clause == token.clause;
    lexicon::is_first_name(&token.norm)
        || (after_title && token.capitalised)
        || (token.capitalised
            && !token.all_caps
            && inside_sentence
            && lexicon::class_of(&token.norm).is_none()
            && !lexicon::is_person_word(&token.norm))
}

/// A token that stands for a person: a pronoun, a role, a name, a mention.
pub fn is_person(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    lexicon::is_person_word(&token.norm) || token.norm.starts_with('@') || is_name(tokens, i)
}

fn is_copula(tokens: &[Token], i: usize) -> bool {
    COPULAS.contains(&tokens[i].norm)
}

/// The patient speaking of themself: "made me feel like an idiot", "I felt stupid".
fn said_of_self(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let from = i.saturating_sub(6);
    tokens[from..i]
        .iter()
        .filter(|t| t.clause == clause)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "i" | "me"
                    | "myself"
                    | "im"
                    | "ive"
                    | "we"
                    | "us"
                    | "feel"
                    | "felt"
                    | "feeling"
                    | "like"
                    | "treat"
                    | "treated"
                    | "treating"
                    | "treats"
                    | "called"
                    | "calling"
            )
        })
}

/// The subject of "… is/was/are <insult>" when it is a person: returns the subject's index.
fn predicated_person(tokens: &[Token], i: usize) -> Option<usize> {
    let clause = tokens[i].clause;
    // Walk back over fillers to a copula, or to a contraction that holds one.
    let mut k = i;
    while k > 0
        && tokens[k - 1].clause == clause
        && FILLERS.contains(&tokens[k - 1].norm)
        && i - k < 8
    {
        k -= 1;
    }
    if k == 0 || tokens[k - 1].clause != clause {
        return None;
    }
    let copula = k - 1;
    if PERSON_COPULAS.contains(&tokens[copula].norm) {
        return (tokens[copula].norm != "thats").then_some(copula);
    }
    if !is_copula(tokens, copula) {
        return None;
    }
    // The subject: the nearest word before the copula that is a person, with nothing that is
    // plainly not a person in between ("the system is a joke" stays criticism).
    let mut s = copula;
    while s > 0 && tokens[s - 1].clause == clause && copula - s < 8 {
        s -= 1;
        let norm = tokens[s].norm.as_str();
        if NOT_PEOPLE.contains(norm) {
            return None;
        }
        if is_person(tokens, s) && !matches!(norm, "reception" | "team" | "lot" | "one") {
            return Some(s);
        }
        if matches!(norm, "reception" | "lot") && s > 0 {
            continue; // "the woman on reception is", "you lot are"
        }
    }
    None
}

/// "you cow", "you stupid fat pig": the insult is said to someone.
fn addressed(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let mut k = i;
    while k > 0
        && tokens[k - 1].clause == clause
        && FILLERS.contains(&tokens[k - 1].norm)
        && i - k < 4
    {
        k -= 1;
    }
    k > 0
        && tokens[k - 1].clause == clause
        && matches!(
            tokens[k - 1].norm.as_str(),
            "you" | "u" | "ya" | "yous" | "youse" | "ye"
        )
        && (k - 1 == 0
            || tokens[k - 2].clause != clause
            || !matches!(
                tokens[k - 2].norm.as_str(),
                "thank" | "see" | "told" | "made"
            ))
}

/// "the cow on reception", "that idiot hung up on me", "what a clown".
fn used_as_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let next = tokens.get(i + 1).filter(|t| t.clause == clause);
    let after = tokens.get(i + 2).filter(|t| t.clause == clause);
    let before = (i > 0 && tokens[i - 1].clause == clause).then(|| &tokens[i - 1]);
    // "… on reception", "… behind the desk".
    let at_staff_place = next.is_some_and(|n| {
        matches!(
            n.norm.as_str(),
            "on" | "at" | "behind" | "in" | "from" | "answering"
        )
    }) && tokens[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.clause == clause)
        .any(|t| STAFF_PLACES.contains(&t.norm));
    // An insulting adjective before an insult noun is an insult whatever follows: "stupid cow".
    let insulting_adjective = before.is_some_and(|b| {
        matches!(
            lexicon::class_of(&b.norm),
            Some((Class::InsultAdjective, _))
        ) || matches!(
            b.norm.as_str(),
            "silly"
                | "old"
                | "little"
                | "lazy"
                | "miserable"
                | "stuck-up"
                | "jumped-up"
                | "snotty"
                | "nosy"
                | "dozy"
                | "lying"
                | "sour"
        )
    });
    // "that cow hung up on me" / "the snake told me".
    let determiner = (i > 0
        && tokens[i - 1].clause == clause
        && matches!(
            tokens[i - 1].norm.as_str(),
            "that" | "this" | "the" | "those" | "these" | "some"
        ))
        || (i > 1
            && tokens[i - 2].clause == clause
            && matches!(
                tokens[i - 2].norm.as_str(),
                "that" | "this" | "those" | "these"
            ));
    let acts = next.is_some_and(|n| PERSON_VERBS.contains(&n.norm)) && determiner;
    // "what a clown" / "what an absolute joke she is".
    let exclaimed =
        (i > 1 && tokens[i - 2].is("what") && matches!(tokens[i - 1].norm.as_str(), "a" | "an"))
            && window(tokens, i, NEARBY).any(|t| {
                t.clause == clause
                    && (t.norm.starts_with('@')
                        || matches!(t.norm.as_str(), "she" | "he" | "they" | "you"))
            });
    let _ = after;
    at_staff_place || insulting_adjective || acts || exclaimed
}

/// The insult in "the fat receptionist", "that ugly woman": an adjective on a person word.
fn modifies_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    tokens[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.clause == clause)
        .position(|t| {
            lexicon::is_person_word(&t.norm)
                && !matches!(
                    t.norm.as_str(),
                    "you" | "u" | "one" | "lot" | "team" | "reception" | "staff" | "management"
                )
        })
        .is_some_and(|p| {
            tokens[i + 1..i + 1 + p].iter().all(|t| {
                matches!(
                    lexicon::class_of(&t.norm),
                    Some((Class::InsultAdjective, _))
                ) || FILLERS.contains(&t.norm)
            })
        })
}

/// Swearing aimed at a person: "fucking receptionist", "you're shit", "she is a piece of shit".
fn profanity_at_person(tokens: &[Token], i: usize, word: &str) -> bool {
    let strong = matches!(
        word,
        "fuck"
            | "fucking"
            | "fuckin"
            | "fuk"
            | "fuking"
            | "fking"
            | "fcking"
            | "fkn"
            | "effing"
            | "shit"
            | "shitty"
            | "shite"
            | "cocking"
            | "sodding"
    );
    if !strong {
        return false;
    }
    let reported = i >= 2
        && matches!(
            tokens[i - 2].norm.as_str(),
            "told" | "telling" | "tells" | "said" | "says"
        );
    (modifies_a_person(tokens, i) && !reported)
        || (matches!(word, "shit" | "shite")
            && (predicated_person(tokens, i).is_some() || addressed(tokens, i)))
}

fn span_of(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    tokens[range.start].span.start..tokens[range.end - 1].span.end
}

/// How far, in tokens either side, a rule looks for the person a remark is about. Bounded, so
/// a long comment with no full stops still costs time in proportion to its length.
const NEARBY: usize = 12;

/// The tokens within `reach` of `i`.
fn window(tokens: &[Token], i: usize, reach: usize) -> impl Iterator<Item = &Token> {
    tokens[i.saturating_sub(reach)..(i + reach + 1).min(tokens.len())].iter()
}

/// A name or a description of someone's looks near a remark: returns their token indexes.
fn identifying(tokens: &[Token], at: usize) -> Vec<usize> {
    let clause = tokens[at].clause;
    let mut found = Vec::new();
    let from = at.saturating_sub(NEARBY);
    for (i, token) in tokens
        .iter()
        .enumerate()
        .skip(from)
        .take(2 * NEARBY + 1)
        .filter(|(_, t)| t.clause == clause)
    {
        let role_nearby = tokens.iter().skip(i.saturating_sub(4)).take(9).any(|t| {
            t.clause == clause
                && lexicon::is_person_word(&t.norm)
                && !matches!(t.norm.as_str(), "you" | "u" | "they" | "them" | "lot")
        });
        let described = APPEARANCE.contains(&token.norm) && role_nearby;
        if is_name(tokens, i)
            || described
            || (TITLES.contains(&token.norm)
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.clause == clause && n.capitalised))
        {
            found.push(i);
        }
    }
    found
}

/// "Popped out for a fag", "a packet of fags", "fag ends": the cigarette, not the slur.
fn about_cigarettes(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let before = tokens[i.saturating_sub(4)..i]
        .iter()
        .filter(|t| t.clause == clause)
        .any(|t| {
            matches!(
                t.norm.as_str(),
                "smoke"
                    | "smoking"
                    | "smoked"
                    | "smokes"
                    | "smoker"
                    | "smokers"
                    | "light"
                    | "lighting"
                    | "lit"
                    | "having"
                    | "have"
                    | "had"
                    | "for"
                    | "of"
                    | "packet"
                    | "pack"
                    | "box"
                    | "buy"
                    | "bought"
                    | "roll"
                    | "rolled"
                    | "rolling"
                    | "cadge"
                    | "quick"
                    | "outside"
                    | "sneaky"
            )
        });
    let after = tokens.get(i + 1).is_some_and(|t| {
        t.clause == clause
            && matches!(
                t.norm.as_str(),
                "break"
                    | "breaks"
                    | "end"
                    | "ends"
                    | "butt"
                    | "butts"
                    | "packet"
                    | "packets"
                    | "ash"
                    | "smoke"
                    | "outside"
                    | "machine"
                    | "papers"
            )
    });
    before || after
}

/// Abuse and attacks on staff, from the words and from the phrase matches of kind `Abuse`.
pub fn find(tokens: &[Token], phrases: &[Match], findings: &mut Vec<Finding>) {
    let mut hits: Vec<(&'static str, Range<usize>, Option<usize>)> = Vec::new();
    for i in 0..tokens.len() {
        let Some((class, word)) = lexicon::class_of(&tokens[i].norm) else {
            continue;
        };
        let hit = match class {
            // In Britain a fag is also a cigarette: a slur unless it is being smoked or bought.
            _ if matches!(word, "fag" | "fags") => (!about_cigarettes(tokens, i)).then_some("slur"),
            Class::Slur => Some("slur"),
            Class::VulgarInsult => Some("vulgar_insult"),
            Class::StrongInsult => (!said_of_self(tokens, i)
                || addressed(tokens, i)
                || predicated_person(tokens, i).is_some())
            .then_some("insult"),
            Class::PersonInsult => {
                // These words have innocent uses ("the queue was a joke", "a rat in the car park").
                (predicated_person(tokens, i).is_some()
                    || addressed(tokens, i)
                    || used_as_a_person(tokens, i))
                .then_some("insult")
            }
            Class::InsultAdjective => (predicated_person(tokens, i).is_some()
                || addressed(tokens, i)
                || modifies_a_person(tokens, i))
            .then_some("insult_about_person"),
            Class::Profanity => {
                profanity_at_person(tokens, i, word).then_some("profanity_at_person")
            }
        };
        if let Some(rule) = hit {
            hits.push((rule, i..i + 1, predicated_person(tokens, i)));
        }
    }
    for Match {
        rule,
        tokens: range,
        ..
    } in phrases.iter().filter(|m| m.kind == Kind::Abuse).cloned()
    {
        let reported = range.start >= 2
            && matches!(
                tokens[range.start - 2].norm.as_str(),
                "told" | "telling" | "tells" | "said" | "asked"
            );
        if !reported {
            hits.push((rule, range, None));
        }
    }
    let mut named_clauses = Vec::new();
    for (rule, range, _subject) in &hits {
        let clause = tokens[range.start].clause;
        findings.push(Finding {
            kind: Kind::Abuse,
            spans: vec![span_of(tokens, range.clone())],
            rule,
        });
        if named_clauses.last() != Some(&clause) {
            let who = identifying(tokens, range.start);
            if !who.is_empty() {
                named_clauses.push(clause);
                let mut spans = vec![span_of(tokens, range.clone())];
                spans.extend(who.into_iter().map(|w| tokens[w].span.clone()));
                findings.push(Finding {
                    kind: Kind::NamedStaff,
                    spans,
                    rule: "identifiable_person",
                });
            }
        }
    }
}
