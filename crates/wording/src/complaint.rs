//! A formal complaint: the patient says they want to make one, so the kiosk shows the route.

use crate::text::Token;

const COMPLAINT: &str = lines![
    "make|making|made|file|filing|lodge|lodging|raise|raising|put|putting|submit|submitting|register|registering|log|logging|write|writing|send|sending ~ a|an|my|in ~ formal|official|written ~ complaint",
    "make|making|file|filing|lodge|lodging|raise|raising|put|putting|submit|submitting|register|log|send|sending|address|escalate|escalating ~ a|my ~ complaint",
    "formal|official ~ complaint|complaints|grievance",
    "go|goes|sent|passed ~ to ~2 manager|managers|partners ~ as ~ a ~ complaint",
    "complaints|complaint ~ procedure|process|policy|department|manager|form|forms|leaflet",
    "want|wish|like|going|intend|plan|planning|will|shall|need ~ to ~ complain",
    "i|we ~ am|are|will|shall|be ~ complaining",
    "this ~ is ~ a ~ complaint",
    "this is my ~2 complaint",
    "want|like|need ~ it|this ~ escalated|investigated",
    "want|going|will ~2 escalate ~ this|it|my",
    "details|number|email|address ~ for ~ pals|ombudsman|complaints",
    "whoever|someone|person|team ~3 handles|deals|dealing|handling ~2 complaints",
    "speak|talk|see ~6 about ~ a|my ~ complaint",
    "contact|contacting|email|emailing|ring|ringing|phone|phoning ~ pals|cqc|ombudsman",
    "how|who|where ~ do|can|should ~ i|we ~ complain",
    "^ can|could|may ~ i|we ~ complain",
    "consider|treat|take this ?as my|a|an complaint",
    "report ~4 to ~ cqc|gmc|nmc|ombudsman|pals|icb|ccg|nhs",
    "contact|contacting|writing|write|complain|complaining ~ to ~ my|the ~ mp|ombudsman|cqc|pals",
    "take|taking|took ~3 further",
    "legal ~ action",
    "ombudsman",
    "going|go|goes|went|escalate|escalating|escalated|take|taking|report|reporting|complain|complaining ~3 to ~ pals|cqc|gmc|nmc|ombudsman|icb|ccg",
    "complain|complaining ~2 formally|officially|properly",
    "raise|raising|make|log|logging|register ~ a|my ~ concern|concerns ~3 formally|officially",
    "formal|official ~ concern|concerns",
    "want|wish|like|going|intend|will ~ to ~ report ~ the|your|this|that ~ receptionist|doctor|nurse|gp|manager|locum|staff",
    "write|writing ~2 to ~3 complain",
    "contact|contacting|contacted|email|emailing|emailed|write|writing|wrote|tell|telling ~ my|the|our|local ~ mp|councillor|ombudsman|solicitor",
    "my ~ solicitor|lawyer",
    "treat|treated|escalate|escalated|log|logged|record|recorded|take|taken|register|registered ~6 as ~ a|an ~ ?formal|official complaint",
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
