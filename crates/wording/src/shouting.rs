//! Shouting: most of the letters are capitals. Acronyms (NHS, GP, A&E) don't count.

use crate::lexicon::WordSet;
use crate::text::{Token, is_letter};
use crate::{Finding, Kind};

static ACRONYMS: WordSet = WordSet::new(words![
    "nhs", "gp", "gps", "ae", "ecg", "mri", "ct", "ent", "pals", "cqc", "uk", "ok", "am", "pm",
    "i", "im", "bp", "hrt", "ibs", "copd", "adhd", "ptsd", "ocd", "std", "uti", "nhs111", "dna",
    "tv", "pc", "asap", "gmc", "mp", "ppe", "covid", "id", "dob",
]);

/// At least this many letters in capitalised words before it counts as shouting.
const MIN_CAPITAL_LETTERS: usize = 12;

pub fn find(text: &str, tokens: &[Token], findings: &mut Vec<Finding>) {
    // Most comments have too few words in capitals to be shouting: a word's letters are no more
    // than its bytes.
    let most_capitals: usize = tokens
        .iter()
        .filter(|t| t.all_caps)
        .map(|t| t.span.len())
        .sum();
    if most_capitals < MIN_CAPITAL_LETTERS {
        return;
    }
    // Each word with its count of letters, counted once.
    let words: Vec<(&Token, usize)> = tokens
        .iter()
        .filter(|t| t.is_word && !ACRONYMS.contains(t.norm))
        .map(|t| {
            (
                t,
                text[t.span.clone()]
                    .chars()
                    .filter(|&c| is_letter(c))
                    .count(),
            )
        })
        .collect();
    let total: usize = words.iter().map(|(_, n)| n).sum();
    let shouted: Vec<&(&Token, usize)> = words
        .iter()
        .filter(|(t, n)| t.all_caps && *n >= 2)
        .collect();
    let shouted_letters: usize = shouted.iter().map(|(_, n)| n).sum();
    // Mostly capitals overall, or a run of four or more shouted words.
    let mostly =
        total > 0 && shouted_letters >= MIN_CAPITAL_LETTERS && shouted_letters * 10 >= total * 6;
    let mut run = 0;
    let mut longest = 0;
    for (token, letters) in &words {
        // A single letter ("A", "I") neither continues nor breaks a run of capitals.
        if *letters < 2 {
            continue;
        }
        run = if token.all_caps { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    if mostly || (longest >= 4 && shouted_letters >= MIN_CAPITAL_LETTERS) {
        let spans = shouted.iter().map(|(t, _)| t.span.clone()).collect();
        findings.push(Finding {
            kind: Kind::Shouting,
            spans,
            rule: "capitals",
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::{Kind, analyse};

    #[test]
    fn capitals_are_shouting_but_acronyms_and_a_few_words_are_not() {
        assert!(
            analyse("THE RECEPTIONIST IS A STUPID COW. I want to complain.").has(Kind::Shouting)
        );
        assert!(analyse("WHY CAN NOBODY ANSWER THE PHONE").has(Kind::Shouting));
        assert!(!analyse("The NHS app and the GP were fine, A&E was slow.").has(Kind::Shouting));
        assert!(!analyse("It was VERY slow today.").has(Kind::Shouting));
    }
}
