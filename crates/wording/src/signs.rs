//! Urgent need read from signs that come together, in any order and any wording: "a tightness
//! across my chest", "my chest has a pressure on it" and "pressure on my chest" are one sign.
//! The phrase patterns in `urgent.rs` catch fixed wordings; this catches the rest.
//!
//! A sign is a few groups of words; it is found when a word of every group stands within a few
//! words of the others, in one sentence, and none of its `unless` words is there ("blood test
//! results" is not bleeding). Each token is looked up once: its groups are bits in a mask.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::text::{Token, in_clause, insert_ordered};
use crate::{Finding, Kind};

/// How far apart, in words, the parts of one sign may stand.
const REACH: usize = 8;

/// A sign's groups kept as one string, `"a|b;c|d"` (see `joined!`).
macro_rules! groups {
    ($($group:literal),+ $(,)?) => { joined!(";"; $($group),+) };
}

/// One sign as a line of `SIGNS`: `sign!("rule", groups!["a|b", "c"], "unless|words")`.
macro_rules! sign {
    ($rule:literal, $groups:expr, $unless:expr $(,)?) => {
        concat!($rule, "\t", $groups, "\t", $unless, "\n")
    };
}

struct Sign {
    rule: &'static str,
    /// The groups, `a|b|pref*;c|d` (see `groups!`): a word of each must be found.
    groups: &'static str,
    /// Words that mean something else is being talked about.
    unless: &'static str,
}

/// The signs, read once from `SIGNS`.
fn sign_list() -> &'static [Sign] {
    static SIGN_LIST: OnceLock<Vec<Sign>> = OnceLock::new();
    SIGN_LIST.get_or_init(|| {
        SIGNS
            .split_terminator('\n')
            .map(|line| {
                let mut parts = line.split('\t');
                let mut part = || parts.next().unwrap_or_default();
                Sign {
                    rule: part(),
                    groups: part(),
                    unless: part(),
                }
            })
            .collect()
    })
}

/// Words that make a sign about tests, forms and results rather than the body now.
macro_rules! paperwork {
    () => {
        "test|tests|results|result|pressure|sugar|sugars|sample|samples|form|forms|count|donor|donation|work|x-ray|xray|scan|appointment|appointments|letter|referral|phone|phones|clinic|clinics"
    };
}

/// Words that make "fit" or "fits" something other than a seizure: clothes that fit, a coil
/// fitted, a fit of giggles.
macro_rules! fit_of_another_kind {
    () => {
        "coil|hearing|aid|aids|fitted|clothes|shoes|glasses|appointment|kitchen|bathroom|practise|purpose|healthy|enough|drive|note|gym|everyone|everybody|squeeze|notice|thank|thanks|squeezing|squeezed|slot|slots|choking|coughing|giggles|giggling|laughing|sneezing"
    };
}

/// Every sign, a line each: its rule, its groups and its `unless` words, apart by tabs (see
/// `sign!`). One string, not a table of them: in the kiosk's wasm each string in a table costs
/// a pointer and a length that compress poorly.
const SIGNS: &str = concat!(
    // Chest pain and heart attack.
    sign!(
        "chest_pain",
        groups![
            "chest|breastbone|sternum",
            "pain*|tight*|pressure|crush*|heavy|heaviness|hurt*|ache|aching|squeez*|burning|discomfort|agony|band|elephant*|vice|squash*|sitting|sat|clutch*|holding|grabbing|gripping|killing|weight|fire",
        ],
        "infection|x-ray|xray|scan|results|year|years|months|muscular|musculoskeletal|costochondritis|clinic|letter|rehab|heartburn|reflux",
    ),
    sign!(
        "chest_pain",
        groups![
            "pain*|ache|aches|aching|tingl*|numb*|pins|spreading|spreads|radiating|indigestion",
            "jaw|arm",
            "chest|sweat*|clammy|grey|sick",
        ],
        "",
    ),
    sign!(
        "chest_pain",
        groups![
            "heart|hart|hearts|ticker",
            "attack|attacks|squeez*|pain*|hurt*|stopped|tight*|crush*|racing|pounding|thumping|fast|fluttering",
        ],
        "results|scan|test|tests|failure|clinic|review|gave|give|giving|appointment|because|nervous|nerves|anxious|anxiety|stress|stressed|gold",
    ),
    // Pain down the arm and in the jaw together (not the dentist's).
    sign!(
        "chest_pain",
        groups!["jaw", "arm", "pain*|ache|aching|shooting|tingl*|numb*"],
        "dentist|tooth|teeth|wisdom|broken|fracture|months|years",
    ),
    // "I feel like my heart is going to stop"
    sign!(
        "chest_pain",
        groups!["heart", "stop|stopping", "feel|feels|feeling"],
        "frustration|anger|sank|love",
    ),
    sign!(
        "chest_pain",
        groups![
            "grey|gray|pale|ashen",
            "sweaty|sweating|clammy|cold|collaps*|faint*",
        ],
        "",
    ),
    // Stroke: face, arm, speech ("one side of face is down").
    sign!(
        "stroke",
        groups![
            "side",
            "face|mouth",
            "down|droop*|dropped|fallen|slipped|hanging|sagging|slack"
        ],
        "",
    ),
    sign!(
        "stroke",
        groups![
            "face|mouth|smile|eye|eyelid",
            "droop*|dropped|fallen|lopsided|sagging|slipped|wonky",
        ],
        "",
    ),
    sign!(
        "stroke",
        groups![
            "speech|words|talking|voice",
            "slur*|jumbled|garbled|muddled|nonsense|gobbledygook|gibberish|gone|strange|funny|weird|thick",
        ],
        // (Not "the receptionist was talking nonsense".)
        "phone|message|recorded|automated|receptionist|receptionists|manager",
    ),
    sign!(
        "stroke",
        groups![
            "arm|arms|leg|legs|hand|side|face",
            "weak|weakness|numb|numbness|paralys*|dead|floppy|limp|droop*",
        ],
        // Legs gone to sleep on a hard chair.
        "sitting|sit|sat|chair|chairs|seat|seats|seating|cramp|pins|asleep",
    ),
    sign!(
        "stroke",
        groups![
            "sudden|suddenly",
            "confused|confusion|blind|vision|numb|numbness|weakness|dizzy",
        ],
        "",
    ),
    // Breathing.
    sign!(
        "breathing",
        groups![
            "breath|breathe|breathes|breathing|breathless*|puff",
            "cant|cannot|couldnt|struggl*|fighting|hard|hardly|barely|difficult*|trouble|gasp*|fast|rapid|short|shortness|catch|get|noisy|noise|stopped|stop|labour*|heaving|strange|funny|weird|odd|shallow|irregular|rattl*|properly|normally|right|grunt*|not|isnt|aint",
        ],
        "people|patients|anyone|those|stairs|steps|ramp|walking|walk|exercise|months|years|weeks|exercises|technique|advice|stuffy|window|windows|heating|ventilation|crowded|packed|word|words",
    ),
    sign!(
        "breathing",
        groups!["ribs|tummy|neck", "sucking|suck|drawing|pulling"],
        "",
    ),
    sign!(
        "breathing",
        groups![
            "asthma|inhaler|inhalers|pump|nebuliser",
            "bad|attack|struggl*|cant|worse|severe|useless|isnt|not|nt|doesnt",
        ],
        "damp|mould|mold|hate|hates|review|reviews|prescription|prescriptions|nurse|clinic|appointment|appointments|repeat|order|ordered|weeks|months|winter|summer|autumn|spring|season|changed|spotted|sorted",
    ),
    sign!(
        "breathing",
        groups!["lips|face|skin|fingers|tongue", "blue|bluish|grey|purple"],
        "",
    ),
    sign!(
        "breathing",
        groups![
            "wheez*",
            "hives|swell*|swollen|peanut|nut|nuts|sting|stung|struggl*|cant|blue|badly|bad|bee|wasp|tongue",
        ],
        "",
    ),
    sign!(
        "breathing",
        groups!["choking|choked"],
        "hazard|hazards|tears|back|words|fit|embarrassing|embarrassed",
    ),
    // Breathless, but not on a hill or the stairs.
    sign!(
        "breathing",
        groups!["breathless|breathlessness"],
        "hill|hills|stairs|upstairs|steps|floor|climb|climbing|walking|walk|bus|exercise|gym|months|years|slowly|gradually|review",
    ),
    // A swollen leg and now breathless: a clot that may have moved to the lungs.
    sign!(
        "breathing",
        groups![
            "swollen|swelling",
            "leg|legs|calf",
            "breath|breathless*|breathe|breathing"
        ],
        "hill|hills|stairs|upstairs|steps|climb|climbing|walking|walk|exercise|gym|months|years|weeks|heat|weather|summer",
    ),
    // Gone grey: the colour of someone collapsing (not the hair, nor the paintwork).
    sign!(
        "breathing",
        groups![
            "grey|gray|ashen",
            "shes|hes|gone|went|turned|turning|looks|looking|looked"
        ],
        "hair|hairs|sky|weather|wall|walls|paint|carpet|carpets|chairs|building|uniform|uniforms|coat|car|waiting|wait|area",
    ),
    // Seeing things, kept up: "hallucinating since yesterday, not slept for days".
    sign!(
        "self_harm_or_suicide",
        groups![
            "hallucinat*",
            "since|days|nights|slept|sleep|today|now|keep|keeps"
        ],
        "",
    ),
    // Marks on the arms, hidden.
    sign!(
        "self_harm_or_suicide",
        groups![
            "scratches|cuts|marks|scars",
            "arms|arm|wrists|legs|thighs",
            "hiding|hides|hid|covering|covers|sleeves"
        ],
        "chair|chairs|sofa",
    ),
    // Passing out, but not nearly, from the heat.
    sign!(
        "sepsis",
        groups!["passed|passing", "out"],
        "nearly|almost|heat|hot|boredom|bored|laughing|leaflet|leaflets|forms|letters|sheets",
    ),
    sign!(
        "safeguarding",
        groups!["safeguarding"],
        "poster|posters|leaflet|leaflets|training|policy|policies|lead|team|officer|course|website|information|referral|referrals",
    ),
    // Anaphylaxis.
    sign!(
        "anaphylaxis",
        groups!["anaphyla*|epipen|epi-pen"],
        "kit|kits|poster|posters|leaflet|sign|renew|renewing|renewed|renewal|replacing|replacement|prescription|prescriptions|prescribed|pharmacy|pharmacist|taught|teach|training|how|expired|expiry|spare|school|repeat|order|ordered|review|clinic|where|staff|reception|receptionist",
    ),
    sign!(
        "anaphylaxis",
        groups!["allergic|allergy", "reaction|shock"],
        "",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "throat|tongue|lips|lip|face|mouth|eyes",
            "swell*|swollen|tight*|closing|puff*|blowing|blown|thick",
        ],
        "dentist|tooth|teeth|filling|extraction|weeks|months|days|explain|nervous|embarrassed",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "hives|rash|welts",
            "wheez*|breath*|swell*|swollen|throat|tongue|lips",
        ],
        "",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "sting|stung|peanut|peanuts|nut|nuts|allergic|allergy|reaction|shellfish|prawns",
            "swell*|swollen|breath*|wheez*|throat|hives|collaps*|faint*|hoarse|voice|rash|blotchy|swallow*",
        ],
        "",
    ),
    // Losing control of the bladder or bowels with back or leg trouble (cauda equina).
    sign!(
        "cauda_equina",
        groups![
            "wet|wetting|soiled",
            "myself|himself|herself",
            "legs|numb|feeling|back"
        ],
        "months|years|laughing|laugh|sneeze|sneezing|cough|coughing|night|bed|incontinence|pelvic|toilet|toilets|loo|locked|accident",
    ),
    sign!(
        "cauda_equina",
        groups![
            "bladder|bowels",
            "control|controlling",
            "back|legs|numb|feeling"
        ],
        "months|years|clinic|referral|continence|physio|review",
    ),
    // Sight lost in an eye.
    sign!(
        "stroke",
        groups!["see", "cant|cannot|couldnt", "eye|eyes"],
        "glasses|screen|text|font|print|letter|sign|signs|board|tv|display|optician|optometrist|drops",
    ),
    // Weak and unable to stand; a belly pain with a fever.
    sign!(
        "sepsis",
        groups![
            "weak|faint|dizzy|giddy",
            "cant|cannot|unable|couldnt",
            "stand"
        ],
        "long|queue|queueing|wait|waiting|chairs|seats|seat|standing|reception",
    ),
    sign!(
        "sepsis",
        groups![
            "tummy|stomach|abdomen|belly|abdominal",
            "pain*|agony|ache|hurts",
            "fever|temperature|rigid|swollen|doubled|straight|unbearable|excruciating|screaming",
        ],
        "months|years",
    ),
    // Heavy bleeding.
    sign!(
        "bleeding",
        groups![
            "bleed|bleeding|bleeds|blood|nosebleed|nosebleeds",
            "stop|stopping|heavy|heavily|lot|lots|loads|pouring|gushing|losing|everywhere|soaked|soaking|spurting|pumping|badly|clots|pints|hour|hours|wound|stabbed|gash|lightheaded|faint|pig",
        ],
        // (Gums that bleed when brushed are for the dentist.)
        // ("my blood was boiling": anger.)
        concat!(
            paperwork!(),
            "|gums|brush|brushing|boiling|attempts|bruised|vein|veins|get"
        ),
    ),
    sign!(
        "bleeding",
        groups![
            "vomit|vomiting|vomited|sick|cough|coughing|coughed|poo|stool|stools|wee|urine|throwing|threw|bringing|pee|peeing|weeing|pooing",
            "blood",
        ],
        paperwork!(),
    ),
    sign!(
        "bleeding",
        groups![
            "bleed|bleeding|bleeds|blood|clots",
            "birth|labour|delivery|miscarriage|miscarrying|caesarean|section|through",
        ],
        paperwork!(),
    ),
    sign!(
        "bleeding",
        groups![
            "period|periods|bleeding|miscarriage|miscarried",
            "soaking|soaked|flooding|clots|pad|pads",
            "through|hour|every|minutes|huge|massive",
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups![
            "clots",
            "passing|passed|huge|big|massive|large",
            "lightheaded|faint|fainting|dizzy|woozy"
        ],
        "",
    ),
    sign!("bleeding", groups!["haemorrhag*|hemorrhag*"], ""),
    // "Baby very hot and not wake up".
    sign!(
        "sepsis",
        groups![
            "wake|waking",
            "not|wont|cant|cannot|wouldnt|doesnt|couldnt|hard|difficult",
            "baby|child|son|daughter|husband|wife|mum|dad|hot|fever|temperature|floppy|newborn|yellow",
        ],
        "appointment|appointments|early|time|alarm|school|sleep|sleeping|sleeps|night|nights|meals|me",
    ),
    // A stabbing belly pain that stops them standing, or getting worse.
    sign!(
        "sepsis",
        groups![
            "belly|tummy|stomach|abdomen",
            "stabbing|stabbed|knife|agony|agonising|excruciating",
            "cant|cannot|worse|unable|doubled|sudden|suddenly",
        ],
        "months|weeks|years|ago|scan|referral|waiting|period|periods|last",
    ),
    // Carbon monoxide: a boiler, a fire or fumes, and headaches or sickness at home.
    sign!(
        "sepsis",
        groups![
            "boiler|heater|fumes|monoxide|gas",
            "headache|headaches|sick|nausea|dizzy|drowsy|sleepy",
        ],
        "alarm|alarms|detector|leaflet|test|tested|fitted|service|serviced|waiting|surgery|engineer|bill|bills|cold|freezing",
    ),
    // An infection spreading into the body: a swelling, pus or a wound, and a fever or shivers.
    sign!(
        "sepsis",
        groups![
            "swollen|swelling|pus|oozing|spreading|weeping|abscess|infected|ulcer",
            "fever|feverish|temperature|shivering|shivery|rigors",
        ],
        "months|weeks|years|ago|last|jab|jabs|vaccine|vaccination|vaccinations|injection|immunisation|teething|gums|tonsils|glands|throat|clinic|appointment|appointments|letter|results|waiting",
    ),
    // A knock, then drowsy and sick: "hit by a swing and has a big lump, he's sleepy and keeps
    // being sick".
    sign!(
        "injury",
        groups![
            "lump|banged|knocked|concussion|concussed",
            "sleepy|drowsy|confused",
            "sick|vomit*",
        ],
        "pregnant|pregnancy|weeks|months|ago|last|car",
    ),
    // A hot child, shaking or not answering: "my small son very hot, he shaking".
    sign!(
        "sepsis",
        groups![
            "hot|burning",
            "son|daughter|baby|child|boy|girl|toddler",
            "shaking|shivering|floppy|drowsy|sleepy|not|wont|confused|fit|fitting",
        ],
        "weather|room|car|sun|summer|bath|water|food|drinks|waiting",
    ),
    // Violence heard through the wall: "screams most nights and I hear things being thrown".
    sign!(
        "safeguarding",
        groups![
            "thrown|smashing|smashed|screams|screaming|thuds|thud",
            "next|neighbour|neighbours|upstairs|above|below|wall",
            "hear|heard|hearing",
        ],
        "music|party|parties|dog|dogs|waiting|baby|babies|treatment|builders|building|drilling|surgery|clinic",
    ),
    // "very sleepy and not answer me, her sugar is low"
    sign!(
        "sepsis",
        groups![
            "sugar|sugars|glucose",
            "low|high",
            "sleepy|unresponsive|drowsy|answer|answering|responding|sense",
        ],
        "",
    ),
    // A fever, and not answering: "she is shaking and very hot and not answer me".
    sign!(
        "sepsis",
        groups![
            "hot|fever|feverish|temperature|burning|shaking|sweaty",
            "answer|answering|respond|responding",
        ],
        "phone|phones|call|calls|question|questions|door|email|emails|letter|letters|messages|clinic|reception|receptionist|line|anyone|nobody|noone|staff|nurse|doctor|gp|surgery|practice|last",
    ),
    // Waters breaking: "pregnant 8 month and water come out".
    sign!(
        "pregnancy",
        groups![
            "water|waters",
            "pregnant|pregnancy|weeks|month|months",
            "come|came|coming|broke|broken|leak*|gush*",
        ],
        "machine|machines|cooler|dispenser|fountain|tap|drink|drinking|bottle|bottles",
    ),
    // A child who drank something: "my boy he drink the cleaning liquid".
    sign!(
        "self_harm_or_suicide",
        groups![
            "drink|drank|drunk|swallowed|swallow|ate|eat",
            "bleach|cleaning|cleaner|detergent|battery|batteries|poison|antifreeze|weedkiller",
            "boy|girl|son|daughter|child|baby|toddler|kid",
        ],
        "cant|cannot|wont|struggles|struggle|struggling|hard|refuses|refuse",
    ),
    // "a really bad pain in my side, can't stand straight and I'm being sick"
    sign!(
        "abdominal_pain",
        groups![
            "sick|vomiting|vomited|straight|fever|temperature",
            "side|tummy|stomach|belly|abdomen",
            "pain|pains|agony",
        ],
        "months|years|weeks|ibs|period|periods|note|notes|stitch",
    ),
    // Words gone suddenly: "all of a sudden I can't find my words" (not "can't find the words to
    // thank you").
    sign!(
        "stroke",
        groups![
            "words",
            "find|finding|get|getting",
            "sudden|suddenly|grip|slurred|arm|hand|face"
        ],
        "thank|thanks|grateful|describe|express",
    ),
    // A sting, then swelling or wheezing.
    sign!(
        "anaphylaxis",
        groups![
            "stung|sting",
            "wheez*|blown|puffed|swollen|swelling|breathe|breathing|throat|tongue|lips"
        ],
        "nettle|nettles|jellyfish",
    ),
    // Hurting oneself to quieten feelings: "scratching my arms till they bleed to make the bad
    // feelings go".
    sign!(
        "self_harm_or_suicide",
        groups![
            "feelings|thoughts",
            "bleed|bleeds|bleeding|scratching|scratch|cutting|burning"
        ],
        "helped|counselling|therapy|therapist|thank|thanks",
    ),
    // Air hunger: "I can't get enough air in" (not in a stuffy room).
    sign!(
        "breathing",
        groups!["air|breath|oxygen", "enough", "cant|cannot|not"],
        "room|stuffy|window|windows|ventilation|heating|hot|waiting|building|fan",
    ),
    // "Bleeding like a tap" (not money).
    sign!(
        "bleeding",
        groups!["bleeding|bleed|bleeds", "tap|fountain"],
        "money|cash|nhs|budget|funds|pounds|staff",
    ),
    // A wound gone hot with a fever.
    sign!(
        "sepsis",
        groups![
            "wound|incision|stitches",
            "hot|pus|oozing|smelly|spreading",
            "fever|temperature|burning|freezing|shivering|shaking|shivery"
        ],
        "months|years|ago",
    ),
    // A bite or sting, swelling, and faintness or breathlessness: not the mosquito's itch.
    sign!(
        "anaphylaxis",
        groups![
            "bitten|bite|stung|sting",
            "swell*|swollen",
            "dizzy|faint*|breath*|wheez*|collaps*"
        ],
        "mosquito|mosquitoes|midge|midges|gnat|gnats|months|weeks|ago",
    ),
    // Diabetic ketoacidosis: breath that smells fruity or of pear drops, with drowsiness or thirst.
    sign!(
        "sepsis",
        groups![
            "fruity|acetone|pear",
            "breath|smells|smell|smelling",
            "drowsy|sleepy|confused|sick|vomiting|thirsty|drinking|diabetic|diabetes"
        ],
        "",
    ),
    // A food allergy: a nut eaten, then hives or a cough.
    sign!(
        "anaphylaxis",
        groups![
            "nut|nuts|peanut|peanuts|cashew|cashews|almond|almonds|walnut|walnuts|shellfish|prawn|prawns|sesame",
            "blotches|hives|rash|swelling|swollen|wheezing|wheezy|coughing|itchy|lips|tongue|throat",
        ],
        "clinic|referral|test|tests|label|labels|plan|free|letter|form",
    ),
    // Marks, and fear of going back ("came back from his day centre with scratches and is
    // terrified to go back").
    sign!(
        "safeguarding",
        groups![
            "scratches|bruises|marks|injuries",
            "terrified|scared|frightened|petrified|flinches",
            "back|centre|home|carer|carers|nursery|school|club"
        ],
        "dentist|doctor|nurse|injection|jab|jabs|needle|needles|blood|bloods|vaccine",
    ),
    // Bruises nobody will explain.
    sign!(
        "safeguarding",
        groups![
            "bruise|bruises|bruising|marks",
            "explain|explains|explained|explanation|talk"
        ],
        "easily|blood|bloods|warfarin|injection|jab|test|needle|nurse|doctor|results|receptionist|reception|gp|fall|fell",
    ),
    // A child touched: "my daughter say her teacher touch her".
    sign!(
        "safeguarding",
        groups![
            "touch|touched|touching|touches",
            "daughter|son|child|kid|girl|boy|niece|nephew|grandson|granddaughter|sister|brother",
            "teacher|uncle|stepdad|man|coach|neighbour|cousin|boyfriend|stepfather|grandad|someone|somebody|he|him",
        ],
        "examine|examined|examination|exam|check|checked|looked|look|properly|doctor|nurse|gp|form|forms|paper|card|covid|arm|shoulder|reception",
    ),
    // A child sent sexual messages or asked for pictures.
    sign!(
        "safeguarding",
        groups![
            "sexual|explicit|nude|nudes|naked",
            "messages|photos|pictures|pics|texts|images|nudes|videos",
            "son|daughter|child|kid|girl|boy|niece|nephew|grandson|granddaughter|stepdaughter|stepson",
        ],
        "education|lessons|lesson|class|health|clinic",
    ),
    // A sudden, severe headache; meningitis; a headache with sight going.
    sign!(
        "headache",
        groups![
            "headache|headaches|head",
            "see|vision|sight",
            "cant|cannot|blurred|blurry|lost|double|losing|gone",
        ],
        "optician|glasses|screen|screens|years|months|weeks|migraine|migraines|aura|point|receptionist|nurse|teacher|office|department|manager",
    ),
    sign!(
        "headache",
        groups![
            "headache|head|heads|headaches|migraine",
            "worst|thunderclap|exploding|explode|exploded|instantly|split*|bat|hammer|sledgehammer|brick|blinding|seconds",
        ],
        "wall|walls",
    ),
    sign!(
        "headache",
        groups![
            "headache",
            "sudden|suddenly|nowhere|severe|stiff|light|confus*|vomit*",
        ],
        "tablets|paracetamol|weeks|months|years",
    ),
    sign!(
        "headache",
        groups![
            "stiff",
            "neck",
            "rash|fever|temperature|light|headache|sick|vomit*|drowsy|confus*|spots"
        ],
        "",
    ),
    sign!(
        "headache",
        groups![
            "headache|head",
            "terrible|severe|worst|awful|bad|blinding|splitting|hurt|hurts",
            "sick|vomit*|drowsy|confus*",
        ],
        "months|years|weeks|week|cold|tablets|paracetamol|migraine|migraines",
    ),
    sign!(
        "headache",
        groups![
            "head",
            "hit|banged|bumped|fell|fall|knocked|smacked|injury",
            "sick|vomit*|sleepy|drowsy|confus*|unconscious|fit|fitting|dizzy|blood|repeating",
        ],
        "",
    ),
    // A rash that doesn't fade.
    sign!(
        "rash",
        groups![
            "rash|spots|marks|blotches|dots",
            "glass|fade|fading|blanch*|purple|pinpricks|pinprick|prick|pricks|press|pressed|pressing",
        ],
        "",
    ),
    // Sepsis.
    sign!(
        "sepsis",
        groups![
            "shiver*|shaking|shakes|rigors|clammy|mottled|blotchy",
            "confus*|drowsy|breath*|cold|wee|weed|urine|fast|high|temperature|fever|unwell|infection|burning",
        ],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "wee|weed|urine|pee|peed|nappy|nappies",
            "hasnt|havent|not|no|hardly|cant",
            "day|days|hours|since|today|dry|yesterday|swollen|night",
        ],
        "",
    ),
    // "She had a fit", not "the receptionist is fit".
    sign!(
        "sepsis",
        groups![
            "fitting|fits|seizure|seizures",
            "was|is|started|having|keeps|kept|been|had|has|keep|another",
        ],
        concat!("medication|", fit_of_another_kind!()),
    ),
    sign!(
        "sepsis",
        groups![
            "fit",
            "started|having|keeps|kept|had|another|lasted|lasting|lasts|minutes|seconds"
        ],
        fit_of_another_kind!(),
    ),
    sign!(
        "sepsis",
        groups![
            "baby|newborn|infant|toddler",
            "sleepy|drowsy|floppy|lethargic|listless|unresponsive|feeding|eating",
            "temperature|fever|hot|burning|not|wont|isnt|hasnt|yellow|jaundice|jaundiced",
        ],
        "clinic|jabs|vaccination|vaccinations|weighing|visitor|appointment|appointments",
    ),
    sign!(
        "sepsis",
        groups![
            "temperature|fever|feverish|hot|burning|rash|infection|shivering|shivery|shaking|breathing|diarrhoea|diarrhea|vomiting|dehydrated|sick|drink|eaten",
            "confused|confusion|confuse|drowsy|delirious|muddled|sense|nonsense|gibberish|doolally",
        ],
        "system|app|website|form|letter|clinic|booking|hay|water|heating|bottle|note|waiting|tired|fed|worry|explanation|age",
    ),
    // Pregnancy: the baby moving less.
    sign!(
        "pregnancy",
        groups![
            "baby|babys",
            "moving|moved|move|movement|movements|kick|kicks|kicking|kicked",
            "not|less|slow*|fewer|reduced|stopped|hasnt|havent|no|isnt|quiet|quieter|stop|aint|hardly|barely",
        ],
        "",
    ),
    sign!(
        "pregnancy",
        groups!["movements|kicks", "slow*|fewer|reduced|less|stopped|quiet*"],
        "",
    ),
    sign!(
        "pregnancy",
        groups!["pregnant", "bleed*|blood|waters|cramp*"],
        paperwork!(),
    ),
    // "bleeding at 24 weeks": weeks of a pregnancy (not "bleeding for three weeks").
    sign!(
        "pregnancy",
        groups!["bleed*", "weeks"],
        "for|since|ago|every|few|couple|after|period|periods|nose|gums|months|years|last",
    ),
    // Pain in the belly in pregnancy (ectopic, abruption, pre-eclampsia).
    sign!(
        "pregnancy",
        groups![
            "pregnant",
            "tummy|stomach|abdominal|belly|abdomen",
            "pain|pains|agony|cramp*"
        ],
        "heartburn|indigestion",
    ),
    sign!(
        "pregnancy",
        groups!["waters", "broken|broke|gone|leaking|leak"],
        "year|years|ago|last|previous",
    ),
    sign!(
        "pregnancy",
        groups![
            "baby|babys",
            "quieter|quiet|slower|less",
            "weeks|pregnant|usual|normal|today",
        ],
        "clinic|room|waiting|group|groups|sessions|session|class|classes|sleep|sleeping|crying",
    ),
    sign!(
        "pregnancy",
        groups![
            "felt|feel|feeling",
            "move|moving|movement|movements|kick|kicks|kicking",
            "havent|hasnt|not|no|didnt|cant",
        ],
        "practice|practices|surgery|house|home|area|doctor|gp",
    ),
    // Overdose, suicidal thoughts and self-harm.
    sign!(
        "self_harm_or_suicide",
        groups![
            "taken|took|swallowed|downed|necked",
            "load|lot|lots|whole|all|handful|bunch|packet|box|bottle|many",
            "pills|tablets|paracetamol|meds|medication|antidepressants|painkillers|sleeping|sertraline|citalopram|fluoxetine|codeine|cocodamol|insulin",
        ],
        "collect|collected|collecting|pick|picked|dispensed|prescribed|course|instructed|directed|review|pride",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "point|reason",
            "no|dont|cant|not|nt",
            "living|live|life|alive|existing|exist|on|waking",
        ],
        "appointment|appointments|ringing|calling|phoning|complaining|coming|booking|early|8am|call|ring|lines|line|queue",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["life", "end|ending|take|taking", "own|my"],
        // ("my mum's end of life care")
        "care|palliative|hospice|pathway|expectancy|span|story",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "myself|meself|herself|himself",
            "keep|keeps|kept|been|started|want|going|urge|urges|again|cant|stop",
            "hurt|hurting|harm|harming|burn|burning|cut|cutting|kill|killing|punish*|starv*|scratch*",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "cigarette*|lighter|razor*|blade*|knife|glass|scissors",
            "burn|burning|burnt|cut|cutting|slash*",
            "myself|meself|herself|himself",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "rope|noose|ligature",
            "thinking|think|thought|thoughts|using|use|hang|hanging|tie|tied|myself|bought|buying",
        ],
        "skipping|climbing|tow|washing|clothes",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["better", "off", "without|dead|gone"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["worth", "living|live", "not|isnt|nt|no|aint|never"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["here|alive|around", "not|dont|no|nt", "be|being"],
        "doctor|doctors|gp|nurse|staff|receptionist|friday|fridays|monday|mondays|weekend|weekends|surgery|open|appointment|time|holiday|holidays|abroad|moving|move|8am|every|queue|phone|morning|round|kindly",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["dying", "think|thought|feel|feels|felt|going"],
        "boredom|bored",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "voice|voices|shadows|shadow|spirits|demons",
            "head|hear|hearing|telling|tell|told|say|says|saying|tells|command*|order*",
            "hurt|harm|kill|jump|die|do|attack|stab|punish|fire|burn|drown|poison|strangle|stop|devil",
        ],
        "phone|message|recorded|automated|raised|machine|leaflet|leaflets|poster|posters",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "tv|telly|television|radio|walls",
            "telling|tells|told|messages|orders",
            "hurt|harm|kill|attack|stab",
        ],
        "programme|advert|adverts|news|documentary|show",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "jump|jumping|throw|throwing|step|stepping",
            "bridge|train|trains|building|roof|cliff|motorway|traffic|multistorey|multi-storey|tower|balcony|window|flats|cliffs|pier",
        ],
        "",
    ),
    // A stroke, but not a stroke clinic, a stroke of luck or the risk of one.
    sign!(
        "stroke",
        groups!["stroke|strokes"],
        "clinic|unit|ward|rehab|physio|physiotherapy|survivor|survivors|group|club|nurse|team|service|services|luck|genius|midnight|brush|pen|heat|swimming|review|prevention|risk|awareness|leaflet|leaflets",
    ),
    // A newborn not feeding, with a sign of being unwell.
    sign!(
        "sepsis",
        groups![
            "feed|feeding|feeds|milk|bottle",
            "newborn|baby|babys|week|weeks",
            "moaning|grunting|floppy|sleepy|limp|whimpering|lethargic|drowsy|hot|fever|temperature",
        ],
        "time|clinic|support|class|classes|advice|group|visitor|room|weather|waiting",
    ),
    // High blood pressure in pregnancy: a headache, blurred sight, sudden swelling.
    sign!(
        "pregnancy",
        groups![
            "pregnant|pregnancy",
            "headache|headaches|vision|blurry|blurred|flashing|flashes|swollen|swelling|puffy",
        ],
        "test|tests|scan|scans|class|classes|yoga|leaflet",
    ),
    // (Swelling named first: "I'm 36 weeks, my face and hands have swollen up and I've got
    // flashing lights".)
    sign!(
        "pregnancy",
        groups![
            "swollen|swelling|puffy",
            "weeks|pregnant|pregnancy",
            "flashing|flashes|blurred|blurry|spots|vision|headache",
        ],
        "test|tests|scan|scans|class|classes|yoga|leaflet|ago",
    ),
    // Blood sugar far out, with the signs that make it an emergency.
    sign!(
        "sepsis",
        groups![
            "sugar|sugars|glucose|hypo|diabetic|diabetes|insulin",
            "confused|confusion|drowsy|unconscious|collapsed|fitting|vomiting|sick|shaky|shaking|faint|sweaty|sweating|clammy",
        ],
        "nurse|anger|angry|clinic|review|appointment|letter|referral|note",
    ),
    // Too much insulin; a bowel blocked or bleeding; a stiff neck with a fever or drowsiness.
    sign!(
        "sepsis",
        groups!["insulin", "double|twice|extra|overdose|much|many"],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "vomit*|sick|throwing|bringing",
            "green|bile|coffee|grounds|coffee-ground|coffee-grounds"
        ],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "tummy|stomach|abdominal|belly|abdomen",
            "severe|agony|agonising|unbearable|excruciating",
            "pain|pains|ache|cramps",
        ],
        "months|years|weeks|ibs|period|periods",
    ),
    sign!(
        "sepsis",
        groups![
            "stiff",
            "neck",
            "child|baby|son|daughter|fever|temperature|temp|sleepy|drowsy|light|rash|vomit*|confus*",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "goodbye|goodbyes|farewell",
            "letter|letters|note|notes|message|messages|post|text|video"
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "burden",
            "everyone|everybody|family|people|them|anyone|feel|feeling|im",
        ],
        "staff|nhs|system|doctors|admin|paperwork|call|calling|ring|ringing|phone|phoning|surgery|appointment|appointments|ask|asking|physio|sessions|rehab|remind|elderly|pensioners|patients|made|makes",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["stand|standing|stood|edge", "bridge|roof|cliff|ledge"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "eating|eat|food",
            "stopped|not|refusing|refuses|wont",
            "fainting|fainted|faint|collapsed|dizzy",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["anymore|more", "cant|cannot", "do|cope|take"],
        "surgery|practice|phone|phones|appointment|appointments|moving|move|system|queue|wait|waiting|receptionist|doctor|staff|book|booking|ahead|piss|ringing|ring|rang|calling|call",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "stockpil*|hoard*|saved|saving|collecting|collected",
            "tablets|pills|meds|medication|paracetamol|painkillers",
        ],
        // Against a shortage: "saving my tablets for when the pharmacy is closed".
        "pharmacy|pharmacist|shortage|shortages|repeat|prescription|prescriptions|closed|holiday|holidays|supply|runs|ran",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "thoughts|thinking|urge|urges|tempted|want",
            "driving|drive|crash|crashing",
            "wall|lorry|tree|oncoming|bridge|traffic",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "scared|afraid|frightened|worried|terrified|might",
            "hurt|harm|kill|shake|smother",
            "baby|child|kids|son|daughter|children",
        ],
        "doctor|nurse|injection|injections|jab|jabs|vaccine|vaccination|needle|teeth|teething|nappy|bath|medicine|medication|formula",
    ),
    // Turning blue; in pregnancy, pain with fainting (an ectopic pregnancy).
    sign!(
        "breathing",
        groups![
            "blue",
            "turned|turning|went|going|gone|goes",
            "baby|child|son|daughter|lips|face|he|she|toddler|mum|dad|husband|wife",
        ],
        "badge|car|paint|light|lights|sky|ink|pen|folder|form|door",
    ),
    sign!(
        "pregnancy",
        groups![
            "pregnant|pregnancy",
            "faint|fainted|fainting|dizzy|collapsed|sharp|severe|agony|shoulder",
        ],
        "test|tests|class|classes|yoga|leaflet|scan",
    ),
    // A baby dropped or fallen, now quiet or sleepy; bleeding with dizziness.
    sign!(
        "headache",
        groups![
            "fell|fallen|dropped|fall",
            "baby|toddler|infant",
            "quiet|sleepy|drowsy|floppy|limp|vomit*|sick|unconscious|unresponsive",
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups![
            "bleeding|bled",
            "dizzy|faint|fainting|lightheaded|pale|clammy|head"
        ],
        "test|tests|sample|samples|donor|donation|gums|nose",
    ),
    // A fall and no getting up (looked for from "can't", between them); a drink spiked.
    sign!(
        "sepsis",
        groups![
            "cant|cannot|unable|couldnt",
            "fallen|fell|fall|slipped",
            "up|move|stand|breathe",
        ],
        // (Not "I fell behind with my bloods because I can't stand needles".)
        "stairs|steps|appointment|appointments|phone|surgery|ramp|lift|behind|pregnant|needles",
    ),
    sign!(
        "safeguarding",
        groups!["spiked", "drink|drinks|drugged|glass"],
        "",
    ),
    // Bruises hidden or lied about.
    sign!(
        "safeguarding",
        groups![
            "bruises|bruising|bruise|marks",
            "lie|lying|hide|hiding|cover|covering|excuses|excuse"
        ],
        "easily|test|tests|blood|bloods|warfarin|clotting|makeup|concealer|eczema",
    ),
    // A young person with money or gifts they won't explain (exploited).
    sign!(
        "safeguarding",
        groups![
            "where",
            "money|trainers|gifts|cash|phones|clothes",
            "wont|doesnt|refuses|refused|wouldnt|never"
        ],
        "nhs|practice|surgery|prescription|prescriptions|charges|parking|funding|government|council|goes|spent|spend|birthday|christmas|pocket|idea|wants",
    ),
    // A child alone outside, crying; a child gone off with a man; a plan with a date.
    sign!(
        "safeguarding",
        groups![
            "boy|girl|child|kid|toddler|baby",
            "own|alone",
            "crying|ages|hours|outside|lost"
        ],
        "waiting|room|appointment|appointments|consultation|nurse|doctor|play|toilet|toilets",
    ),
    sign!(
        "safeguarding",
        groups![
            "man|men|guy|bloke|adult|older",
            "online|off|away",
            "12|13|14|15|daughter|sister|girl|teenager|niece|granddaughter|son|boy"
        ],
        "work|ago|years|divorce|husband|wife|doctor|gp|receptionist|nurse",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["plan|planned", "date|day", "picked|chosen|set"],
        "surgery|operation|appointment|holiday|wedding|procedure|op|induction|birth|due|move|moving|diet|start|starting|quit|quitting|stop|stopping",
    ),
    // Cuts hidden or deserved.
    sign!(
        "self_harm_or_suicide",
        groups![
            "cuts|cutting|scars|marks|burns",
            "arms|arm|wrists|wrist|thighs|legs",
            "deserve|deserves|hiding|hides|secret|sleeves|fresh|new|again"
        ],
        "cat|dog|garden|accident|kitchen|glass|surgery|operation|stitches|eczema",
    ),
    // A whistle in the breath (wheeze).
    sign!(
        "breathing",
        groups![
            "whistling|whistle|whistles",
            "breathe|breath|breathing|chest"
        ],
        "kettle|music|tinnitus|ears|ear|phone",
    ),
    // An old person with a fever who has stopped eating or drinking.
    sign!(
        "sepsis",
        groups![
            "temperature|fever",
            "grandma|nan|nana|grandad|granddad|grandpa|gran|elderly",
            "eating|drinking"
        ],
        "months|years|clinic|appointment|review",
    ),
    // Something swallowed that stuck; a cut pouring blood.
    sign!(
        "breathing",
        groups![
            "swallowed|swallow|stuck",
            "grape|grapes|sweet|sweets|coin|toy|button|peanut|bead|beads|lego|marble",
            "coughing|choking|red|blue|breathe|breath|breathing|gagging|drooling"
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups!["cut|gash|wound|slashed", "pouring|spurting|gushing"],
        "rain|raining|short|appointment|funding|budget|budgets|pus",
    ),
    // A child alone or locked in a car, but not for a moment.
    sign!(
        "safeguarding",
        groups![
            "car",
            "child|children|kid|kids|baby|toddler",
            "alone|locked",
        ],
        "minute|minutes|second|seconds|moment|quick|quickly",
    ),
    // A child bruised, but not at football or from a fall.
    sign!(
        "safeguarding",
        groups![
            "child|children|kid|kids|baby|son|daughter|toddler|grandson|granddaughter|boy|girl|friend",
            "bruises|bruised|bruising",
        ],
        "football|rugby|fell|fall|sport|sports|playground|bike|trampoline|scooter|clotting|questions|easily|blood|tests|needle",
    ),
    // A child who has swallowed medicine, bleach or a battery.
    sign!(
        "safeguarding",
        groups![
            "swallowed|ate|eaten|drank|drunk",
            "tablets|pills|medicine|medication|bleach|batteries|battery|detergent|capsules|capsule|paracetamol|tablet|pill",
            "boy|girl|son|daughter|toddler|baby|child|kid|grandson|granddaughter|little"
        ],
        "whole|difficulty|hard|struggles|struggle|struggling|trouble|cant|unable|refuses|wont|nothing",
    ),
    // A knock to the head, then sickness, drowsiness or a headache.
    sign!(
        "head_injury",
        groups![
            "head",
            "hit|banged|bumped|knocked|fell|fall|lump|hitting|banging|bumping|knocking|bang|knock|bump|blow|rolled",
            "sick|vomiting|vomited|vomit|drowsy|sleepy|unconscious|confused|headache|blood|bleeding|forgetting|forgetful|nodding"
        ],
        "years|months|ago|appointment|appointments|reminder|reminders|stretch|stretching",
    ),
    // Bleeding from the bottom with faintness (a bleed losing blood fast).
    sign!(
        "bleeding",
        groups![
            "bottom|rectum|toilet|loo|passing",
            "blood|bleeding|bleed",
            "dizzy|faint|lightheaded|fainting|pale|wobbly|woozy"
        ],
        "piles|haemorrhoids|months|years",
    ),
    // Not herself, with water that smells (an infection confusing an older person).
    sign!(
        "sepsis",
        groups![
            "vacant|herself|himself|confused|muddled",
            "water|wee|urine",
            "smells|smell|smelly|stinks"
        ],
        "toilet|toilets|room|floor|corridor",
    ),
    // A rash like bruises with a fever (meningitis).
    sign!(
        "rash",
        groups![
            "bruise|bruises|bruising|purple|pinprick|blotchy",
            "rash|spots|dots",
            "temperature|fever|hot|unwell|poorly|floppy|drowsy|temp|headache|neck"
        ],
        "",
    ),
    // Sight lost suddenly, or a curtain or shadow over an eye.
    sign!(
        "stroke",
        groups![
            "sight|vision",
            "lost|losing|loss|gone|went",
            "suddenly|sudden|overnight|today|morning|one|left|right"
        ],
        "glasses|optician|opticians|referral|letter|clinic|appointment|months|years|test",
    ),
    sign!(
        "stroke",
        groups!["curtain|shadow", "eye|eyes|vision|sight"],
        "window|room|cubicle|months|years",
    ),
    // A painful eye with halos round lights (glaucoma); read from the pain, which stands
    // between the two in "my eye has gone red and really painful and I'm seeing halos".
    sign!(
        "stroke",
        groups![
            "pain|painful|agony|sharp",
            "eye|eyes|vision",
            "halos|halo|haloes"
        ],
        "",
    ),
    // A tearing pain in the back or chest.
    sign!(
        "chest_pain",
        groups!["tearing|ripping|poker", "pain|back|chest|shoulder"],
        "hair|muscle|ligament|months|years|gym",
    ),
    // A burn that has taken the skin off.
    sign!(
        "injury",
        groups![
            "burnt|burned|burn|scalded|scald",
            "skin|blister*|raw|charred|white"
        ],
        "sunburn|sunburnt|sun|cream|ointment|months|years|tongue",
    ),
    // A deep animal bite.
    sign!(
        "injury",
        groups![
            "bitten|bit|bite",
            "dog|dogs|animal|snake|cat|horse",
            "deep|bleeding|blood|puncture|swollen|face|ripped|pouring"
        ],
        "years|months|ago",
    ),
    // Withdrawal or a drug taken: shaking and seeing things, or paranoid.
    sign!(
        "alcohol_withdrawal",
        groups![
            "seeing|hearing|sees|hears",
            "things",
            "shaking|drinking|drink|alcohol|withdrawal|sweating|confused|drugs"
        ],
        "news|telly|tv|online|facebook",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "paranoid|hallucinating|psychotic",
            "taken|took|drugs|spice|something|ket|mdma|pills|drunk"
        ],
        "receptionist|receptionists|staff|doctor|nurse|desk",
    ),
    // Fluid on the lungs: "coughing up pink froth".
    sign!(
        "breathing",
        groups![
            "coughing|cough|coughed|bringing",
            "pink|froth|frothy|foam|foamy"
        ],
        "",
    ),
    // A trapped hernia: a lump gone hard and painful, with sickness.
    sign!(
        "abdominal_pain",
        groups![
            "lump|hernia|bulge",
            "hard|painful|tender|agony",
            "sick|vomiting|vomited|suddenly"
        ],
        "months|years|weeks|scan|referral|leaflet|clinic|breast|neck",
    ),
    // A red, painful eye with sight blurred (acute glaucoma).
    sign!(
        "headache",
        groups![
            "eye",
            "red|painful|agony|pain",
            "blurred|blurry|halos|rainbows|sight|vision"
        ],
        "conjunctivitis|drops|months|weeks|hayfever|hay|screen|screens|tired|glasses|optician|test|tests",
    ),
    // A cast too tight: fingers or toes numb, white or blue.
    sign!(
        "injury",
        groups!["cast|plaster|splint", "numb|white|blue|cold|tingling"],
        "off|removed|weeks|months|signed|colour|color|pen|pens|room|clinic|waiting|blanket",
    ),
    // A diabetic foot gone black: "the toes have gone black and it smells".
    sign!(
        "sepsis",
        groups![
            "black",
            "toe|toes|foot|feet",
            "diabetic|diabetes|smell|smells|smelly|pus|oozing"
        ],
        "nail|nails|toenail|toenails|bruise|bruised|bruising|dropped|stubbed|months|years|sock|socks|shoes|boots",
    ),
    // A contact lens stuck in a red or painful eye (an infection of the eye's surface).
    sign!(
        "injury",
        groups!["lens|lenses", "stuck|red|painful|pain|sore", "eye|eyes"],
        "appointment|prescription|optician|clinic|glasses|test|order|ordered|supply|months",
    ),
    // Appendicitis: "my appendix is going, the pain moved to my right side".
    sign!(
        "abdominal_pain",
        groups![
            "appendix|appendicitis",
            "pain|going|burst|bursting|agony|moved|hurts|hurting"
        ],
        "out|removed|years|scar|scars|ago|had|leaflet",
    ),
    // Jaundice with a fever: an infected bile duct ("gone yellow … and a temperature").
    sign!(
        "sepsis",
        groups![
            "yellow|jaundiced|jaundice",
            "temperature|fever|temp|shivering|shivery|shaking|rigors|drowsy|confused|confuse",
        ],
        "months|weeks|years|test|tests|results|leaflet|jab|jabs|vaccine|vaccination|travel|hay|form|forms",
    ),
    sign!(
        "sepsis",
        groups![
            "yellow|jaundiced|jaundice",
            "pain|pains|agony|hurts|hurting|vomiting",
            "ribs|tummy|belly|stomach|abdomen|side",
        ],
        "months|weeks|years|test|tests|results|leaflet|jab|jabs|vaccine|vaccination|travel",
    ),
    // An aneurysm giving way: back or belly pain with faintness, or the aneurysm named with
    // pain ("I'm 70 and feel faint, I have an aneurysm").
    sign!(
        "abdominal_pain",
        groups![
            "back|tummy|stomach|belly|abdomen",
            "pain|pains|agony",
            "faint|fainting|fainted|dizzy|collapsed|collapsing|clammy",
        ],
        "months|years|weeks|period|periods|blood|injection|jab|jabs|queue|standing|heat|hot|room|flared|flare|flares|flaring",
    ),
    sign!(
        "abdominal_pain",
        groups![
            "aneurysm|aneurism|aaa",
            "pain|pains|agony|faint|dizzy|collapsed",
        ],
        "screening|screen|scan|scans|test|letter|invite|invitation|years|repaired|repair|surgery|operation",
    ),
    // Pain low on the right with a fever (appendicitis).
    sign!(
        "abdominal_pain",
        groups![
            "right",
            "side|lower|low",
            "pain|pains|agony",
            "fever|temperature|temp|sick|vomiting|upright|straight"
        ],
        "months|years|weeks",
    ),
    // A neck that won't move with a fever or headache.
    sign!(
        "sepsis",
        groups![
            "neck",
            "cant|cannot|unable|wont",
            "move|bend|turn",
            "fever|temperature|temp|headache|rash|light"
        ],
        "pillow|sleep|slept|whiplash|years|months|physio",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "want|wants",
            "voice|voices",
            "hurt|harm|kill|jump|die|attack|stab|punish",
        ],
        "phone|message|recorded|automated|raised|machine|line|leaflet|leaflets|poster|posters",
    ),
    // A rope ready; voices heard, or messages sent, that aren't there.
    sign!(
        "self_harm_or_suicide",
        groups![
            "rope|noose|ligature",
            "got|have|bought|tied|ready|garage|loft|tree|beam|shed|made"
        ],
        "barrier|barriers|skipping|queue|climbing",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "hearing|hear",
            "name|voices|things",
            "slept|sleep|nobody|noone|empty|dead"
        ],
        "waiting|screen|reception|tannoy|receptionist|doctor|nurse",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "sending|reading|controlling|spying|watching|tracking",
            "messages|thoughts|mind|him|her|me",
            "tv|television|radio|telly|neighbours|aliens|government|cameras"
        ],
        "waiting|room|screen|jabs|flu|reception|practice|surgery|app|text|texts|bins|bin|car|garden|parking|post|parcel|kids|dog",
    ),
    // Gasping for air.
    sign!("breathing", groups!["gasping", "air|breath"], ""),
    // Shivering with a fever, or cold hands and feet with one.
    sign!(
        "sepsis",
        groups![
            "shivering|shivers|shivery|rigors",
            "burning|fever|temperature|temp|freezing|icy"
        ],
        "waiting|room|heating|heater|radiator|building|surgery|reception|door|doors",
    ),
    // The waters gone in a gush.
    sign!(
        "pregnancy",
        groups!["gush|gushing|trickle|trickling", "water|waters|fluid"],
        "ceiling|roof|leak|pipe|pipes|toilet|toilets|tap|taps|sink|room|floor",
    ),
    // A neighbour's curtains shut and post piling up for days.
    sign!(
        "safeguarding",
        groups![
            "curtains|post|milk|letters|papers",
            "closed|shut|drawn|piling|piled|building|collecting",
            "days|week"
        ],
        "treatment|room|rooms|cubicle|cubicles|broken|waiting|reception|surgery|practice|clinic",
    ),
    // Someone with dementia who has wandered off, or wanders out in the cold.
    sign!(
        "safeguarding",
        groups![
            "wandering|wandered",
            "nightie|nightdress|pyjamas|slippers|cold|streets"
        ],
        "corridor|corridors|building|surgery|signs|waiting",
    ),
    sign!(
        "safeguarding",
        groups![
            "wandered|missing|disappeared",
            "dementia|alzheimers|confused|autistic|autism|vulnerable|find|forgotten|road"
        ],
        "prescription|medication|medicine|tablets|letter|results|notes|referral|form|records|appointment|appointments|parcel",
    ),
    // A fever or a leaking wound after an operation.
    sign!(
        "sepsis",
        groups![
            "operation|op|caesarean",
            "temperature|fever|leaking|oozing|pus"
        ],
        "appointment|waiting|list|cancelled|letter|date|booked|months|years",
    ),
    // A fever on chemotherapy (sepsis with no defences).
    sign!(
        "sepsis",
        groups![
            "chemo|chemotherapy|neutropenic|immunosuppressed|methotrexate|clozapine|carbimazole",
            "temperature|fever|shivering|shivers|shivery|temp|rigors|throat|shaking"
        ],
        "clinic|appointment|appointments|letter|leaflet|booked|booking|months|years",
    ),
    // The heart racing or skipping, and blacking out.
    sign!(
        "chest_pain",
        groups![
            "blacked|blackout|blackouts|blacking|faint|fainted|fainting|collapsed|passed",
            "heart|palpitations|pounding|racing|skipping|fluttering|irregular"
        ],
        "blood|bloods|needle|injection|jab|test|tests|attack|years|months",
    ),
    // Someone who lives alone, not seen or heard from for days.
    sign!(
        "safeguarding",
        groups![
            "alone",
            "nobody|noone|not|hasnt|havent",
            "seen|heard",
            "days"
        ],
        "doctor|gp|nurse|years|months|asked",
    ),
    // Fainting, but not at a jab or a blood test.
    sign!(
        "sepsis",
        groups!["fainted|fainting"],
        "jab|jabs|injection|injections|needle|needles|blood|bloods|vaccine|vaccination|smear|heat|hot|queue|nearly|almost",
    ),
    // The heart racing or wrong now; lying down feels like drowning; confusion with falls.
    sign!(
        "chest_pain",
        groups![
            "heart|hearts|ticker",
            "wrong|racing|pounding|irregular|beating|skipping|fluttering|clappers|burst|bursting|hammering|jump|jumping",
            "now|fast|dizzy|faint|breath*|chest|sick|tonight|today|headed|lightheaded",
        ],
        "months|years|weeks|clinic|referral|appointment|check|murmur|ago|history|injection|jab|needle|nervous|nerves",
    ),
    sign!(
        "breathing",
        groups!["drowning", "lie|lying|breath*|chest|down"],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "confused|confusion",
            "falling|fallen|fell|collapsed|drowsy|fever|temperature|hot",
        ],
        "letter|letters|form|forms|system|app|website|phone|booking|water|heating|bottle",
    ),
    // A sudden pain in a testicle (torsion); a baby's soft spot bulging (meningitis).
    sign!(
        "sepsis",
        groups![
            "testicle|testicles|testicular|scrotum|privates",
            "pain|painful|agony|agonising|swollen|swelling|hurts|hurting|sudden*",
        ],
        "lump|lumps|check|checked|checking|examination|exam|cancer|screening|vasectomy|snip",
    ),
    // The same twist said of the groin: a sudden pain there, and sickness or swelling.
    sign!(
        "abdominal_pain",
        groups![
            "groin",
            "sudden|suddenly|severe|agony",
            "sick|vomiting|swollen"
        ],
        "months|weeks|years",
    ),
    sign!(
        "sepsis",
        groups![
            "fontanelle|spot",
            "bulging|bulges|bulge|swollen|raised|sunken|sunk"
        ],
        "",
    ),
    // A child or adult at risk; domestic abuse.
    sign!(
        "safeguarding",
        groups!["domestic", "abuse|violence|abused|abusive"],
        "leaflet|leaflets|poster|posters|training|awareness|campaign|display|board|noticeboard|charity|charities|course|website|helpline|number|support|service|services|team|champion|lead|policy|worker",
    ),
    sign!(
        "safeguarding",
        groups![
            "neglected|neglecting|abused|abusing|hitting|hits|beats|beating|beaten|batters|battered|battering|strangled|strangles|choked|chokes|raped|rape|rapes|raping|molested|groomed|grooming|starving|starved|locked|locks|locking|burns|touches|touched|touching|pushed|pushes|kicked|kicks|punched|punches|slapped|slaps|threw|throws|grabbed|attacked|assaulted",
            "child|children|kid|kids|girl|boy|son|daughter|mum|mom|dad|nan|gran|grandad|friend|sister|brother|neighbour|neighbours|partner|husband|wife|boyfriend|girlfriend|carer|baby|toddler|me|her|him|them",
        ],
        "phone|phones|system|website|staff|receptionist|receptionists|doctor|doctors|nurse|manager|verbally|pillar|post|wheelchair|chair|pram|buggy|trolley|swing|accident|accidentally|keys|key|herself|himself|themselves|leaflets|leaflet|table|toys|toy|button|buttons|lift|off|base",
    ),
    sign!(
        "safeguarding",
        groups![
            "hurting|harming|hitting|touching|abusing|hurt|harmed|hurts|harms|abuses",
            "someone|somebody|he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|carer|uncle|stepdad|dad|mum|babysitter|childminder",
            "me|children|kids|child|son|daughter|baby|us|him|her|them",
        ],
        "staff|receptionist|doctor|nurse|manager|feelings|back|knee|leg|arm|head|foot|hip|bloods|injection|jab|smear",
    ),
    sign!(
        "safeguarding",
        groups![
            // (Not "lets": "let's see how brave she is" is an idiom.)
            "let|allow|allows|allowed",
            "leave|go|see|out",
            "partner|husband|wife|boyfriend|girlfriend|he|she|ex",
        ],
        "gp|doctor|doctors|appointment|nurse|receptionist|reception|staff|surgery|practice|manager",
    ),
    // Kept from money or friends; a man in a child's room at night; a child never seen with a
    // parent; sleeping rough and ill; a carer who withholds food.
    sign!(
        "safeguarding",
        groups![
            "let|lets|allow|allows",
            "money|phone|friends|family|car|keys|eat|food",
            "partner|husband|wife|boyfriend|girlfriend|he|she|ex",
        ],
        "staff|receptionist|doctor|nurse|manager|pharmacy|surgery|practice|reception",
    ),
    sign!(
        "safeguarding",
        groups![
            "room|bed|bedroom",
            "stepdad|uncle|dad|father|brother|cousin|grandad|man|boyfriend",
            "night|comes|came|touches|touched|secret|secrets",
        ],
        "waiting|consulting|ward|hospital|surgery|treatment",
    ),
    sign!(
        "safeguarding",
        groups![
            "parents|parent|adult|adults",
            "never|rarely|nobody|alone",
            "baby|child|kids|toddler|children|boy|girl",
        ],
        "appointment|appointments|surgery|doctor|nurse|letter|evening|evenings",
    ),
    // Bruises hidden or explained away; fear of someone at home; a child given gifts by men.
    sign!(
        "safeguarding",
        groups![
            "bruise|bruises|bruised|bruising|burns",
            "explain|clumsy|hides|hiding|covers|covering|scared|afraid|frightened|terrified|checks|controls",
        ],
        "needle|needles|blood|bloods|injection|jab|jabs|football|rugby|fell|fall|easily|test|tests|vaccine|smear|warfarin|skin|condition|makeup|eczema",
    ),
    sign!(
        "safeguarding",
        groups![
            "scared|afraid|frightened|terrified",
            "of",
            "him|husband|partner|son|dad|boyfriend|stepdad|carer|brother",
        ],
        "needle|needles|doctor|doctors|gp|nurse|locum|receptionist|results|test|tests|dentist|spiders|dogs|dog|heights|hospital",
    ),
    sign!(
        "safeguarding",
        groups![
            "men|man|older|adult|adults|stranger|strangers",
            "car|cars|presents|gifts|phones|money|messages|alcohol|vodka|drugs",
            "daughter|son|niece|nephew|granddaughter|grandson|girl|boy|teenager|12|13|14|15|16|year",
        ],
        "shop|shops|selling|parking|park|parked|waiting|appointment|test|tests|reception|receptionist|doctor|nurse|staff",
    ),
    sign!(
        "safeguarding",
        groups![
            "homeless|rough|streets",
            "unwell|ill|sick|pain|cold|freezing|nowhere",
        ],
        // (Not "a rough and cold nurse".)
        "man|woman|people|person|patient|patients|nurse|doctor|receptionist",
    ),
    sign!(
        "safeguarding",
        groups![
            "without|withholds|withholding|starving|starves|denies|denied",
            "food|water|meals|medication|tablets|heating",
            "carer|carers|son|daughter|husband|wife|partner",
        ],
        "pharmacy|prescription|surgery|practice|doctor|nurse|receptionist",
    ),
    // Thirsty and weeing all the time, with sickness, sleepiness or weight lost (diabetes).
    sign!(
        "sepsis",
        groups![
            "thirsty|thirst",
            "weeing|peeing|wee|pee|urinating",
            "sick|vomiting|sleepy|drowsy|weight",
        ],
        "",
    ),
    // A tummy swollen, the bowels not opened, and vomiting (a blocked bowel).
    sign!(
        "abdominal_pain",
        groups![
            "bowels|pooed|poo|constipated",
            "swollen|distended",
            "vomiting|vomited|vomit",
        ],
        "months|years|ibs",
    ),
    // Feet or legs gone purple or white and cold (the blood supply cut off).
    sign!(
        "sepsis",
        groups![
            "feet|foot|leg|legs|toes",
            "purple|white|blue|black",
            "cold|freezing|icy",
        ],
        "winter|weather|raynauds|raynaud|chilblains|years|months|socks",
    ),
    // A heart beating slowly, with dizziness or faints (a heart block).
    sign!(
        "chest_pain",
        groups![
            "heart|pulse",
            "slow|slowly",
            "dizzy|faint|fainting|fainted|lightheaded"
        ],
        "months|years|tablets|beta|blockers|athlete|fit|running",
    ),
    // A heartbeat all over the place with faints; a heart's spray that no longer eases it.
    sign!(
        "chest_pain",
        groups![
            "heart|pulse|heartbeat|ticker",
            "erratic|irregular|shop|place|jumping|skipping",
            "dizzy|faint|fainting|keel|lightheaded|woozy|collapse"
        ],
        "months|years|tablets|coffee|caffeine|anxious|anxiety|nerves|nervous|results|clinic|monitor",
    ),
    sign!(
        "chest_pain",
        groups![
            "spray|gtn",
            "chest|angina|heart",
            "touching|working|helping|worse"
        ],
        "prescription|prescriptions|repeat|pharmacy|pharmacist|order|ordered|supply|nasal|hay",
    ),
    // A headache and a rash with drowsiness (meningitis).
    sign!(
        "rash",
        groups!["headache", "rash", "sleepy|drowsy|floppy|confused"],
        "months|years|ago|eczema|hayfever|heat|tablets|medication",
    ),
    // A calf swollen or painful after a birth, an operation or a flight (a clot).
    sign!(
        "sepsis",
        groups![
            "calf",
            "swollen|painful|hot|tender",
            "birth|baby|operation|surgery|flight|plane",
        ],
        "",
    ),
    // A child hungry and unkempt or marked.
    sign!(
        "safeguarding",
        groups![
            "lunch|food|hungry|starving",
            "dirty|smelly|unwashed|marks|bruises",
            "girl|boy|child|kid|kids|children|school",
        ],
        "",
    ),
    // A child alone, with a parent drunk or no food.
    sign!(
        "safeguarding",
        groups![
            "kid|kids|child|children|boy|girl|toddler",
            "alone",
            "drunk|drugs|hungry|starving",
        ],
        "",
    ),
    // Children left alone.
    sign!(
        "safeguarding",
        groups![
            "left|leaves|leaving",
            "alone|unsupervised|unattended|themselves",
            "kids|children|child|baby|toddler|toddlers|boy|girl|babies",
        ],
        "waiting|room|reception|surgery|practice|clinic|appointment|consultation|car|minutes|minute",
    ),
    // Money, a phone or papers kept from someone; an older man around a child; a carer who steals.
    sign!(
        "safeguarding",
        groups![
            "takes|took|controls|control|keeps|kept|steals|stole|stealing|smashed|smashes|broke|breaks|hid|hides|hidden",
            "money|phone|passport|bank|benefits|cards|wages|pension|savings",
            "husband|partner|wife|boyfriend|girlfriend|he|she|ex|carer|carers",
        ],
        "staff|receptionist|doctor|nurse|manager|pharmacy|surgery|machine|parking|locum|gp|checking|looking|staring|scrolling|playing|answering|agency|fees|charges|bill",
    ),
    sign!(
        "safeguarding",
        groups![
            "older",
            "boyfriend|man|men|guy|guys|friends",
            "daughter|son|girl|boy|underage|12|13|14|15|16",
        ],
        "",
    ),
    sign!(
        "safeguarding",
        groups![
            "stealing|steals|stole",
            "carer|carers|son|daughter|neighbour|nephew|niece|grandson|granddaughter",
        ],
        "",
    ),
    sign!(
        "safeguarding",
        groups!["safe", "not|never|unsafe|dont", "i|im|we|feel|home|me"],
        "comfortable|relaxed|made|make|car|park|parking|building|stairs|steps|floor|path|road|pavement|entrance|door|ramp|walking|dark|lights|lighting|street|streets",
    ),
    sign!(
        "safeguarding",
        groups![
            "scared|afraid|frightened|terrified",
            "partner|husband|wife|boyfriend|girlfriend|dad|stepdad|home|ex|father|mother|mum",
        ],
        "dentist|needle|needles|doctor|doctors|gp|nurse|locum|results|test|tests|spiders|dogs|dog|heights|hospital|injection|jab|jabs|smear|flying|cancer|diagnosis|operation|sedation",
    ),
    sign!(
        "safeguarding",
        groups![
            "controls|controlling|violent|threatens|threatening",
            "husband|wife|partner|boyfriend|girlfriend|ex|he|she|dad|father|stepdad|mum|mother|brother|son",
            "me|my|money|family|phone|us|kids|children",
        ],
        "staff|receptionist|doctor|nurse|manager|diet|diabetes|weight|bit",
    ),
    // A child seeing a grown man.
    sign!(
        "safeguarding",
        groups![
            "11|12|13|14|15",
            "man|men|boyfriend|dating|bloke|guy",
            "20|25|30|35|40|45|50|older|adult|grown",
        ],
        "minute|minutes|hour|hours|doctor|gp|nurse|patient|patients|every|once",
    ),
    // Sudden loss of feeling or movement down one side.
    sign!(
        "stroke",
        groups![
            "cant|cannot|couldnt|unable",
            "feel|move|lift",
            "face|arm|arms|leg|legs|side|hand",
        ],
        "appointment|appointments|waiting|room|chair|chairs|car|queue|bed",
    ),
    // Standing at the edge of a drop.
    sign!(
        "self_harm_or_suicide",
        groups![
            "edge",
            "platform|bridge|roof|cliff|building|balcony|multistorey|tracks",
            "stood|standing|stand|sat|sitting|went",
        ],
        "",
    ),
    // A blade or pills, and someone shut away with them.
    sign!(
        "self_harm_or_suicide",
        groups![
            "blade|blades|knife|razor|razors",
            "has|got|holding|took|taken|hiding|with",
            "herself|himself|myself|locked|threatening|threatened|says|said",
        ],
        "",
    ),
    // Something swallowed that burns or poisons.
    sign!(
        "self_harm_or_suicide",
        groups![
            "swallowed|swallow|ate|eaten|drank|drunk",
            "battery|batteries|magnet|magnets|bleach|detergent|liquitab|liquitabs|poison|antifreeze|screenwash|coin|coins|petrol|paraffin|diesel|turps",
        ],
        // ("the coin operated machine swallowed my money")
        "machine|operated|money",
    ),
    // Looking up how to end one's life.
    sign!(
        "self_harm_or_suicide",
        groups![
            "researching|researched|googling|googled|looking|looked|reading",
            "ways|methods",
            "do|die|end|it",
        ],
        "appointment|appointments|book|booking|prescription|online|app|form|complain*|surgery|practice|phone",
    ),
    // A fall or a knock to the head, then confusion or sickness.
    sign!(
        "head_injury",
        groups![
            "fell|fallen|fall|banged|bumped|knocked",
            "confus*|sense|vomit*|drowsy|unconscious|sick",
        ],
        // (Not "fell asleep", "fell behind", "knocked some sense into me".)
        "pregnant|ill|asleep|behind|apart|through|into|pregnancy|note|notes|request|form|application",
    ),
    // A nosebleed or bleeding on blood thinners.
    sign!(
        "bleeding",
        groups![
            "nosebleed|nosebleeds|bleeding|bleed",
            "warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|anticoagulant*|thinner|thinners",
        ],
        "clinic|review|test|tests|results|inr|levels|prescription|dose|easily|gums|bruise|bruising|saved|noticed|spotted",
    ),
    // A blow to the head while on blood thinners.
    sign!(
        "head_injury",
        groups![
            "warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|anticoagulant*|thinner|thinners",
            "hit|banged|bumped|fell|fall|knocked",
            "head",
        ],
        "",
    ),
    // A blow to the head, then not making sense.
    sign!(
        "head_injury",
        groups![
            "fell|fallen|fall|banged|bumped|knocked|hit",
            "head",
            "confus*|sense|vomit*|drowsy|unconscious|sick|rubbish|nonsense|gibberish|weird|strange|sleepy|throwing",
        ],
        "pregnant|ill|asleep|note|notes|request|form",
    ),
    // A fall, then not making sense: "took a tumble and he's not making sense" (not "fell
    // asleep", nor "fell through the cracks").
    sign!(
        "head_injury",
        groups![
            "fell|fallen|fall|tumble",
            "confus*|sense|nonsense|gibberish|muddled|rambling|disorientated|disoriented",
        ],
        "asleep|through|cracks|behind|apart|pregnant|ill|note|notes|request|form|letter|letters",
    ),
    // A pain in the side or the loin, with shaking or a fever: an infected kidney.
    sign!(
        "sepsis",
        groups![
            "side|loin|kidney|kidneys",
            "pain*|agony|dreadful|terrible",
            "shaking|shivering|shivery|rigors|fever|temperature",
        ],
        "head|hands|months|years|weeks|stitch",
    ),
    // Muddled and sleepy together, a change from how someone is: "not herself, very muddled
    // and sleepy" (not on new tablets, nor with dementia for years).
    sign!(
        "sepsis",
        groups!["muddled|confus*|delirious", "sleepy|drowsy"],
        "tablets|medication|meds|dose|review|months|years|weeks|dementia|always|anaesthetic|morning|mornings",
    ),
    // A fever, and wandering in the mind: "wandering and burning up".
    sign!(
        "sepsis",
        groups![
            "burning|fever*|feverish|temperature",
            "wandering|muddled|disorientated|disoriented|nonsense|gibberish|rambling",
        ],
        "",
    ),
    // Stopping drink after drinking hard: the shakes, sweats and fits of withdrawal.
    sign!(
        "alcohol_withdrawal",
        groups![
            "shak*|sweat*|fits|seizure*|hallucinat*|seeing",
            "drinking|drink|alcohol|booze",
            "stopped|stop|quit|quitting|without",
        ],
        "",
    ),
    // Not eating or drinking for days ("off his food for a couple of days" is not that).
    sign!(
        "sepsis",
        groups![
            "eaten|eating|drunk|drinking|ate|drank",
            "hasnt|havent|hadnt|not|stopped|wont|refuses|refusing|nothing|barely",
            "days",
        ],
        "alcohol|booze|beer|wine|coffee|tea|diet|fasting|ramadan|fast|appointment|appointments|waiting|waited",
    ),
);

/// Each group's words, as bits. A whole word is kept with the bits of every group that names it
/// (a word such as "waiting" is in many signs' `unless`), so a token costs one lookup; prefixes
/// are kept by their first four letters (every prefix has at least four).
struct Index {
    /// Whole words: where in `masks` the bits of the groups that name them are. (Tables of
    /// places, not of masks and lists: the one kind of hash table the rest of the engine uses,
    /// so the wasm holds its code once.)
    words: HashMap<&'static str, u32>,
    masks: Vec<Mask>,
    /// Prefixes (`pain*`) by their first four letters: where in `prefix_lists` they are, each
    /// with its group's bit.
    prefixes: HashMap<&'static str, u32>,
    prefix_lists: Vec<Vec<(&'static str, u32)>>,
    /// For each sign: the bits of all its groups, and of its `unless` words.
    signs: Vec<(Mask, Mask)>,
    /// By the bit of a sign's first group (the telling one, looked for first): the signs, in
    /// order.
    by_anchor: Vec<Vec<usize>>,
    /// The first groups' bits together: a word with none of them starts no sign.
    anchors: Mask,
}

/// The words of a `Mask`: room for 64 groups each.
const MASK_WORDS: usize = 12;

/// A set of groups, one bit each.
#[derive(Clone, Copy, Default)]
struct Mask([u64; MASK_WORDS]);

impl Mask {
    const GROUPS: u32 = 64 * MASK_WORDS as u32;

    fn bit(n: u32) -> Self {
        let mut mask = Self::default();
        mask.0[(n / 64) as usize] = 1 << (n % 64);
        mask
    }

    fn set(&mut self, n: u32) {
        self.0[(n / 64) as usize] |= 1 << (n % 64);
    }

    /// The bits set, lowest first.
    fn ones(self) -> impl Iterator<Item = u32> {
        self.0.into_iter().enumerate().flat_map(|(k, mut word)| {
            std::iter::from_fn(move || {
                (word != 0).then(|| {
                    let bit = word.trailing_zeros();
                    word &= word - 1;
                    k as u32 * 64 + bit
                })
            })
        })
    }

    // (Word by word: comparing the arrays whole calls `memcmp`, which was 5% of the engine's
    // time.)
    fn is_empty(self) -> bool {
        self.0.iter().fold(0, |any, &word| any | word) == 0
    }

    fn meets(self, other: Self) -> bool {
        !(self & other).is_empty()
    }

    fn holds(self, other: Self) -> bool {
        self.0
            .iter()
            .zip(other.0)
            .fold(0, |missing, (&word, wanted)| missing | (wanted & !word))
            == 0
    }
}

impl std::ops::BitOr for Mask {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        let mut out = self;
        for (o, b) in out.0.iter_mut().zip(other.0) {
            *o |= b;
        }
        out
    }
}

impl std::ops::BitAnd for Mask {
    type Output = Self;
    fn bitand(self, other: Self) -> Self {
        let mut out = self;
        for (o, b) in out.0.iter_mut().zip(other.0) {
            *o &= b;
        }
        out
    }
}

impl std::ops::BitOrAssign for Mask {
    fn bitor_assign(&mut self, other: Self) {
        *self = *self | other;
    }
}

/// The first four bytes of a word, or all of it (cut only at a character boundary).
fn head(word: &str) -> &str {
    let mut end = word.len().min(4);
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: HashMap<&'static str, u32> = HashMap::default();
        let mut masks: Vec<Mask> = Vec::new();
        let mut prefixes: HashMap<&'static str, u32> = HashMap::default();
        let mut prefix_lists: Vec<Vec<(&'static str, u32)>> = Vec::new();
        let mut signs = Vec::new();
        let mut next_bit = 0u32;
        // A group written the same way in two signs is one group, with one bit.
        let mut known: Vec<(&'static str, u32)> = Vec::new();
        let mut add = |alternatives: &'static str| -> u32 {
            if let Some(&(_, bit)) = known.iter().find(|(text, _)| *text == alternatives) {
                return bit;
            }
            assert!(
                next_bit < Mask::GROUPS,
                "too many groups of signs for one mask"
            );
            let bit = next_bit;
            next_bit += 1;
            known.push((alternatives, bit));
            for word in alternatives.split('|') {
                match word.strip_suffix('*') {
                    Some(prefix) => {
                        assert!(prefix.len() >= 4, "a prefix of signs is too short");
                        let place = *prefixes.entry(head(prefix)).or_insert_with(|| {
                            prefix_lists.push(Vec::new());
                            prefix_lists.len() as u32 - 1
                        });
                        prefix_lists[place as usize].push((prefix, bit));
                    }
                    None => {
                        let place = *words.entry(word).or_insert_with(|| {
                            masks.push(Mask::default());
                            masks.len() as u32 - 1
                        });
                        masks[place as usize].set(bit);
                    }
                }
            }
            bit
        };
        let mut by_anchor: Vec<Vec<usize>> = vec![Vec::new(); Mask::GROUPS as usize];
        let mut anchors = Mask::default();
        for (s, sign) in sign_list().iter().enumerate() {
            let bits: Vec<u32> = sign.groups.split(';').map(&mut add).collect();
            let groups = bits
                .iter()
                .fold(Mask::default(), |mask, &bit| mask | Mask::bit(bit));
            let unless = if sign.unless.is_empty() {
                Mask::default()
            } else {
                Mask::bit(add(sign.unless))
            };
            signs.push((groups, unless));
            by_anchor[bits[0] as usize].push(s);
            anchors.set(bits[0]);
        }
        Index {
            words,
            masks,
            prefixes,
            prefix_lists,
            signs,
            by_anchor,
            anchors,
        }
    })
}

/// Every sign's words, for the dropped-g spellings (`crate::with_g`).
pub fn texts() -> impl Iterator<Item = &'static str> {
    sign_list().iter().map(|sign| sign.groups)
}

/// Urgent signs in a comment, at most one finding per sign and sentence.
pub fn find(tokens: &[Token], findings: &mut Vec<Finding>) {
    let index = index();
    let mut masks: Vec<Mask> = vec![Mask::default(); tokens.len()];
    for (mask, t) in masks.iter_mut().zip(tokens) {
        if let Some(&place) = index.words.get(t.norm) {
            *mask |= index.masks[place as usize];
        }
        // "baby's been sleepy", "mum's lips": the word before its 's.
        if t.apostrophe_s
            && let Some(&place) = t.norm.strip_suffix('s').and_then(|w| index.words.get(w))
        {
            *mask |= index.masks[place as usize];
        }
        if let Some(&place) = index.prefixes.get(head(t.norm)) {
            for &(prefix, bit) in &index.prefix_lists[place as usize] {
                if t.norm.starts_with(prefix) {
                    mask.set(bit);
                }
            }
        }
    }
    let mut found: Vec<(usize, u32)> = Vec::new();
    let mut started: Vec<usize> = Vec::new();
    for i in 0..tokens.len() {
        let anchors = masks[i] & index.anchors;
        if anchors.is_empty() {
            continue;
        }
        // The signs this word starts, in their order.
        started.clear();
        for bit in anchors.ones() {
            for &s in &index.by_anchor[bit as usize] {
                insert_ordered(&mut started, s);
            }
        }
        let clause = tokens[i].clause;
        let window: Range<usize> = i.saturating_sub(REACH)..(i + REACH + 1).min(tokens.len());
        let seen = window
            .clone()
            .filter(|&j| in_clause(tokens, j, clause))
            .fold(Mask::default(), |mask, j| mask | masks[j]);
        for &s in &started {
            let (groups, unless) = index.signs[s];
            let complete = seen.holds(groups) && !seen.meets(unless);
            #[cfg(test)]
            if complete {
                tests::MET.lock().unwrap().insert(s);
            }
            let said_already = || {
                findings.iter().any(|f| {
                    f.kind == Kind::Urgent
                        && f.spans
                            .iter()
                            .any(|s| s.start < tokens[i].span.end && tokens[i].span.start < s.end)
                })
            };
            if complete && !found.contains(&(s, clause)) && !said_already() {
                found.push((s, clause));
                let parts: Vec<usize> = window
                    .clone()
                    .filter(|&j| in_clause(tokens, j, clause) && masks[j].meets(groups))
                    .collect();
                let (first, last) = (parts[0], parts[parts.len() - 1]);
                let span = tokens[first].span.start..tokens[last].span.end;
                findings.push(Finding {
                    kind: Kind::Urgent,
                    spans: vec![span],
                    rule: sign_list()[s].rule,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Kind, analyse};

    /// The signs found complete, by number, in any test so far.
    pub static MET: std::sync::Mutex<std::collections::BTreeSet<usize>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());

    /// Every sign is met by some kiosk example, as every phrase pattern is (see
    /// `every_pattern_line_is_met_by_an_example`).
    #[test]
    fn every_sign_is_met_by_an_example() {
        let examples = include_str!("../tests/data/kiosk_examples.tsv");
        for (_, text) in examples.lines().filter_map(|line| line.split_once('\t')) {
            analyse(text);
        }
        let met = MET.lock().unwrap();
        let unmet: Vec<&str> = (0..super::sign_list().len())
            .filter(|s| !met.contains(s))
            .map(|s| super::sign_list()[s].groups)
            .collect();
        assert!(
            unmet.is_empty(),
            "signs no kiosk example meets (write one in tests/data/kiosk_examples.tsv): \
             {unmet:#?}"
        );
    }

    #[test]
    fn every_sign_word_is_a_plain_word_or_prefix() {
        for sign in super::sign_list() {
            let unless = sign.unless.split('|').filter(|_| !sign.unless.is_empty());
            for word in sign.groups.split([';', '|']).chain(unless) {
                let word = word.strip_suffix('*').unwrap_or(word);
                assert!(
                    !word.is_empty()
                        && word.chars().all(|c| c.is_ascii_lowercase()
                            || c.is_ascii_digit()
                            || "-&'".contains(c)),
                    "`{word}` in sign {}: a sign's words are lower-case words or `prefix*`",
                    sign.rule
                );
            }
        }
    }

    /// (what the case shows, comment, whether urgent need is found)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "a grandmother with a fever, not eating or drinking",
            "my grandma has a really high temperature and a cough and she's not eating or drinking",
            true,
        ),
        (
            "a grandfather's fever last winter",
            "My grandad had a fever last winter and the GP was great, but he's eating well now and just needs his review",
            false,
        ),
        (
            "a fever and a leaking wound after an operation",
            "I've got a high temperature after my operation last week and the wound is leaking",
            true,
        ),
        (
            "a sore throat and fever on methotrexate",
            "I'm on methotrexate and I've got a sore throat, mouth ulcers and a fever",
            true,
        ),
        (
            "a weight on the chest and an aching jaw",
            "there's a weight on my chest and my jaw aches",
            true,
        ),
        (
            "weight gained and chest infections",
            "I've put on weight and my chest infection keeps coming back, nobody has referred me",
            false,
        ),
        (
            "indigestion spreading to the arm, clammy",
            "I've got indigestion that's spreading to my arm and I feel clammy",
            true,
        ),
        (
            "a whistle in the breath",
            "I can't stop coughing and I can hear myself whistling when I breathe",
            true,
        ),
        (
            "a whistling kettle",
            "The kettle in the waiting room is whistling all the time, it's annoying when you're trying to breathe calmly",
            false,
        ),
        (
            "a grape swallowed, coughing and red",
            "I think my baby has swallowed a grape and he is coughing and going red",
            true,
        ),
        (
            "a sweet swallowed at nursery last year",
            "My son swallowed a sweet whole at nursery last year and they handled it badly, he's fine",
            false,
        ),
        (
            "peeing blood with pain in the side",
            "I've got terrible pain in my side and I'm peeing blood",
            true,
        ),
        (
            "a chainsaw cut pouring",
            "My brother has a deep cut on his leg from a chainsaw, it's pouring",
            true,
        ),
        (
            "a cut-short appointment in the rain",
            "My appointment was cut short and it was pouring with rain when I left",
            false,
        ),
        (
            "a painful eye with halos",
            "sharp pain in my eye and my vision's blurred, I can see halos",
            true,
        ),
        (
            "halos from cataracts",
            "I see halos around lights at night, I was told it's my cataracts, when is the operation",
            false,
        ),
        (
            "thanks for fitting me in",
            "Thank you for fitting me in at short notice, I was really worried",
            false,
        ),
        (
            "cuts on the arms deserved",
            "my daughter has cuts all over her arms and says she deserves it",
            true,
        ),
        (
            "old burn scars hidden",
            "I wear long sleeves to hide the scars on my arms from an old burn, the nurse was kind",
            false,
        ),
        (
            "a phone smashed by him",
            "he smashed my phone so I can't call anyone",
            true,
        ),
        (
            "a little boy alone outside crying",
            "there's a little boy outside on his own and he's been crying for ages",
            true,
        ),
        (
            "a son alone in reception crying",
            "My son was on his own in reception crying for ages because nobody told him where I was",
            false,
        ),
        (
            "a girl of 15 gone off with a man met online",
            "my sister is 15 and has run off with a man she met online",
            true,
        ),
        (
            "a husband gone off with a woman from work",
            "My husband ran off with a woman from work and I'm struggling to sleep",
            false,
        ),
        (
            "a plan and a date picked",
            "I've got a plan and I've picked a date",
            true,
        ),
        (
            "a diet plan with a start date",
            "I've got a plan for my diet and I've picked a date to start, can the nurse support me",
            false,
        ),
        (
            "shadows that say I'll die tonight",
            "I keep seeing shadows that tell me I'm going to die tonight",
            true,
        ),
        (
            "a nosebleed on warfarin",
            "I've got a really bad nosebleed and I'm on warfarin",
            true,
        ),
        (
            "an INR clinic for warfarin",
            "I'm on warfarin and the INR clinic keeps changing days, it's hard to plan",
            false,
        ),
        (
            "a bleed prevented by a pharmacist",
            "The pharmacist noticed I was on two blood thinners and saved me from a bleed",
            false,
        ),
        (
            "wandering out in the cold in a nightie",
            "Mum can't remember who I am and is wandering about in her nightie in the cold",
            true,
        ),
        (
            "patients wandering corridors",
            "Patients are left wandering the corridors because there are no signs to the rooms",
            false,
        ),
        (
            "choking on one's words",
            "I was choking on my words because the receptionist kept interrupting",
            false,
        ),
        (
            "choking on food, can't breathe",
            "I was choking on my food and now I can't breathe properly",
            true,
        ),
        (
            "all of one's sertraline taken",
            "i've took all my sertraline",
            true,
        ),
        (
            "all tablets taken as prescribed",
            "I've taken all my tablets as prescribed and I'm still in pain, I need a review",
            false,
        ),
        (
            "a young baby hot and not taking milk",
            "My baby 2 month very hot and no drink milk since morning",
            true,
        ),
        (
            "a head knock, then forgetting and sickness",
            "I hit my head yesterday and now I keep forgetting things and being sick",
            true,
        ),
        (
            "a head knock, then missed appointments",
            "I keep forgetting my appointments since I hit my head on the cupboard, could you text reminders",
            false,
        ),
        (
            "staff not knowing where the epipen was",
            "The anaphylaxis training for staff should include reception, they didn't know where the epipen was",
            false,
        ),
        (
            "a voice telling them to set a fire",
            "there's a voice telling me to set fire to the house",
            true,
        ),
        (
            "a newborn not feeding and moaning",
            "my newborn won't feed and she's making a moaning noise",
            true,
        ),
        (
            "a baby sleepy at a clinic at feeding time",
            "The baby clinic is at feeding time and my son was grizzly and sleepy by the time we were seen",
            false,
        ),
        (
            "a bang to the head, then sickness",
            "He's had a bang to the head, keeps being sick and is really sleepy",
            true,
        ),
        (
            "belly pain too bad to stand straight",
            "I've got a pain in my belly that's so bad I can't stand up straight and I'm being sick",
            true,
        ),
        (
            "bruises lied about",
            "I have bruises everywhere and I have to lie about them at work",
            true,
        ),
        (
            "bruises from blood tests hidden",
            "I wear long sleeves to hide the bruises from my blood tests",
            false,
        ),
        (
            "money and trainers unexplained",
            "my son comes home with expensive trainers and money and won't say where from",
            true,
        ),
        (
            "building money unexplained",
            "The practice won't say where the money for the new building came from",
            false,
        ),
        (
            "voices wanting harm",
            "the voices are getting louder and they want me to jump",
            true,
        ),
        (
            "the phone line's voices",
            "The voices on the automated phone line want me to press 1 for everything",
            false,
        ),
        (
            "a leaflet about voices",
            "The leaflets say if the voices want you to hurt yourself call 111, that number is wrong",
            false,
        ),
        (
            "wet oneself with no feeling in the legs",
            "I still have no feeling in my legs and I've wet myself",
            true,
        ),
        (
            "a child who wet himself waiting for a locked toilet",
            "My son wet himself in the waiting room because the toilet was locked, his legs were soaked",
            false,
        ),
        (
            "bleeding heavily after a wait",
            "Rating 1 star because I've been waiting and I'm bleeding heavily from down below",
            true,
        ),
        (
            "a long wait for heavy bleeding to be seen to",
            "Waited six months to see someone about my heavy bleeding, it's affecting my work",
            false,
        ),
        (
            "a sting, then blotches and wheeze",
            "got stung by a wasp and now I'm all blotchy and wheezy",
            true,
        ),
        (
            "a wasp nest reported",
            "Got stung by a wasp in your car park, there's a nest by the bins, please get it removed",
            false,
        ),
        (
            "a child alone in a hot car",
            "there is a kid crying in the car outside, been alone for ages in this heat",
            true,
        ),
        (
            "a baby left alone in a car",
            "a baby has been left alone in a car outside in the sun",
            true,
        ),
        (
            "children left in a car for a moment",
            "We left the kids alone in the car for two minutes to run in for a prescription",
            false,
        ),
        (
            "children in the car with a parent",
            "Left the kids in the car with my husband because there's nowhere to wait",
            false,
        ),
        (
            "a sudden gush of water in pregnancy",
            "I'm pregnant and I've had a sudden gush of water",
            true,
        ),
        (
            "a gush of water from the ceiling",
            "There was a gush of water from the ceiling in the waiting room toilet",
            false,
        ),
        (
            "a newborn yellow and sleepy",
            "my newborn is yellow and very sleepy",
            true,
        ),
        (
            "someone controlling my thoughts",
            "someone is controlling my thoughts",
            true,
        ),
        (
            "reading my mind, as praise",
            "The receptionist seemed to be reading my mind, she had everything ready",
            false,
        ),
        (
            "a chest that is killing me, sick and dizzy",
            "my chest is killing me and I feel sick and dizzy",
            true,
        ),
        (
            "a chest infection that is killing me",
            "My chest infection is killing me and still no antibiotics",
            false,
        ),
        ("gasping for air", "I'm gasping for air", true),
        (
            "gasping for a cup of tea",
            "I was gasping for a cup of tea after waiting three hours",
            false,
        ),
        (
            "burning up and shivering",
            "my daughter is burning up, shivering and her hands and feet are freezing",
            true,
        ),
        (
            "shivering in a cold waiting room",
            "I was shivering in the waiting room because the heating was off",
            false,
        ),
        (
            "a whole packet of paracetamol taken",
            "I've had a whole packet of paracetamol",
            true,
        ),
        (
            "a whole packet of paracetamol prescribed",
            "I had a whole packet of paracetamol prescribed when I only needed a few",
            false,
        ),
        (
            "a threat to kill if the patient leaves",
            "he said if I leave he'll kill me",
            true,
        ),
        (
            "if I leave it my knee will kill me",
            "If I leave it any longer my knee will kill me, please get me a physio",
            false,
        ),
        (
            "a note written for the family",
            "I've written a note for my family",
            true,
        ),
        (
            "a note written for the doctor",
            "I wrote a note for the doctor and the receptionist lost it",
            false,
        ),
        (
            "a rope in the garage",
            "I've got a rope in the garage",
            true,
        ),
        (
            "a rope barrier",
            "The rope barrier at reception fell on my son",
            false,
        ),
        (
            "no sleep and a name called by no one",
            "I haven't slept for 5 days and I'm hearing my name being called",
            true,
        ),
        (
            "a name not heard in the waiting room",
            "I couldn't hear my name being called in the waiting room",
            false,
        ),
        (
            "a television sending messages",
            "My son says the TV is sending him messages and he's stopped eating",
            true,
        ),
        (
            "the waiting room television's messages",
            "The TV in the waiting room keeps showing messages about flu jabs",
            false,
        ),
        (
            "driving the car into a wall",
            "I'm going to drive my car into a wall",
            true,
        ),
        (
            "nearly crashing in the car park",
            "I nearly crashed my car into the wall in your car park, the lighting is terrible",
            false,
        ),
        (
            "a curtain over one eye",
            "I'm seeing flashing lights and a dark curtain coming over one eye",
            true,
        ),
        (
            "sight lost suddenly",
            "I've suddenly lost the sight in my left eye",
            true,
        ),
        (
            "sight worse over months, a lost referral",
            "The eye clinic lost my referral and my sight is getting worse over months",
            false,
        ),
        (
            "a tearing pain between the shoulder blades",
            "I've got a terrible pain in my back between my shoulder blades that came on suddenly, like tearing",
            true,
        ),
        (
            "tearing my hair out",
            "I'm tearing my hair out trying to get an appointment",
            false,
        ),
        (
            "a burn that took the skin off",
            "I burnt my arm on the oven and the skin has come off",
            true,
        ),
        (
            "a deep dog bite",
            "My son has been bitten by a dog and it's deep",
            true,
        ),
        (
            "a dog bite years ago",
            "I was bitten by a dog years ago and still get anxious, the nurse was kind",
            false,
        ),
        (
            "electrocuted",
            "My husband was electrocuted changing a light and seems dazed",
            true,
        ),
        (
            "shaking and seeing things after heavy drinking",
            "my husband has been drinking heavily and now he's shaking and seeing things",
            true,
        ),
        (
            "paranoid after taking something",
            "My partner has taken something and is really paranoid and aggressive",
            true,
        ),
        (
            "pain low on the right with a fever",
            "I have severe pain in my lower right side and a fever",
            true,
        ),
        (
            "pain on the right for months",
            "I've had pain in my right side for months and nobody will scan me",
            false,
        ),
        (
            "a neck that won't move, with a fever",
            "I can't move my neck and have a high temperature and a headache",
            true,
        ),
        (
            "a carer afraid of hurting the one cared for",
            "I'm a carer and I'm at the end of my tether, I'm scared I'll hurt her",
            true,
        ),
        (
            "threats to hurt the children",
            "I'm being sent messages saying they'll hurt my kids if I don't pay",
            true,
        ),
        (
            "a child who has swallowed tablets",
            "My little boy has swallowed some of my tablets",
            true,
        ),
        (
            "a child who struggles to swallow tablets",
            "My daughter struggles to swallow tablets and nobody will prescribe liquid",
            false,
        ),
        (
            "a fall onto the head, then sickness",
            "The baby fell off the bed and has a big lump on his head and keeps being sick",
            true,
        ),
        (
            "a knock to the head on a cupboard, told",
            "I banged my head on the low cupboard in the nurses room, it needs padding",
            false,
        ),
        (
            "a headache after hitting the head",
            "My dad's got a really bad headache after he fell and hit his head",
            true,
        ),
        (
            "confused and dehydrated",
            "Grandad has had diarrhoea all week and now he's confused and not drinking",
            true,
        ),
        (
            "confused by a phone system",
            "My grandad is confused by the new phone system and the diarrhoea clinic moved",
            false,
        ),
        (
            "a rash like bruises with a fever",
            "My son has a temperature and a rash that looks like bruises",
            true,
        ),
        (
            "bruising easily",
            "I get a rash and bruise easily and the doctor never checks my bloods",
            false,
        ),
        (
            "pregnant with belly pain, the bleeding beyond reach",
            "I'm 28 weeks pregnant and I've got really bad tummy pain and bleeding",
            true,
        ),
        (
            "a neighbour's curtains shut for days",
            "My elderly neighbour hasn't been seen for days and her curtains are shut",
            true,
        ),
        (
            "broken curtains closed for days",
            "The curtains in the treatment room were closed for days because they were broken",
            false,
        ),
        (
            "someone with dementia who has wandered off",
            "my mum has dementia and has wandered off, we can't find her",
            true,
        ),
        (
            "dementia medication gone missing",
            "Mum's dementia medication went missing again at the pharmacy",
            false,
        ),
        (
            "a fever on chemotherapy",
            "I've got a really high temperature and I'm on chemo",
            true,
        ),
        (
            "waiting among coughs on chemotherapy",
            "I'm on chemo and had to wait an hour in a room full of coughing people",
            false,
        ),
        (
            "a skipping heart and blacking out",
            "my heart keeps skipping and I nearly blacked out",
            true,
        ),
        (
            "a heart that sank",
            "My heart sank when I saw the queue",
            false,
        ),
        (
            "afraid of hurting someone",
            "I feel like I'm going to hurt someone",
            true,
        ),
        (
            "in a bad place",
            "I'm in a really bad place at the moment",
            true,
        ),
        (
            "how bad this place is",
            "I'm going to tell everyone how bad this place is",
            false,
        ),
        (
            "a receptionist who is fit",
            "the blonde receptionist is fit",
            false,
        ),
        (
            "fit and well",
            "My daughter is fit and well now but it took 3 appointments to get antibiotics",
            false,
        ),
        (
            "in no fit state",
            "I wasn't in a fit state to drive home after the injection",
            false,
        ),
        (
            "a fit that has lasted five minutes",
            "my son's fit has lasted more than five minutes",
            true,
        ),
        ("another fit", "she's had another fit this morning", true),
        (
            "legs numb on a hard chair",
            "the new chairs are nice but my legs go numb in them",
            false,
        ),
        (
            "a sleepy baby who hasn't fed, written with 's",
            "baby's been really sleepy and hasn't fed all day and has a funny rash",
            true,
        ),
        (
            "a baby's feeding clinic",
            "The baby's feeding clinic on Tuesdays was cancelled again",
            false,
        ),
        (
            "a doctor on his phone",
            "The locum didn't seem to know what he was doing, he kept checking his phone",
            false,
        ),
        (
            "chest pain in other words",
            "there's a pressure on my chest",
            true,
        ),
        (
            "chest pain, words apart",
            "Chest feels really tight tonight",
            true,
        ),
        (
            "a chest x-ray is paperwork",
            "I waited two weeks for my chest x-ray results",
            false,
        ),
        (
            "breathing, any order",
            "I'm really struggling to get my breath",
            true,
        ),
        (
            "breath, said of people in general",
            "Too many steps for people who are short of breath",
            false,
        ),
        (
            "blood that won't stop",
            "Blood keeps pouring from my nose and won't stop",
            true,
        ),
        (
            "blood test results",
            "Lots of blood tests and no results",
            false,
        ),
        (
            "a rash under a glass",
            "spots that don't go when I roll a glass over them",
            true,
        ),
        (
            "no kicks felt",
            "baby has been quiet all day, not moving like normal",
            true,
        ),
        ("a fit", "She is having a fit", true),
        ("a coil fitting", "The coil fitting was quick", false),
        (
            "high blood pressure in pregnancy",
            "I'm pregnant and I've got a terrible headache and blurry vision",
            true,
        ),
        (
            "a low blood sugar, with a decimal point",
            "I'm diabetic and my sugar is 2.1 and I feel shaky and confused",
            true,
        ),
        (
            "a rope, thought of",
            "I've got a rope and I keep thinking about using it",
            true,
        ),
        (
            "a skipping rope",
            "My son got a skipping rope for his birthday",
            false,
        ),
        (
            "money kept from someone",
            "I'm not allowed out by my husband and he takes my money",
            true,
        ),
        (
            "an older man around a child",
            "My daughter is 15 and has an older boyfriend who gives her drugs",
            true,
        ),
        (
            "an allergy with a hoarse voice",
            "my kid ate a peanut and now he's covered in a rash and his voice is hoarse",
            true,
        ),
        (
            "too much insulin",
            "I took double my insulin by mistake and feel really shaky",
            true,
        ),
        (
            "a stiff neck and drowsiness",
            "my child is unusually sleepy and has a stiff neck",
            true,
        ),
        (
            "a stiff neck from sleeping",
            "I woke up with a stiff neck after a long drive",
            false,
        ),
        (
            "tablets saved up",
            "I've stockpiled my tablets and I'm ready to take them",
            true,
        ),
        (
            "afraid of hurting the baby",
            "I'm scared I might hurt my baby",
            true,
        ),
        (
            "afraid the jab will hurt",
            "I was worried the injection might hurt my baby",
            false,
        ),
        (
            "a baby turning blue",
            "my baby turned blue for a few seconds",
            true,
        ),
        (
            "the heart wrong now",
            "I feel like something is really wrong with my heart right now",
            true,
        ),
        (
            "a heart murmur, months ago",
            "The doctor said something was wrong with my heart months ago",
            false,
        ),
        (
            "a bad headache and being sick",
            "I hit my head and now I've got a terrible headache and I'm being sick",
            true,
        ),
        (
            "confused by a letter",
            "I was confused by the letter and fell behind with my tablets",
            false,
        ),
        (
            "kept from money",
            "My partner won't let me have any money and checks where I go",
            true,
        ),
        (
            "sleeping rough and ill",
            "I'm homeless and sleeping rough and very unwell",
            true,
        ),
        (
            "a carer who withholds food",
            "my carer leaves me without food for days",
            true,
        ),
        (
            "a fall and no getting up",
            "My nan has fallen and can't get up and she's cold",
            true,
        ),
        (
            "a drink spiked",
            "i think my drink was spiked and i feel really unwell",
            true,
        ),
        (
            "a fit in the waiting room",
            "a man in the waiting room is having a fit",
            true,
        ),
        ("not breathing", "she's not breathing", true),
        (
            "a baby fallen and quiet",
            "the baby fell off the bed and is very quiet now",
            true,
        ),
        (
            "fit to practise",
            "Dr Smith is not fit to practise, he ignored my symptoms",
            false,
        ),
        ("not safe at home", "I don't feel safe at home", true),
        (
            "an unsafe car park",
            "The car park is not safe at night",
            false,
        ),
        (
            "self-harm with a tool",
            "I burn myself with cigarettes when I'm stressed",
            true,
        ),
        (
            "no point in ringing",
            "There's no point ringing at 8am anymore",
            false,
        ),
        (
            "a child hit at home",
            "My carer hits my mum when no one is looking",
            true,
        ),
        (
            "pushed from pillar to post",
            "I was pushed from pillar to post by reception",
            false,
        ),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong = crate::wrongly_judged(CASES, |t| analyse(t).has(Kind::Urgent));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
