//! A formal complaint: the patient says they want to make one, so the kiosk shows the route.

use crate::text::Token;

const COMPLAINT: &str = lines![
    "file|filing|lodge|lodging|log|logging|made|make|making|put|putting|raise|raising|register|registering|send|sending|submit|submitting|write|writing ~ a|an|in|my ~ formal|official|written ~ complaint",
    "address|escalate|escalating|file|filing|lodge|lodging|log|make|making|put|putting|raise|raising|register|send|sending|submit|submitting ~ a|my ~ complaint",
    "formal|official ~ complaint|complaints|grievance",
    "go|goes|passed|sent ~ to ~2 manager|managers|partners ~ as ~ a ~ complaint",
    "complaint|complaints ~ department|form|forms|leaflet|manager|policy|procedure|process",
    "going|intend|like|need|plan|planning|shall|want|will|wish ~ to ~ complain",
    "i|we ~ am|are|be|shall|will ~ complaining",
    "this ~ is ~ a ~ complaint",
    "this is my ~2 complaint",
    "like|need|want ~ it|this ~ escalated|investigated",
    "going|want|will ~2 escalate ~ it|my|this",
    "address|details|email|number ~ for ~ complaints|ombudsman|pals",
    "person|someone|team|whoever ~3 dealing|deals|handles|handling ~2 complaints",
    "see|speak|talk ~6 about ~ a|my ~ complaint",
    "contact|contacting|email|emailing|phone|phoning|ring|ringing ~ cqc|ombudsman|pals",
    "how|where|who ~ can|do|should ~ i|we ~ complain",
    "^ can|could|may ~ i|we ~ complain",
    "consider|take|treat this ?as a|an|my complaint",
    "report ~4 to ~ ccg|cqc|gmc|icb|nhs|nmc|ombudsman|pals",
    "complain|complaining|contact|contacting|write|writing ~ to ~ my|the ~ cqc|mp|ombudsman|pals",
    "take|taking|took ~3 further",
    "legal ~ action",
    "ombudsman",
    "complain|complaining|escalate|escalated|escalating|go|goes|going|report|reporting|take|taking|went ~3 to ~ ccg|cqc|gmc|icb|nmc|ombudsman|pals",
    "complain|complaining ~2 formally|officially|properly",
    "log|logging|make|raise|raising|register ~ a|my ~ concern|concerns ~3 formally|officially",
    "formal|official ~ concern|concerns",
    "going|intend|like|want|will|wish ~ to ~ report ~ that|the|this|your ~ doctor|gp|locum|manager|nurse|receptionist|staff",
    "write|writing ~2 to ~3 complain|complaint",
    "contact|contacted|contacting|email|emailed|emailing|tell|telling|write|writing|wrote ~ local|my|our|the ~ councillor|mp|ombudsman|solicitor",
    "my ~ lawyer|solicitor",
    "escalate|escalated|log|logged|record|recorded|register|registered|take|taken|treat|treated ~6 as ~ a|an ~ ?formal|official complaint",
];

/// "I don't want to complain, but …", "I don't want to make a complaint": a complaint declined,
/// just before the phrase.
pub fn declined(tokens: &[Token], start: usize) -> bool {
    tokens[start.saturating_sub(3)..start].iter().any(|t| {
        t.clause == tokens[start].clause
            && norm_in!(
                t, "dont", "not", "never", "wouldnt", "didnt", "no", "doesnt"
            )
    })
}

pub const PHRASES: &[(&str, &str)] = &[("formal_complaint", COMPLAINT)];

#[cfg(test)]
mod tests {
    use crate::{Kind, analyse};

    /// (what the case shows, comment, whether a formal complaint is found)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "a complaint declined three words before",
            "I don't want to make a complaint, I just want you to know the toilet is broken",
            false,
        ),
        (
            "a complaint made, a doubt after",
            "I want to make a complaint, I don't think this is right",
            true,
        ),
        (
            "who to complain to",
            "Who do I complain to about the practice manager?",
            true,
        ),
        (
            "consider this my complaint",
            "Consider this my complaint, I want a written response",
            true,
        ),
        (
            "escalating a complaint",
            "How do I escalate a complaint, nobody replied to my first one",
            true,
        ),
        (
            "reporting a receptionist",
            "i want to report the receptionist for how she spoke to me",
            true,
        ),
        (
            "a concern raised formally",
            "I'd like to raise a concern formally about my prescription error",
            true,
        ),
        (
            "my third complaint",
            "This is my third complaint and I want it escalated",
            true,
        ),
        (
            "escalated as a complaint",
            "I want this escalated to the practice manager as a complaint",
            true,
        ),
        ("asked for", "Please treat this as a formal complaint", true),
        ("wished", "I wish to complain", true),
        (
            "declined",
            "I don't want to complain but the wait was long",
            false,
        ),
        ("none", "No complaints at all, great service", false),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong = crate::wrongly_judged(CASES, |t| analyse(t).has(Kind::Complaint));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
