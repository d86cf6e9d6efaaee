//! Urgent need: anything that needs help now rather than a reply next week. Phrases, read after
//! normalisation ("can't" is "cant"), within one sentence.

use crate::lexicon::WordSet;
use crate::text::Token;
use crate::{Finding, Kind};

const STROKE: &str = lines![
    "stroke",
    "face ~ drooping|droop*|fallen|dropped",
    "drooping|droopy ~ face|mouth|eye|side",
    "slurred|slurring ~ speech|words|my|his|her",
    "speech ~ slurred",
    "cant|cannot ~ lift|move|feel ~ my|his|her ~2 arm|arms|leg|legs|face|side|hand|hands",
    "numb|numbness|weak|weakness|paralysed ~4 one ~ side",
    "numb|numbness ~ face",
    "sudden ~ confusion|confused|blindness|vision|numbness|weakness",
    "arm|arms|leg|legs|face|side|hand ~3 weak|numb|dropped|drooping|droopy|limp|floppy|dead",
    "cant|cannot|couldnt|unable ~2 speak|talk ~ properly|clearly|right",
];
const RASH: &str = lines![
    "rash ~4 doesnt|dont|wont|didnt|not|isnt ~ fade|fading|disappear|blanch|go",
    "rash ~4 glass",
    "glass ~ test",
    "non-blanching|nonblanching",
    "meningitis",
];
const SEPSIS: &str = lines![
    "sepsis|septic",
    "mottled|blotchy ~ skin",
    "cold ~ hands ~ feet",
    "very ~ high ~ temperature|fever",
    "temperature|temp|fever ~3 of|is|at|was|reached|hit ~ 39|40|41|104|105",
    "weeks|days ~ old ~6 temperature|temp|fever|hot",
    "not ~ passed ~ urine|water|wee",
    "floppy|unresponsive|unconscious|collapsed|collapse|seizure|seizures|convulsion*|fainted",
    "skin ~3 mottled|blotchy|blue|grey|clammy",
    "passed out",
    "wont|cant|cannot ~ wake",
];
const MENTAL: &str = lines![
    "suicid*",
    "kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending ~ myself|meself",
    "end|ending|take|taking ~ my ~ own ~ life",
    "kill|killing|harm|harming ~ herself|himself|themselves|themself",
    "end|ending ~ my|it ~ life|all",
    "end ~ it",
    "want|wanted|wish ~ it ~ all ~ to ~ end|stop",
    "dont|no ~ want|wanna ~ to ~ live|exist|wake",
    "not ~ want ~ to ~ live|exist",
    "dont|no|not ~ want|wanna to be here|alive|around",
    "no ~ point|reason ~ in|to ~ living|live|life|carrying|going",
    "better off dead|without",
    "want|wanted|wish|wishing ~ to ~ die",
    "want|wanted|wish|wishing to be dead|gone",
    "wish ~ i ~ was|were|wasnt|had ~ dead|never",
    "self harm*|injur*",
    "self-harm*|selfharm*",
    "overdose|overdosed",
    "cut|cutting|slit|slashed|slashing ~2 my|his|her|their ~ wrist|wrists",
    "cutting ~2 my|his|her ~ arms|legs|thighs",
    "toddler|child|baby|son|daughter|kid|kids|grandson|granddaughter ~3 swallowed|ate|eaten|drank|drunk|taken|took ~4 tablets|pills|medicine|medication|bleach|battery|batteries|button|magnet|magnets|poison|chemicals",
    "took|taken|swallowed ~4 too ~ many",
    "took|taken|swallowed ~4 whole|all ~ my ~ tablets|pills|packet|bottle",
    "voices ~4 telling|tell|told|say|saying",
    "hearing|hear ~ voices",
    "thoughts|thinking|urge|urges ~3 hurting|harming|killing|hurt|harm|kill|smother|smothering|shaking ~2 my|the|a|someone|somebody|people|baby|child|kids|myself",
    "cant|cannot ~ go|carry ~ on",
    "nothing ~ to ~ live ~ for",
];
const SAFEGUARDING: &str = lines![
    "domestic ~ abuse|violence|abused",
    "{person} ~ hits|hit|beats|beat|hurts|hurt|kicks|kicked|strangled|chokes|choked|threatens|threatened ~ me|my|the|our",
    "my ~ partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad|father|ex ~ hits|hit|beats|beat|hurts|hurt|abuses|abused|kicks|kicked|threatens|threatened|controls|strangled|choked",
    "scared|afraid|frightened|terrified ~ to ~ go ~ home",
    "scared|afraid|frightened|terrified ~ of ~ my ~ partner|husband|wife|boyfriend|girlfriend|dad|stepdad|father",
    "being ~ abused|hurt|hit|beaten|touched",
    "child|children|kid|kids|baby|son|daughter ~4 at risk",
    "child|children|kid|kids|baby|son|daughter|toddler|grandson|granddaughter ~4 unsafe|neglected|bruises|bruised|bruising",
    "safeguarding",
    "dont|not|never ~ feel ~ safe",
    "threatening|threatens|threatened ~ me|us|my ~2 home|life|kids|children|safe",
    "abusing|abuses ~ me|my|the ~ child|children|kids|baby|son|daughter",
    "keeps|kept|been|keep ~3 hitting|beating|hurting|punching|kicking|strangling|choking|threatening ~ me|us",
    "partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|father|stepmum ~6 hitting|hits|beating|beats|hurting|punching|punches|strangling|choking|threatening ~ me|us",
];

/// Medicines a patient might take too many of.
static PILLS: WordSet = WordSet::new(words![
    "paracetamol",
    "tablets",
    "pills",
    "ibuprofen",
    "codeine",
    "co-codamol",
    "cocodamol",
    "aspirin",
    "sertraline",
    "diazepam",
    "tramadol",
    "antidepressants",
    "painkillers",
    "sleeping",
    "insulin",
    "morphine",
    "citalopram",
    "fluoxetine",
    "amitriptyline",
]);

/// A number in figures or words ("30", "twenty").
fn count_of(word: &str) -> Option<u32> {
    word.parse().ok().or(match word {
        "ten" => Some(10),
        "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen"
        | "eighteen" | "nineteen" => Some(11),
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "hundred" | "dozen" | "dozens" => {
            Some(20)
        }
        _ => None,
    })
}

/// "I've just taken 30 paracetamol": a count of pills far past a dose. Phrase patterns can't
/// read numbers, so this one is read here.
pub fn find_overdose(tokens: &[Token], findings: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        if !matches!(
            tokens[i].norm.as_str(),
            "took" | "taken" | "take" | "swallowed" | "had" | "downed"
        ) {
            continue;
        }
        let clause = tokens[i].clause;
        let ahead = || {
            tokens[i + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.clause == clause)
        };
        let many = ahead().position(|t| count_of(&t.norm).is_some_and(|n| n >= 10));
        let Some(at) = many else { continue };
        let pills = ahead()
            .skip(at + 1)
            .take(3)
            .position(|t| PILLS.contains(&t.norm));
        if let Some(p) = pills {
            let end = i + 1 + at + 1 + p;
            // "12 paracetamol over the week" is a course, not an overdose.
            let spread_out = tokens[end + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.clause == clause)
                .any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "day" | "days" | "week" | "weeks" | "month" | "months"
                    )
                });
            if spread_out {
                continue;
            }
            let span = tokens[i].span.start..tokens[end].span.end;
            findings.push(Finding {
                kind: Kind::Urgent,
                spans: vec![span],
                rule: "self_harm_or_suicide",
            });
        }
    }
}

/// Every urgent group, by rule name.
pub const PHRASES: &[(&str, &str)] = &[
    ("stroke", STROKE),
    ("rash", RASH),
    ("sepsis", SEPSIS),
    ("self_harm_or_suicide", MENTAL),
    ("safeguarding", SAFEGUARDING),
];

#[cfg(test)]
mod tests {
    use crate::{Kind, analyse};

    /// (what the case shows, comment, whether urgent need is found)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "an overdose by count",
            "I've just taken 30 paracetamol.",
            true,
        ),
        (
            "a course of tablets",
            "I took 12 paracetamol over the week for my back.",
            false,
        ),
        ("a dose", "I've taken paracetamol for 10 days", false),
        (
            "want to be, innocently",
            "They got me back to where I wanted to be.",
            false,
        ),
        (
            "not wanting to be here",
            "I don't want to be here anymore",
            true,
        ),
        (
            "a coil fitting",
            "I was nervous about my coil fitting",
            false,
        ),
        (
            "a child with bruises",
            "My child is covered in bruises and says her dad did it.",
            true,
        ),
        (
            "bleeding heavily",
            "I've been bleeding heavily for 3 days",
            true,
        ),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong = crate::wrongly_judged(CASES, |t| analyse(t).has(Kind::Urgent));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
