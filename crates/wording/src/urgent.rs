//! Urgent need: anything that needs help now rather than a reply next week. Phrases, read after
//! normalisation ("can't" is "cant"), within one sentence.

const CHEST: &[&str] = &[
    "chest pain*|tight*|pressure|crush*|hurts|hurting|ache|aching|heaviness|discomfort",
    "tight|tightness|crushing|heavy|sore ~ chest",
    "pain*|tight*|pressure|crushing|ache|aching|heaviness ~ in ~ my|the|his|her ~ chest",
    "my|his|her ~ chest ~ hurts|hurting|feels|tight|aches|pain*",
    "heart attack|attacks",
    "heart ~ racing|pounding|palpitations",
    "pain* ~4 arm|jaw|neck ~ chest",
    "pain* ~4 into|down|in ~ my|his|her ~ left|jaw|arm",
];
const BREATHING: &[&str] = &[
    "cant|cannot|couldnt|unable|struggling|struggle|struggled|hardly|barely ~2 breathe|breath|breathing",
    "difficulty|trouble|problems|problem ~2 breathing|breathe|breath",
    "hard|difficult ~ to ~ breathe",
    "catch ~ my|his|her ~ breath",
    "short|shortness ~ of ~ breath",
    "breathless|breathlessness",
    "gasping|wheezing ~ for ~ air|breath",
    "lips ~ blue|grey",
    "turning|gone|going|went|turned ~ blue",
    "choking|choked",
    "not|stopped ~ breathing",
];
const STROKE: &[&str] = &[
    "stroke",
    "face ~ drooping|droop*|fallen|dropped",
    "drooping|droopy ~ face|mouth|eye|side",
    "slurred|slurring ~ speech|words|my|his|her",
    "speech ~ slurred",
    "cant|cannot ~ lift|move|feel ~ my|his|her ~ arm|arms|leg|legs|face",
    "numb|numbness|weak|weakness|paralysed ~4 one ~ side",
    "numb|numbness ~ face",
    "sudden ~ confusion|confused|blindness|vision|numbness|weakness",
    "arm|arms|leg|legs|face|side|hand ~3 weak|numb|dropped|drooping|droopy|limp|floppy|dead",
    "cant|cannot|couldnt|unable ~2 speak|talk ~ properly|clearly|right",
];
const ALLERGY: &[&str] = &[
    "anaphyla*",
    "throat ~ swelling|swollen|closing|tight",
    "tongue|lips|face ~ swelling|swollen|swelled",
    "swollen|swelling ~ tongue|lips|throat|face",
    "epipen|epi-pen",
    "allergic reaction",
];
const BLEEDING: &[&str] = &[
    "heavy|heavily|severe|lots ~ bleed*|blood",
    "bleed*|blood ~4 wont|cant|doesnt|not|never ~ stop*",
    "coughing|vomiting|throwing|being ~ up|sick ~ blood",
    "coughing|vomiting|throwing ~ blood",
    "blood ~ in ~ my|his|her ~ vomit|sick|poo|stool|wee|urine",
    "haemorrhag*|hemorrhag*",
];
const HEADACHE: &[&str] = &[
    "worst ~ headache",
    "sudden ~ severe|bad|terrible|awful ~ headache",
    "thunderclap",
    "headache ~ like ~ never",
    "stiff neck",
];
const RASH: &[&str] = &[
    "rash ~4 doesnt|dont|wont|didnt|not|isnt ~ fade|fading|disappear|blanch|go",
    "rash ~4 glass",
    "glass ~ test",
    "non-blanching|nonblanching",
    "meningitis",
];
const SEPSIS: &[&str] = &[
    "sepsis|septic",
    "mottled|blotchy ~ skin",
    "cold ~ hands ~ feet",
    "very ~ high ~ temperature|fever",
    "temperature|temp|fever ~3 of|is|at|was|reached|hit ~ 39|40|41|104|105",
    "weeks|days ~ old ~6 temperature|temp|fever|hot",
    "not ~ passed ~ urine|water|wee",
    "floppy|unresponsive|unconscious|collapsed|collapse|fitting|seizure|seizures|convulsion*|fainted",
    "passed out",
    "wont|cant|cannot ~ wake",
];
const PREGNANCY: &[&str] = &[
    "baby ~ not|hasnt|isnt|stopped|less|fewer|reduced ~ moving|moved|movements|kicking|kicked",
    "reduced|fewer|less|no ~ movements|movement|kicks|kicking",
    "pregnant ~4 bleeding|bleed|pain",
    "bleeding|bleed ~4 pregnant",
];
const MENTAL: &[&str] = &[
    "suicid*",
    "kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending ~ myself|meself",
    "end|ending|take|taking ~ my ~ own ~ life",
    "end|ending ~ my|it ~ life|all",
    "end ~ it",
    "want|wanted|wish ~ it ~ all ~ to ~ end|stop",
    "dont|no ~ want|wanna ~ to ~ live|exist|wake|be",
    "not ~ want ~ to ~ live|exist|be",
    "no ~ point|reason ~ in|to ~ living|live|life|carrying|going",
    "better off dead|without",
    "want|wanted|wish|wishing ~ to ~ die|be",
    "wish ~ i ~ was|were|wasnt|had ~ dead|never",
    "self harm*|injur*",
    "self-harm*|selfharm*",
    "overdose|overdosed",
    "took|taken|swallowed ~4 too ~ many",
    "took|taken|swallowed ~4 whole|all ~ my ~ tablets|pills|packet|bottle",
    "voices ~4 telling|tell|told|say|saying",
    "hearing|hear ~ voices",
    "cant|cannot ~ go|carry ~ on",
    "nothing ~ to ~ live ~ for",
];
const SAFEGUARDING: &[&str] = &[
    "domestic ~ abuse|violence|abused",
    "{person} ~ hits|hit|beats|beat|hurts|hurt|kicks|kicked|strangled|chokes|choked|threatens|threatened ~ me|my|the|our",
    "my ~ partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad|father|ex ~ hits|hit|beats|beat|hurts|hurt|abuses|abused|kicks|kicked|threatens|threatened|controls|strangled|choked",
    "scared|afraid|frightened|terrified ~ to ~ go ~ home",
    "scared|afraid|frightened|terrified ~ of ~ my ~ partner|husband|wife|boyfriend|girlfriend|dad|stepdad|father",
    "being ~ abused|hurt|hit|beaten|touched",
    "child|children|kid|kids|baby|son|daughter ~4 at risk|being|not|unsafe|neglected|bruises|bruised",
    "safeguarding",
    "dont|not|never ~ feel ~ safe",
    "im|i|we|were|am|are ~2 not|never ~ safe",
    "threatening|threatens|threatened ~ me|us|my ~2 home|life|kids|children|safe",
    "someone|somebody|he|she|they ~3 threatening|threatens|threatened|hurting|hurts|hitting|hits ~ me|us",
    "abusing|abuses ~ me|my|the ~ child|children|kids|baby|son|daughter",
    "keeps|kept|been|keep ~3 hitting|beating|hurting|punching|kicking|strangling|choking|threatening ~ me|us",
    "partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|father|stepmum ~6 hitting|hits|beating|beats|hurting|punching|punches|strangling|choking|threatening ~ me|us",
];

/// Every urgent group, by rule name.
pub const PHRASES: &[(&str, &[&str])] = &[
    ("chest_pain", CHEST),
    ("breathing", BREATHING),
    ("stroke", STROKE),
    ("anaphylaxis", ALLERGY),
    ("bleeding", BLEEDING),
    ("headache", HEADACHE),
    ("rash", RASH),
    ("sepsis", SEPSIS),
    ("pregnancy", PREGNANCY),
    ("self_harm_or_suicide", MENTAL),
    ("safeguarding", SAFEGUARDING),
];
