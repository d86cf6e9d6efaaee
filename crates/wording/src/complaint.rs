//! A formal complaint: the patient says they want to make one, so the kiosk shows the route.

const COMPLAINT: &str = lines![
    "make|making|made|file|filing|lodge|lodging|raise|raising|put|putting|submit|submitting|register|registering|log|logging|write|writing|send|sending ~ a|an|my|in ~ formal|official|written ~ complaint",
    "make|making|file|filing|lodge|lodging|raise|raising|put|putting|submit|submitting|register|log ~ a|my ~ complaint",
    "formal|official ~ complaint|complaints",
    "complaints|complaint ~ procedure|process|policy|department|manager|form|forms|leaflet",
    "want|wish|like|going|intend|plan|planning|will|shall|need ~ to ~ complain",
    "i|we ~ am|are|will|shall|be ~ complaining",
    "this ~ is ~ a ~ complaint",
    "how ~ do|can ~ i ~ complain",
    "report ~4 to ~ the ~ cqc|gmc|nmc|ombudsman|pals|icb|ccg",
    "report ~4 to ~ cqc|gmc|nmc|ombudsman|pals|icb|ccg|nhs",
    "contact|contacting|writing|write|complain|complaining ~ to ~ my|the ~ mp|ombudsman|cqc|pals",
    "take|taking|took ~3 further",
    "legal ~ action",
    "going|go|goes|went|escalate|escalating|take|taking ~3 to ~ the ~ ombudsman|cqc|gmc|pals",
    "ombudsman",
    "going|go|goes|went|escalate|escalating|escalated|take|taking|report|reporting|complain|complaining ~3 to ~ pals|cqc|gmc|nmc|ombudsman|icb|ccg",
    "complain|complaining ~2 formally|officially|properly",
    "write|writing ~2 to ~3 complain",
    "contact|contacting|contacted|email|emailing|emailed|write|writing|wrote|tell|telling ~ my|the|our|local ~ mp|councillor|ombudsman|solicitor",
    "my ~ solicitor|lawyer",
];

pub const PHRASES: &[(&str, &str)] = &[("formal_complaint", COMPLAINT)];
