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
        "appointment|appointments|clinic|clinics|count|donation|donor|form|forms|letter|phone|phones|pressure|referral|result|results|sample|samples|scan|sugar|sugars|test|tests|work|x-ray|xray"
    };
}

/// Words that make "fit" or "fits" something other than a seizure: clothes that fit, a coil
/// fitted, a fit of giggles.
macro_rules! fit_of_another_kind {
    () => {
        "aid|aids|appointment|bathroom|choking|clothes|coil|coughing|drive|enough|everybody|everyone|fitted|giggles|giggling|glasses|gym|healthy|hearing|kitchen|laughing|note|notice|practise|purpose|shoes|slot|slots|sneezing|squeeze|squeezed|squeezing|thank|thanks"
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
            "breastbone|chest|sternum",
            "ache|aching|agony|band|burning|clutch*|crush*|discomfort|elephant*|fire|grabbing|gripping|heaviness|heavy|holding|hurt*|killing|pain*|pressure|sat|sitting|squash*|squeez*|tight*|vice|weight",
        ],
        "clinic|costochondritis|heartburn|infection|letter|months|muscular|musculoskeletal|reflux|rehab|results|scan|x-ray|xray|year|years",
    ),
    sign!(
        "chest_pain",
        groups![
            "ache|aches|aching|indigestion|numb*|pain*|pins|radiating|spreading|spreads|tingl*",
            "arm|jaw",
            "chest|clammy|grey|sick|sweat*",
        ],
        "",
    ),
    sign!(
        "chest_pain",
        groups![
            "hart|heart|hearts|ticker",
            "attack|attacks|crush*|fast|fluttering|hurt*|pain*|pounding|racing|squeez*|stopped|thumping|tight*",
        ],
        "anxiety|anxious|appointment|because|clinic|failure|gave|give|giving|gold|nerves|nervous|results|review|scan|stress|stressed|test|tests",
    ),
    // Pain down the arm and in the jaw together (not the dentist's).
    sign!(
        "chest_pain",
        groups![
            "jaw",
            "arm",
            "ache|aches|aching|heavy|numb*|pain*|shooting|tingl*"
        ],
        "broken|dentist|fracture|months|teeth|tooth|wisdom|years",
    ),
    // "I feel like my heart is going to stop"
    sign!(
        "chest_pain",
        groups!["heart", "stop|stopping", "feel|feeling|feels"],
        "anger|frustration|love|sank",
    ),
    sign!(
        "chest_pain",
        groups![
            "ashen|gray|grey|pale",
            "clammy|cold|collaps*|faint*|sweating|sweaty",
        ],
        "",
    ),
    // Stroke: face, arm, speech ("one side of face is down").
    sign!(
        "stroke",
        groups![
            "side",
            "face|mouth",
            "down|droop*|dropped|fallen|hanging|sagging|slack|slipped"
        ],
        "",
    ),
    sign!(
        "stroke",
        groups![
            "eye|eyelid|face|mouth|smile",
            "droop*|dropped|fallen|lopsided|sagging|slipped|wonky",
        ],
        "",
    ),
    sign!(
        "stroke",
        groups![
            "speech|talking|voice|words",
            "funny|garbled|gibberish|gobbledygook|gone|jumbled|muddled|nonsense|slur*|strange|thick|weird",
        ],
        // (Not "the receptionist was talking nonsense".)
        "automated|manager|message|phone|receptionist|receptionists|recorded",
    ),
    // "My words keep coming out wrong" (not nerves, nor a letter's wording).
    sign!(
        "stroke",
        groups![
            "speech|words",
            "came|come|comes|coming",
            "backwards|mixed|wrong"
        ],
        "across|anxious|display|email|flustered|form|forms|leaflet|letter|nervous|screen|screens|sign|upset|website|written",
    ),
    sign!(
        "stroke",
        groups![
            "arm|arms|face|hand|leg|legs|side",
            "dead|droop*|floppy|limp|numb|numbness|paralys*|weak|weakness",
        ],
        // Legs gone to sleep on a hard chair.
        "asleep|chair|chairs|cramp|pins|sat|seat|seating|seats|sit|sitting",
    ),
    sign!(
        "stroke",
        groups![
            "sudden|suddenly",
            "blind|confused|confusion|dizzy|numb|numbness|vision|weakness",
        ],
        "",
    ),
    // Seeing double, newly (not after a drink, nor for years).
    sign!(
        "stroke",
        groups!["double", "seeing|sight|vision"],
        "drink|drinking|drops|drunk|glasses|months|optician|pint|pints|years",
    ),
    // Breathing.
    sign!(
        "breathing",
        groups![
            "breath|breathe|breathes|breathing|breathless*|puff",
            "aint|barely|cannot|cant|catch|couldnt|difficult*|fast|fighting|funny|gasp*|get|grunt*|hard|hardly|heaving|irregular|isnt|labour*|noise|noisily|noisy|normally|not|odd|properly|rapid|rattl*|right|shallow|short|shortness|stop|stopped|strange|struggl*|trouble|weird",
        ],
        "advice|anyone|climb|climbing|crowded|exercise|exercises|fan|heat|heating|hill|hills|laugh|laughing|laughter|months|packed|patients|people|ramp|stairs|steps|stuffy|technique|those|ventilation|walk|walking|weeks|window|windows|word|words|years",
    ),
    sign!(
        "breathing",
        groups![
            "chest|neck|ribs|tummy",
            "caving|drawing|pulling|suck|sucking"
        ],
        "",
    ),
    sign!(
        "breathing",
        groups![
            "asthma|inhaler|inhalers|nebuliser|pump",
            "attack|bad|cant|doesnt|isnt|not|nt|severe|struggl*|useless|worse",
        ],
        "appointment|appointments|autumn|changed|clinic|damp|hate|hates|mold|months|mould|nurse|order|ordered|prescription|prescriptions|repeat|review|reviews|season|sorted|spotted|spring|summer|weeks|winter",
    ),
    sign!(
        "breathing",
        groups!["face|fingers|lips|skin|tongue", "blue|bluish|grey|purple"],
        "",
    ),
    sign!(
        "breathing",
        groups![
            "wheez*",
            "bad|badly|bee|blue|cant|hives|nut|nuts|peanut|sting|struggl*|stung|swell*|swollen|tongue|wasp",
        ],
        "",
    ),
    sign!(
        "breathing",
        groups!["choked|choking"],
        "back|embarrassed|embarrassing|fit|hazard|hazards|tears|words",
    ),
    // Breathless, but not on a hill or the stairs.
    sign!(
        "breathing",
        groups!["breathless|breathlessness"],
        "bus|climb|climbing|exercise|floor|gradually|gym|hill|hills|months|review|slowly|stairs|steps|upstairs|walk|walking|years",
    ),
    // A swollen leg and now breathless: a clot that may have moved to the lungs.
    sign!(
        "breathing",
        groups![
            "swelling|swollen",
            "calf|leg|legs",
            "breath|breathe|breathing|breathless*"
        ],
        "climb|climbing|exercise|gym|heat|hill|hills|months|stairs|steps|summer|upstairs|walk|walking|weather|weeks|years",
    ),
    // Gone grey: the colour of someone collapsing (not the hair, nor the paintwork).
    sign!(
        "breathing",
        groups![
            "ashen|gray|grey",
            "gone|hes|looked|looking|looks|shes|turned|turning|went"
        ],
        "area|building|car|carpet|carpets|chairs|coat|hair|hairs|paint|sky|uniform|uniforms|wait|waiting|wall|walls|weather",
    ),
    // Seeing things, kept up: "hallucinating since yesterday, not slept for days".
    sign!(
        "self_harm_or_suicide",
        groups![
            "hallucinat*",
            "days|keep|keeps|nights|now|since|sleep|slept|today"
        ],
        "",
    ),
    // Marks on the arms, hidden.
    sign!(
        "self_harm_or_suicide",
        groups![
            "cuts|marks|scars|scratches",
            "arm|arms|legs|thighs|wrists",
            "covering|covers|hid|hides|hiding|sleeves"
        ],
        "chair|chairs|sofa",
    ),
    // Passing out, but not nearly, from the heat.
    sign!(
        "sepsis",
        groups!["passed|passing", "out"],
        "almost|bored|boredom|forms|heat|hot|laughing|leaflet|leaflets|letters|nearly|sheets",
    ),
    sign!(
        "safeguarding",
        groups!["safeguarding"],
        "course|information|lead|leaflet|leaflets|officer|policies|policy|poster|posters|referral|referrals|team|training|website",
    ),
    // Anaphylaxis.
    sign!(
        "anaphylaxis",
        groups!["anaphyla*|epi-pen|epipen"],
        "clinic|expired|expiry|how|kit|kits|leaflet|order|ordered|pharmacist|pharmacy|poster|posters|prescribed|prescription|prescriptions|reception|receptionist|renew|renewal|renewed|renewing|repeat|replacement|replacing|review|school|sign|spare|staff|taught|teach|training|where",
    ),
    sign!(
        "anaphylaxis",
        groups!["allergic|allergy", "reaction|shock"],
        "",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "eyes|face|lip|lips|mouth|throat|tongue",
            "blowing|blown|closing|puff*|swell*|swollen|thick|tight*",
        ],
        "days|dentist|embarrassed|explain|extraction|filling|months|nervous|teeth|tooth|weeks",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "hives|rash|welts",
            "breath*|lips|swell*|swollen|throat|tongue|wheez*",
        ],
        "",
    ),
    sign!(
        "anaphylaxis",
        groups![
            "allergic|allergy|nut|nuts|peanut|peanuts|prawns|reaction|shellfish|sting|stung",
            "blotchy|breath*|collaps*|faint*|hives|hoarse|rash|swallow*|swell*|swollen|throat|voice|wheez*",
        ],
        "",
    ),
    // Losing control of the bladder or bowels with back or leg trouble (cauda equina).
    sign!(
        "cauda_equina",
        groups![
            "soiled|wet|wetting",
            "herself|himself|myself",
            "back|feeling|legs|numb"
        ],
        "accident|bed|cough|coughing|incontinence|laugh|laughing|locked|loo|months|night|pelvic|sneeze|sneezing|toilet|toilets|years",
    ),
    sign!(
        "cauda_equina",
        groups![
            "bladder|bowels",
            "control|controlling",
            "back|feeling|legs|numb"
        ],
        "clinic|continence|months|physio|referral|review|years",
    ),
    // Hurting oneself to bleed (not an itch: eczema, bites).
    sign!(
        "self_harm_or_suicide",
        groups![
            "hit|hitting|pick|picking|punch*|scratch*",
            "myself",
            "bleed*"
        ],
        "bites|eczema|itch*|psoriasis|rash|skin|sleep|spots",
    ),
    // Sight lost in an eye.
    sign!(
        "stroke",
        groups!["see", "cannot|cant|couldnt", "eye|eyes"],
        "board|display|drops|font|glasses|letter|optician|optometrist|print|screen|sign|signs|text|tv",
    ),
    // Weak and unable to stand; a belly pain with a fever.
    sign!(
        "sepsis",
        groups![
            "dizzy|faint|giddy|weak",
            "cannot|cant|couldnt|unable",
            "stand"
        ],
        "chairs|long|queue|queueing|reception|seat|seats|standing|wait|waiting",
    ),
    sign!(
        "sepsis",
        groups![
            "abdomen|abdominal|belly|stomach|tummy",
            "ache|agony|hurts|pain*",
            "doubled|excruciating|fever|rigid|screaming|straight|swollen|temperature|unbearable",
        ],
        "months|years",
    ),
    // Heavy bleeding.
    sign!(
        "bleeding",
        groups![
            "bleed|bleeding|bleeds|blood|nosebleed|nosebleeds",
            "badly|clots|everywhere|faint|gash|gushing|heavily|heavy|hour|hours|lightheaded|loads|losing|lot|lots|pig|pints|pouring|pumping|soaked|soaking|spurting|stabbed|stop|stopping|wound",
        ],
        // (Gums that bleed when brushed are for the dentist.)
        // ("my blood was boiling": anger.)
        concat!(
            paperwork!(),
            "|attempts|boiling|bruised|brush|brushing|get|gums|handed|vein|veins"
        ),
    ),
    sign!(
        "bleeding",
        groups![
            "bringing|cough|coughed|coughing|pee|peeing|poo|pooing|sick|stool|stools|threw|throwing|urine|vomit|vomited|vomiting|wee|weeing",
            "blood",
        ],
        paperwork!(),
    ),
    sign!(
        "bleeding",
        groups![
            "bleed|bleeding|bleeds|blood|clots",
            "birth|caesarean|delivery|labour|miscarriage|miscarrying|section|through",
        ],
        paperwork!(),
    ),
    sign!(
        "bleeding",
        groups![
            "bleeding|miscarriage|miscarried|period|periods",
            "clots|flooding|pad|pads|soaked|soaking",
            "every|hour|huge|massive|minutes|through",
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups![
            "clots",
            "big|huge|large|massive|passed|passing",
            "dizzy|faint|fainting|lightheaded|woozy"
        ],
        "",
    ),
    sign!("bleeding", groups!["haemorrhag*|hemorrhag*"], ""),
    // "Baby very hot and not wake up".
    sign!(
        "sepsis",
        groups![
            "wake|waking",
            "cannot|cant|couldnt|difficult|doesnt|hard|not|wont|wouldnt",
            "baby|child|dad|daughter|fever|floppy|hot|husband|mum|newborn|son|temperature|wife|yellow",
        ],
        "alarm|appointment|appointments|early|me|meals|night|nights|school|sleep|sleeping|sleeps|time",
    ),
    // A stabbing belly pain that stops them standing, or getting worse.
    sign!(
        "sepsis",
        groups![
            "abdomen|belly|stomach|tummy",
            "agonising|agony|excruciating|knife|stabbed|stabbing",
            "cannot|cant|doubled|sudden|suddenly|unable|worse",
        ],
        "ago|last|months|period|periods|referral|scan|waiting|weeks|years",
    ),
    // Carbon monoxide: a boiler, a fire or fumes, and headaches or sickness at home.
    sign!(
        "sepsis",
        groups![
            "boiler|fumes|gas|heater|monoxide",
            "dizzy|drowsy|headache|headaches|nausea|sick|sleepy",
        ],
        "alarm|alarms|bill|bills|cold|detector|engineer|fitted|freezing|leaflet|service|serviced|surgery|test|tested|waiting",
    ),
    // An infection spreading into the body: a swelling, pus or a wound, and a fever or shivers.
    sign!(
        "sepsis",
        groups![
            "abscess|infected|oozing|pus|spreading|swelling|swollen|ulcer|weeping",
            "fever|feverish|rigors|shivering|shivery|temperature",
        ],
        "ago|appointment|appointments|clinic|glands|gums|immunisation|injection|jab|jabs|last|letter|months|results|teething|throat|tonsils|vaccination|vaccinations|vaccine|waiting|weeks|years",
    ),
    // A knock, then drowsy and sick: "hit by a swing and has a big lump, he's sleepy and keeps
    // being sick".
    sign!(
        "injury",
        groups![
            "banged|concussed|concussion|knocked|lump",
            "confused|drowsy|sleepy",
            "sick|vomit*",
        ],
        "ago|car|last|months|pregnancy|pregnant|weeks",
    ),
    // A hot child, shaking or not answering: "my small son very hot, he shaking".
    sign!(
        "sepsis",
        groups![
            "burning|hot",
            "baby|boy|child|daughter|girl|son|toddler",
            "confused|drowsy|fit|fitting|floppy|not|shaking|shivering|sleepy|wont",
        ],
        "bath|car|drinks|food|room|summer|sun|waiting|water|weather",
    ),
    // Violence heard through the wall: "screams most nights and I hear things being thrown".
    sign!(
        "safeguarding",
        groups![
            "banging|screaming|screams|smashed|smashing|thrown|thud|thuds",
            "above|below|neighbour|neighbours|next|upstairs|wall",
            "hear|heard|hearing",
        ],
        "babies|baby|builders|building|clinic|consultation|consulting|dog|dogs|drilling|music|parties|party|surgery|treatment|waiting",
    ),
    // "very sleepy and not answer me, her sugar is low"
    sign!(
        "sepsis",
        groups![
            "glucose|sugar|sugars",
            "high|low",
            "answer|answering|drowsy|responding|sense|sleepy|unresponsive",
        ],
        "",
    ),
    // A fever, and not answering: "she is shaking and very hot and not answer me".
    sign!(
        "sepsis",
        groups![
            "burning|fever|feverish|hot|shaking|sweaty|temperature",
            "answer|answering|respond|responding",
        ],
        "anyone|call|calls|clinic|doctor|door|email|emails|gp|last|letter|letters|line|messages|nobody|noone|nurse|phone|phones|practice|question|questions|reception|receptionist|staff|surgery",
    ),
    // Waters breaking: "pregnant 8 month and water come out".
    sign!(
        "pregnancy",
        groups![
            "water|waters",
            "month|months|pregnancy|pregnant|weeks",
            "broke|broken|came|come|coming|gush*|leak*",
        ],
        "bottle|bottles|cooler|dispenser|drink|drinking|fountain|machine|machines|tap",
    ),
    // A child who drank something: "my boy he drink the cleaning liquid".
    sign!(
        "self_harm_or_suicide",
        groups![
            "ate|drank|drink|drunk|eat|swallow|swallowed",
            "antifreeze|batteries|battery|bleach|cleaner|cleaning|detergent|poison|weedkiller",
            "baby|boy|child|daughter|girl|kid|son|toddler",
        ],
        "cannot|cant|hard|refuse|refuses|struggle|struggles|struggling|wont",
    ),
    // "a really bad pain in my side, can't stand straight and I'm being sick"
    sign!(
        "abdominal_pain",
        groups![
            "fever|sick|straight|temperature|vomited|vomiting",
            "abdomen|belly|side|stomach|tummy",
            "agony|pain|pains",
        ],
        "ibs|months|note|notes|period|periods|stitch|weeks|years",
    ),
    // Words gone suddenly: "all of a sudden I can't find my words" (not "can't find the words to
    // thank you").
    sign!(
        "stroke",
        groups![
            "words",
            "find|finding|get|getting",
            "arm|face|grip|hand|slurred|sudden|suddenly"
        ],
        "describe|express|grateful|thank|thanks",
    ),
    // A sting, then swelling or wheezing.
    sign!(
        "anaphylaxis",
        groups![
            "sting|stung",
            "blown|breathe|breathing|lips|puffed|swelling|swollen|throat|tongue|wheez*"
        ],
        "jellyfish|nettle|nettles",
    ),
    // Hurting oneself to quieten feelings: "scratching my arms till they bleed to make the bad
    // feelings go".
    sign!(
        "self_harm_or_suicide",
        groups![
            "feelings|thoughts",
            "bleed|bleeding|bleeds|burning|cutting|scratch|scratching"
        ],
        "counselling|helped|thank|thanks|therapist|therapy",
    ),
    // Air hunger: "I can't get enough air in" (not in a stuffy room).
    sign!(
        "breathing",
        groups!["air|breath|oxygen", "enough", "cannot|cant|not"],
        "building|fan|heating|hot|room|stuffy|ventilation|waiting|window|windows",
    ),
    // "Bleeding like a tap" (not money).
    sign!(
        "bleeding",
        groups!["bleed|bleeding|bleeds", "fountain|tap"],
        "budget|cash|funds|money|nhs|pounds|staff",
    ),
    // A wound gone hot with a fever.
    sign!(
        "sepsis",
        groups![
            "incision|stitches|wound",
            "hot|oozing|pus|smelly|spreading",
            "burning|fever|freezing|shaking|shivering|shivery|temperature"
        ],
        "ago|months|years",
    ),
    // A bite or sting, swelling, and faintness or breathlessness: not the mosquito's itch.
    sign!(
        "anaphylaxis",
        groups![
            "bite|bitten|sting|stung",
            "swell*|swollen",
            "breath*|collaps*|dizzy|faint*|wheez*"
        ],
        "ago|gnat|gnats|midge|midges|months|mosquito|mosquitoes|weeks",
    ),
    // Diabetic ketoacidosis: breath that smells fruity or of pear drops, with drowsiness or thirst.
    sign!(
        "sepsis",
        groups![
            "acetone|fruity|pear",
            "breath|smell|smelling|smells",
            "confused|diabetes|diabetic|drinking|drowsy|sick|sleepy|thirsty|vomiting"
        ],
        "",
    ),
    // A food allergy: a nut eaten, then hives or a cough.
    sign!(
        "anaphylaxis",
        groups![
            "almond|almonds|cashew|cashews|nut|nuts|peanut|peanuts|prawn|prawns|sesame|shellfish|walnut|walnuts",
            "blotches|coughing|hives|itchy|lips|rash|swelling|swollen|throat|tongue|wheezing|wheezy",
        ],
        "clinic|form|free|label|labels|letter|plan|referral|test|tests",
    ),
    // Marks, and fear of going back ("came back from his day centre with scratches and is
    // terrified to go back").
    sign!(
        "safeguarding",
        groups![
            "bruises|injuries|marks|scratches",
            "flinches|frightened|petrified|scared|terrified",
            "back|carer|carers|centre|club|home|nursery|school"
        ],
        "blood|bloods|dentist|doctor|injection|jab|jabs|needle|needles|nurse|vaccine",
    ),
    // Bruises nobody will explain.
    sign!(
        "safeguarding",
        groups![
            "bruise|bruises|bruising|marks",
            "explain|explained|explains|explanation|talk"
        ],
        "blood|bloods|doctor|easily|fall|fell|gp|injection|jab|needle|nurse|reception|receptionist|results|test|warfarin",
    ),
    // A child touched: "my daughter say her teacher touch her".
    sign!(
        "safeguarding",
        groups![
            "touch|touched|touches|touching",
            "boy|brother|child|daughter|girl|granddaughter|grandson|kid|nephew|niece|old|sister|son",
            "boyfriend|coach|cousin|grandad|he|him|lodger|man|neighbour|somebody|someone|stepdad|stepfather|teacher|uncle",
        ],
        "arm|card|check|checked|covid|doctor|exam|examination|examine|examined|form|forms|gp|look|looked|nurse|paper|properly|reception|shoulder",
    ),
    // A child sent sexual messages or asked for pictures.
    sign!(
        "safeguarding",
        groups![
            "explicit|naked|nude|nudes|sexual",
            "images|messages|nudes|photos|pics|pictures|texts|videos",
            "boy|child|daughter|girl|granddaughter|grandson|kid|nephew|niece|son|stepdaughter|stepson",
        ],
        "class|clinic|education|health|lesson|lessons",
    ),
    // A sudden, severe headache; meningitis; a headache with sight going.
    sign!(
        "headache",
        groups![
            "head|headache|headaches",
            "see|sight|vision",
            "blurred|blurry|cannot|cant|double|gone|losing|lost",
        ],
        "aura|department|glasses|manager|migraine|migraines|months|nurse|office|optician|point|receptionist|screen|screens|teacher|weeks|years",
    ),
    sign!(
        "headache",
        groups![
            "head|headache|headaches|heads|migraine",
            "bat|blinding|brick|burst|bursting|explode|exploded|exploding|hammer|instantly|seconds|sledgehammer|split*|thunderclap|worst",
        ],
        "ideas|information|pride|questions|thoughts|wall|walls",
    ),
    sign!(
        "headache",
        groups![
            "headache",
            "confus*|light|nowhere|severe|stiff|sudden|suddenly|vomit*",
        ],
        "months|paracetamol|tablets|weeks|years",
    ),
    sign!(
        "headache",
        groups![
            "stiff",
            "neck",
            "confus*|drowsy|fever|headache|light|rash|sick|spots|temperature|vomit*"
        ],
        "",
    ),
    sign!(
        "headache",
        groups![
            "head|headache",
            "awful|bad|blinding|hurt|hurts|severe|splitting|terrible|worst",
            "confus*|drowsy|sick|vomit*",
        ],
        "cold|migraine|migraines|months|paracetamol|tablets|week|weeks|years",
    ),
    sign!(
        "headache",
        groups![
            "head",
            "banged|bumped|fall|fell|hit|injury|knocked|smacked",
            "blood|confus*|dizzy|drowsy|fit|fitting|repeating|sick|sleepy|unconscious|vomit*",
        ],
        "",
    ),
    // A rash that doesn't fade.
    sign!(
        "rash",
        groups![
            "blotches|dots|marks|rash|spots",
            "blanch*|fade|fading|glass|pinprick|pinpricks|press|pressed|pressing|prick|pricks|purple",
        ],
        "",
    ),
    // Sepsis.
    sign!(
        "sepsis",
        groups![
            "blotchy|clammy|mottled|rigors|shakes|shaking|shiver*",
            "breath*|burning|cold|confus*|drowsy|fast|fever|high|infection|temperature|unwell|urine|wee|weed",
        ],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "nappies|nappy|pee|peed|urine|wee|weed",
            "cant|hardly|hasnt|havent|no|not",
            "day|days|dry|hours|night|since|swollen|today|yesterday",
        ],
        "",
    ),
    // "She had a fit", not "the receptionist is fit".
    sign!(
        "sepsis",
        groups![
            "fits|fitting|seizure|seizures",
            "another|been|had|has|having|is|keep|keeps|kept|started|was",
        ],
        concat!("medication|", fit_of_another_kind!()),
    ),
    sign!(
        "sepsis",
        groups![
            "fit",
            "another|had|having|keeps|kept|lasted|lasting|lasts|minutes|seconds|started"
        ],
        fit_of_another_kind!(),
    ),
    sign!(
        "sepsis",
        groups![
            "baby|infant|newborn|toddler",
            "drowsy|eating|feeding|floppy|lethargic|listless|sleepy|unresponsive",
            "burning|fever|hasnt|hot|isnt|jaundice|jaundiced|not|temperature|wont|yellow",
        ],
        "appointment|appointments|clinic|jabs|vaccination|vaccinations|visitor|weighing",
    ),
    sign!(
        "sepsis",
        groups![
            "breathing|burning|dehydrated|diarrhea|diarrhoea|drink|eaten|fever|feverish|hot|infection|rash|shaking|shivering|shivery|sick|temperature|vomiting",
            "confuse|confused|confusion|delirious|doolally|drowsy|gibberish|muddled|nonsense|sense",
        ],
        "age|app|appointment|appointments|booking|bottle|clinic|explanation|fed|form|hay|heating|letter|note|receptionist|receptionists|system|tired|waiting|water|website|worry",
    ),
    // Pregnancy: the baby moving less.
    sign!(
        "pregnancy",
        groups![
            "baby|babys",
            "kick|kicked|kicking|kicks|move|moved|movement|movements|moving",
            "aint|barely|fewer|hardly|hasnt|havent|isnt|less|no|not|quiet|quieter|reduced|slow*|stop|stopped",
        ],
        "",
    ),
    sign!(
        "pregnancy",
        groups!["kicks|movements", "fewer|less|quiet*|reduced|slow*|stopped"],
        "",
    ),
    sign!(
        "pregnancy",
        groups!["pregnant", "bleed*|blood|cramp*|waters"],
        paperwork!(),
    ),
    // "bleeding at 24 weeks": weeks of a pregnancy (not "bleeding for three weeks").
    sign!(
        "pregnancy",
        groups!["bleed*", "weeks"],
        "after|ago|couple|every|few|for|gums|last|months|nose|period|periods|since|years",
    ),
    // Pain in the belly in pregnancy (ectopic, abruption, pre-eclampsia).
    sign!(
        "pregnancy",
        groups![
            "pregnant",
            "abdomen|abdominal|belly|stomach|tummy",
            "agony|cramp*|pain|pains"
        ],
        "heartburn|indigestion",
    ),
    sign!(
        "pregnancy",
        groups!["waters", "broke|broken|gone|leak|leaking"],
        "ago|last|previous|year|years",
    ),
    sign!(
        "pregnancy",
        groups![
            "baby|babys",
            "less|quiet|quieter|slower",
            "normal|pregnant|today|usual|weeks",
        ],
        "class|classes|clinic|crying|group|groups|room|session|sessions|sleep|sleeping|waiting",
    ),
    sign!(
        "pregnancy",
        groups![
            "feel|feeling|felt",
            "kick|kicking|kicks|move|movement|movements|moving",
            "cant|didnt|hasnt|havent|no|not",
        ],
        "area|doctor|gp|home|house|practice|practices|surgery",
    ),
    // Overdose, suicidal thoughts and self-harm.
    sign!(
        "self_harm_or_suicide",
        groups![
            "downed|necked|swallowed|taken|took",
            "all|bottle|box|bunch|handful|load|lot|lots|many|packet|whole",
            "antidepressants|citalopram|cocodamol|codeine|fluoxetine|insulin|medication|meds|painkillers|paracetamol|pills|sertraline|sleeping|tablets",
        ],
        "collect|collected|collecting|course|directed|dispensed|instructed|pick|picked|prescribed|pride|review",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "point|reason",
            "cant|dont|no|not|nt",
            "alive|exist|existing|life|live|living|on|waking",
        ],
        "8am|appointment|appointments|booking|call|calling|coming|complaining|early|line|lines|phoning|queue|ring|ringing",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["life", "end|ending|take|taking", "my|own"],
        // ("my mum's end of life care")
        "care|expectancy|hospice|palliative|pathway|span|story",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "herself|himself|meself|myself",
            "again|been|cant|going|keep|keeps|kept|started|stop|urge|urges|want",
            "burn|burning|cut|cutting|harm|harming|hurt|hurting|kill|killing|punish*|scratch*|starv*",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "blade*|cigarette*|glass|knife|lighter|razor*|scissors",
            "burn|burning|burnt|cut|cutting|slash*",
            "herself|himself|meself|myself",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "ligature|noose|rope",
            "bought|buying|hang|hanging|myself|think|thinking|thought|thoughts|tie|tied|use|using",
        ],
        "climbing|clothes|skipping|tow|washing",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["better", "off", "dead|gone|without"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["worth", "live|living", "aint|isnt|never|no|not|nt"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["alive|around|here", "dont|no|not|nt", "be|being"],
        "8am|abroad|appointment|doctor|doctors|every|friday|fridays|gp|holiday|holidays|kindly|monday|mondays|morning|move|moving|nurse|open|phone|queue|receptionist|round|staff|surgery|time|weekend|weekends",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["dying", "feel|feels|felt|going|think|thought"],
        "bored|boredom",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "demons|shadow|shadows|spirits|voice|voices",
            "command*|head|hear|hearing|order*|say|saying|says|tell|telling|tells|told",
            "attack|burn|devil|die|do|drown|fire|harm|hurt|jump|kill|poison|punish|stab|stop|strangle",
        ],
        "automated|leaflet|leaflets|machine|message|phone|poster|posters|raised|recorded",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "radio|television|telly|tv|walls",
            "messages|orders|telling|tells|told",
            "attack|harm|hurt|kill|stab",
        ],
        "advert|adverts|documentary|news|programme|show",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "jump|jumping|step|stepping|throw|throwing",
            "balcony|bridge|building|cliff|cliffs|flats|motorway|multi-storey|multistorey|pier|roof|tower|traffic|train|trains|window",
        ],
        "",
    ),
    // A stroke, but not a stroke clinic, a stroke of luck or the risk of one.
    sign!(
        "stroke",
        groups!["stroke|strokes"],
        "awareness|brush|clinic|club|consultant|follow|followup|genius|group|heat|leaflet|leaflets|luck|midnight|nurse|pen|physio|physiotherapy|prevention|recovery|rehab|review|risk|service|services|specialist|survivor|survivors|swimming|team|unit|ward",
    ),
    // A newborn not feeding, with a sign of being unwell.
    sign!(
        "sepsis",
        groups![
            "bottle|feed|feeding|feeds|milk",
            "baby|babys|newborn|week|weeks",
            "drowsy|fever|floppy|grunting|hot|lethargic|limp|moaning|sleepy|temperature|whimpering",
        ],
        "advice|class|classes|clinic|group|room|support|time|visitor|waiting|weather",
    ),
    // High blood pressure in pregnancy: a headache, blurred sight, sudden swelling.
    sign!(
        "pregnancy",
        groups![
            "pregnancy|pregnant",
            "blurred|blurry|flashes|flashing|headache|headaches|puffy|swelling|swollen|vision",
        ],
        "class|classes|leaflet|scan|scans|test|tests|yoga",
    ),
    // (Swelling named first: "I'm 36 weeks, my face and hands have swollen up and I've got
    // flashing lights".)
    sign!(
        "pregnancy",
        groups![
            "puffy|swelling|swollen",
            "pregnancy|pregnant|weeks",
            "blurred|blurry|flashes|flashing|headache|spots|vision",
        ],
        "ago|class|classes|leaflet|scan|scans|test|tests|yoga",
    ),
    // Blood sugar far out, with the signs that make it an emergency.
    sign!(
        "sepsis",
        groups![
            "diabetes|diabetic|glucose|hypo|insulin|sugar|sugars",
            "clammy|collapsed|confused|confusion|drowsy|faint|fitting|shaking|shaky|sick|sweating|sweaty|unconscious|vomiting",
        ],
        "anger|angry|appointment|clinic|letter|note|nurse|referral|review",
    ),
    // Too much insulin; a bowel blocked or bleeding; a stiff neck with a fever or drowsiness.
    sign!(
        "sepsis",
        groups!["insulin", "double|extra|many|much|overdose|twice"],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "bringing|sick|throwing|vomit*",
            "bile|coffee|coffee-ground|coffee-grounds|green|grounds"
        ],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "abdomen|abdominal|belly|stomach|tummy",
            "agonising|agony|excruciating|severe|unbearable",
            "ache|cramps|pain|pains",
        ],
        "ibs|months|period|periods|weeks|years",
    ),
    sign!(
        "sepsis",
        groups![
            "stiff",
            "neck",
            "baby|child|confus*|daughter|drowsy|fever|light|rash|sleepy|son|temp|temperature|vomit*",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "farewell|goodbye|goodbyes",
            "letter|letters|message|messages|note|notes|post|text|video"
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "burden",
            "anyone|everybody|everyone|family|feel|feeling|im|people|them",
        ],
        "admin|appointment|appointments|ask|asking|call|calling|doctors|elderly|made|makes|nhs|paperwork|patients|pensioners|phone|phoning|physio|rehab|remind|ring|ringing|sessions|staff|surgery|system",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["edge|stand|standing|stood", "bridge|cliff|ledge|roof"],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "eat|eating|food",
            "not|refuses|refusing|stopped|wont",
            "collapsed|dizzy|faint|fainted|fainting",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["anymore|more", "cannot|cant", "cope|do|take"],
        "ahead|appointment|appointments|book|booking|call|calling|doctor|move|moving|phone|phones|piss|practice|queue|rang|receptionist|ring|ringing|staff|surgery|system|wait|waiting",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "collected|collecting|hoard*|saved|saving|stockpil*",
            "medication|meds|painkillers|paracetamol|pills|tablets",
        ],
        // Against a shortage: "saving my tablets for when the pharmacy is closed".
        "closed|holiday|holidays|pharmacist|pharmacy|prescription|prescriptions|ran|repeat|runs|shortage|shortages|supply",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "tempted|thinking|thoughts|urge|urges|want",
            "crash|crashing|drive|driving",
            "bridge|lorry|oncoming|traffic|tree|wall",
        ],
        "",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "afraid|frightened|might|scared|terrified|worried",
            "harm|hurt|kill|shake|smother",
            "baby|child|children|daughter|kids|son",
        ],
        "bath|doctor|formula|injection|injections|jab|jabs|medication|medicine|nappy|needle|nurse|teeth|teething|vaccination|vaccine",
    ),
    // Turning blue; in pregnancy, pain with fainting (an ectopic pregnancy).
    sign!(
        "breathing",
        groups![
            "blue",
            "goes|going|gone|turned|turning|went",
            "baby|child|dad|daughter|face|he|husband|lips|mum|she|son|toddler|wife",
        ],
        "badge|car|door|folder|form|ink|light|lights|paint|pen|sky",
    ),
    sign!(
        "pregnancy",
        groups![
            "pregnancy|pregnant",
            "agony|collapsed|dizzy|faint|fainted|fainting|severe|sharp|shoulder",
        ],
        "class|classes|leaflet|scan|test|tests|yoga",
    ),
    // A baby dropped or fallen, now quiet or sleepy; bleeding with dizziness.
    sign!(
        "headache",
        groups![
            "dropped|fall|fallen|fell",
            "baby|infant|toddler",
            "drowsy|floppy|limp|quiet|sick|sleepy|unconscious|unresponsive|vomit*",
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups![
            "bled|bleeding",
            "clammy|dizzy|faint|fainting|head|lightheaded|pale"
        ],
        "donation|donor|gums|nose|sample|samples|test|tests",
    ),
    // A fall and no getting up (looked for from "can't", between them); a drink spiked.
    sign!(
        "sepsis",
        groups![
            "cannot|cant|couldnt|unable",
            "fall|fallen|fell|slipped",
            "breathe|move|stand|up",
        ],
        // (Not "I fell behind with my bloods because I can't stand needles".)
        "appointment|appointments|behind|lift|needles|phone|pregnant|ramp|stairs|steps|surgery",
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
            "bruise|bruises|bruising|marks",
            "cover|covering|excuse|excuses|hide|hiding|lie|lying"
        ],
        "blood|bloods|clotting|concealer|easily|eczema|makeup|test|tests|warfarin",
    ),
    // A young person with money or gifts they won't explain (exploited).
    sign!(
        "safeguarding",
        groups![
            "where",
            "cash|clothes|gifts|money|phones|trainers",
            "doesnt|never|refused|refuses|wont|wouldnt"
        ],
        "birthday|charges|christmas|council|funding|goes|government|idea|nhs|parking|pocket|practice|prescription|prescriptions|spend|spent|surgery|wants",
    ),
    // A child alone outside, crying; a child gone off with a man; a plan with a date.
    sign!(
        "safeguarding",
        groups![
            "baby|boy|child|girl|kid|toddler",
            "alone|own",
            "ages|crying|hours|lost|outside"
        ],
        "appointment|appointments|consultation|doctor|nurse|play|room|toilet|toilets|waiting",
    ),
    sign!(
        "safeguarding",
        groups![
            "adult|bloke|guy|man|men|older",
            "away|off|online",
            "12|13|14|15|boy|daughter|girl|granddaughter|niece|sister|son|teenager"
        ],
        "ago|divorce|doctor|gp|husband|nurse|receptionist|wife|work|years",
    ),
    sign!(
        "self_harm_or_suicide",
        groups!["plan|planned", "date|day", "chosen|picked|set"],
        "appointment|birth|diet|due|holiday|induction|move|moving|op|operation|procedure|quit|quitting|start|starting|stop|stopping|surgery|wedding",
    ),
    // Cuts hidden or deserved.
    sign!(
        "self_harm_or_suicide",
        groups![
            "burns|cuts|cutting|marks|scars",
            "arm|arms|legs|thighs|wrist|wrists",
            "again|deserve|deserves|fresh|hides|hiding|new|secret|sleeves"
        ],
        "accident|cat|dog|eczema|garden|glass|kitchen|operation|stitches|surgery",
    ),
    // A whistle in the breath (wheeze).
    sign!(
        "breathing",
        groups![
            "whistle|whistles|whistling",
            "breath|breathe|breathing|chest"
        ],
        "ear|ears|kettle|music|phone|tinnitus",
    ),
    // An old person with a fever who has stopped eating or drinking.
    sign!(
        "sepsis",
        groups![
            "fever|temperature",
            "elderly|gran|grandad|granddad|grandma|grandpa|nan|nana",
            "drinking|eating"
        ],
        "appointment|clinic|months|review|years",
    ),
    // Something swallowed that stuck; a cut pouring blood.
    sign!(
        "breathing",
        groups![
            "stuck|swallow|swallowed",
            "bead|beads|button|coin|grape|grapes|lego|marble|peanut|sweet|sweets|toy",
            "blue|breath|breathe|breathing|choking|coughing|drooling|gagging|red"
        ],
        "",
    ),
    sign!(
        "bleeding",
        groups!["cut|gash|slashed|wound", "gushing|pouring|spurting"],
        "appointment|budget|budgets|funding|pus|rain|raining|short",
    ),
    // A child alone or locked in a car, but not for a moment.
    sign!(
        "safeguarding",
        groups![
            "car",
            "baby|child|children|kid|kids|toddler",
            "alone|locked",
        ],
        "minute|minutes|moment|quick|quickly|second|seconds",
    ),
    // A child bruised, but not at football or from a fall.
    sign!(
        "safeguarding",
        groups![
            "baby|boy|child|children|daughter|friend|girl|granddaughter|grandson|kid|kids|son|toddler",
            "bruised|bruises|bruising",
        ],
        "bike|blood|clotting|easily|fall|fell|football|needle|playground|questions|rugby|scooter|sport|sports|tests|trampoline",
    ),
    // A child who has swallowed medicine, bleach or a battery.
    sign!(
        "safeguarding",
        groups![
            "ate|drank|drunk|eaten|swallowed",
            "batteries|battery|bleach|capsule|capsules|detergent|medication|medicine|paracetamol|pill|pills|tablet|tablets",
            "baby|boy|child|daughter|girl|granddaughter|grandson|kid|little|son|toddler"
        ],
        "cant|difficulty|hard|nothing|refuses|struggle|struggles|struggling|trouble|unable|whole|wont",
    ),
    // A knock to the head, then sickness, drowsiness or a headache.
    sign!(
        "head_injury",
        groups![
            "head",
            "bang|banged|banging|blow|bump|bumped|bumping|fall|fell|hit|hitting|knock|knocked|knocking|lump|rolled",
            "bleeding|blood|confused|drowsy|forgetful|forgetting|headache|nodding|sick|sleepy|unconscious|vomit|vomited|vomiting"
        ],
        "ago|appointment|appointments|months|reminder|reminders|stretch|stretching|years",
    ),
    // Bleeding from the bottom with faintness (a bleed losing blood fast).
    sign!(
        "bleeding",
        groups![
            "bottom|loo|passing|rectum|toilet",
            "bleed|bleeding|blood",
            "dizzy|faint|fainting|lightheaded|pale|wobbly|woozy"
        ],
        "haemorrhoids|months|piles|years",
    ),
    // Not herself, with water that smells (an infection confusing an older person).
    sign!(
        "sepsis",
        groups![
            "confused|herself|himself|muddled|vacant",
            "urine|water|wee",
            "smell|smells|smelly|stinks"
        ],
        "corridor|floor|room|toilet|toilets",
    ),
    // A rash like bruises with a fever (meningitis).
    sign!(
        "rash",
        groups![
            "blotchy|bruise|bruises|bruising|pinprick|purple",
            "dots|rash|spots",
            "drowsy|fever|floppy|headache|hot|neck|poorly|temp|temperature|unwell"
        ],
        "",
    ),
    // Sight lost suddenly, or a curtain or shadow over an eye.
    sign!(
        "stroke",
        groups![
            "sight|vision",
            "gone|losing|loss|lost|went",
            "left|morning|one|overnight|right|sudden|suddenly|today"
        ],
        "appointment|clinic|glasses|letter|months|optician|opticians|referral|test|years",
    ),
    sign!(
        "stroke",
        groups!["curtain|shadow", "eye|eyes|sight|vision"],
        "cubicle|months|room|window|years",
    ),
    // A painful eye with halos round lights (glaucoma); read from the pain, which stands
    // between the two in "my eye has gone red and really painful and I'm seeing halos".
    sign!(
        "stroke",
        groups![
            "agony|pain|painful|sharp",
            "eye|eyes|vision",
            "halo|haloes|halos"
        ],
        "",
    ),
    // A tearing pain in the back or chest.
    sign!(
        "chest_pain",
        groups!["poker|ripping|tearing", "back|chest|pain|shoulder"],
        "gym|hair|ligament|months|muscle|years",
    ),
    // A burn that has taken the skin off.
    sign!(
        "injury",
        groups![
            "burn|burned|burnt|scald|scalded",
            "blister*|charred|raw|skin|white"
        ],
        "cream|months|ointment|sun|sunburn|sunburnt|tongue|years",
    ),
    // A deep animal bite.
    sign!(
        "injury",
        groups![
            "bit|bite|bitten",
            "animal|cat|dog|dogs|horse|snake",
            "bleeding|blood|deep|face|pouring|puncture|ripped|swollen"
        ],
        "ago|months|years",
    ),
    // Withdrawal or a drug taken: shaking and seeing things, or paranoid.
    sign!(
        "alcohol_withdrawal",
        groups![
            "hearing|hears|seeing|sees",
            "things",
            "alcohol|confused|drink|drinking|drugs|shaking|sweating|withdrawal"
        ],
        "facebook|news|online|telly|tv",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "hallucinating|paranoid|psychotic",
            "drugs|drunk|ket|mdma|pills|something|spice|taken|took"
        ],
        "desk|doctor|nurse|receptionist|receptionists|staff",
    ),
    // Fluid on the lungs: "coughing up pink froth".
    sign!(
        "breathing",
        groups![
            "bringing|cough|coughed|coughing",
            "foam|foamy|froth|frothy|pink"
        ],
        "",
    ),
    // A trapped hernia: a lump gone hard and painful, with sickness.
    sign!(
        "abdominal_pain",
        groups![
            "bulge|hernia|lump",
            "agony|hard|painful|tender",
            "sick|suddenly|vomited|vomiting"
        ],
        "breast|clinic|leaflet|months|neck|referral|scan|weeks|years",
    ),
    // A red, painful eye with sight blurred (acute glaucoma).
    sign!(
        "headache",
        groups![
            "eye",
            "agony|pain|painful|red",
            "blurred|blurry|halos|rainbows|sight|vision"
        ],
        "conjunctivitis|drops|glasses|hay|hayfever|months|optician|screen|screens|test|tests|tired|weeks",
    ),
    // A cast too tight: fingers or toes numb, white or blue.
    sign!(
        "injury",
        groups!["cast|plaster|splint", "blue|cold|numb|tingling|white"],
        "blanket|clinic|color|colour|months|off|pen|pens|removed|room|signed|waiting|weeks",
    ),
    // A diabetic foot gone black: "the toes have gone black and it smells".
    sign!(
        "sepsis",
        groups![
            "black",
            "feet|foot|toe|toes",
            "diabetes|diabetic|oozing|pus|smell|smells|smelly"
        ],
        "boots|bruise|bruised|bruising|dropped|months|nail|nails|shoes|sock|socks|stubbed|toenail|toenails|years",
    ),
    // A contact lens stuck in a red or painful eye (an infection of the eye's surface).
    sign!(
        "injury",
        groups!["lens|lenses", "pain|painful|red|sore|stuck", "eye|eyes"],
        "appointment|clinic|glasses|months|optician|order|ordered|prescription|supply|test",
    ),
    // Appendicitis: "my appendix is going, the pain moved to my right side".
    sign!(
        "abdominal_pain",
        groups![
            "appendicitis|appendix",
            "agony|burst|bursting|going|hurting|hurts|moved|pain"
        ],
        "ago|had|leaflet|out|removed|scar|scars|years",
    ),
    // Jaundice with a fever: an infected bile duct ("gone yellow … and a temperature").
    sign!(
        "sepsis",
        groups![
            "jaundice|jaundiced|yellow",
            "confuse|confused|drowsy|fever|rigors|shaking|shivering|shivery|temp|temperature",
        ],
        "form|forms|hay|jab|jabs|leaflet|months|results|test|tests|travel|vaccination|vaccine|weeks|years",
    ),
    sign!(
        "sepsis",
        groups![
            "jaundice|jaundiced|yellow",
            "agony|hurting|hurts|pain|pains|vomiting",
            "abdomen|belly|ribs|side|stomach|tummy",
        ],
        "jab|jabs|leaflet|months|results|test|tests|travel|vaccination|vaccine|weeks|years",
    ),
    // An aneurysm giving way: back or belly pain with faintness, or the aneurysm named with
    // pain ("I'm 70 and feel faint, I have an aneurysm").
    sign!(
        "abdominal_pain",
        groups![
            "abdomen|back|belly|stomach|tummy",
            "agony|pain|pains",
            "clammy|collapsed|collapsing|dizzy|faint|fainted|fainting",
        ],
        "blood|flare|flared|flares|flaring|heat|hot|injection|jab|jabs|months|period|periods|queue|room|standing|weeks|years",
    ),
    sign!(
        "abdominal_pain",
        groups![
            "aaa|aneurism|aneurysm",
            "agony|collapsed|dizzy|faint|pain|pains",
        ],
        "invitation|invite|letter|operation|repair|repaired|scan|scans|screen|screening|surgery|test|years",
    ),
    // Pain low on the right with a fever (appendicitis).
    sign!(
        "abdominal_pain",
        groups![
            "right",
            "low|lower|side",
            "agony|pain|pains",
            "fever|sick|straight|temp|temperature|upright|vomiting"
        ],
        "months|weeks|years",
    ),
    // A neck that won't move with a fever or headache.
    sign!(
        "sepsis",
        groups![
            "neck",
            "cannot|cant|unable|wont",
            "bend|move|turn",
            "fever|headache|light|rash|temp|temperature"
        ],
        "months|physio|pillow|sleep|slept|whiplash|years",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "want|wants",
            "voice|voices",
            "attack|die|harm|hurt|jump|kill|punish|stab",
        ],
        "automated|leaflet|leaflets|line|machine|message|phone|poster|posters|raised|recorded",
    ),
    // A rope ready; voices heard, or messages sent, that aren't there.
    sign!(
        "self_harm_or_suicide",
        groups![
            "ligature|noose|rope",
            "beam|bought|garage|got|have|loft|made|ready|shed|tied|tree"
        ],
        "barrier|barriers|climbing|queue|skipping",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "hear|hearing",
            "name|things|voices",
            "dead|empty|nobody|noone|sleep|slept"
        ],
        "doctor|nurse|reception|receptionist|screen|tannoy|waiting",
    ),
    sign!(
        "self_harm_or_suicide",
        groups![
            "controlling|reading|sending|spying|tracking|watching",
            "her|him|me|messages|mind|thoughts",
            "aliens|cameras|government|neighbours|radio|television|telly|tv"
        ],
        "app|bin|bins|car|dog|flu|garden|jabs|kids|parcel|parking|post|practice|reception|room|screen|surgery|text|texts|waiting",
    ),
    // Gasping for air.
    sign!("breathing", groups!["gasping", "air|breath"], ""),
    // Shivering with a fever, or cold hands and feet with one.
    sign!(
        "sepsis",
        groups![
            "rigors|shivering|shivers|shivery",
            "burning|fever|freezing|icy|temp|temperature"
        ],
        "building|door|doors|heater|heating|radiator|reception|room|surgery|waiting",
    ),
    // The waters gone in a gush.
    sign!(
        "pregnancy",
        groups!["gush|gushing|trickle|trickling", "fluid|water|waters"],
        "ceiling|floor|leak|pipe|pipes|roof|room|sink|tap|taps|toilet|toilets",
    ),
    // A neighbour's curtains shut and post piling up for days.
    sign!(
        "safeguarding",
        groups![
            "curtains|letters|milk|papers|post",
            "building|closed|collecting|drawn|piled|piling|shut",
            "days|week"
        ],
        "broken|clinic|cubicle|cubicles|practice|reception|room|rooms|surgery|treatment|waiting",
    ),
    // Someone with dementia who has wandered off, or wanders out in the cold.
    sign!(
        "safeguarding",
        groups![
            "wandered|wandering",
            "cold|nightdress|nightie|pyjamas|slippers|streets"
        ],
        "building|corridor|corridors|signs|surgery|waiting",
    ),
    sign!(
        "safeguarding",
        groups![
            "disappeared|missing|wandered",
            "alzheimers|autism|autistic|confused|dementia|find|forgotten|road|vulnerable"
        ],
        "appointment|appointments|form|letter|medication|medicine|notes|parcel|prescription|records|referral|results|tablets",
    ),
    // A fever or a leaking wound after an operation.
    sign!(
        "sepsis",
        groups![
            "caesarean|op|operation",
            "fever|leaking|oozing|pus|temperature"
        ],
        "appointment|booked|cancelled|date|letter|list|months|waiting|years",
    ),
    // A fever on chemotherapy (sepsis with no defences).
    sign!(
        "sepsis",
        groups![
            "carbimazole|chemo|chemotherapy|clozapine|immunosuppressed|methotrexate|neutropenic",
            "fever|rigors|shaking|shivering|shivers|shivery|temp|temperature|throat"
        ],
        "appointment|appointments|booked|booking|clinic|leaflet|letter|months|years",
    ),
    // The heart racing or skipping, and blacking out.
    sign!(
        "chest_pain",
        groups![
            "blacked|blacking|blackout|blackouts|collapsed|faint|fainted|fainting|passed",
            "fluttering|heart|irregular|palpitations|pounding|racing|skipping"
        ],
        "attack|blood|bloods|injection|jab|months|needle|test|tests|years",
    ),
    // Someone who lives alone, not seen or heard from for days.
    sign!(
        "safeguarding",
        groups![
            "alone",
            "hasnt|havent|nobody|noone|not",
            "heard|seen",
            "days"
        ],
        "asked|doctor|gp|months|nurse|years",
    ),
    // Fainting, but not at a jab or a blood test.
    sign!(
        "sepsis",
        groups!["fainted|fainting"],
        "almost|blood|bloods|heat|hot|injection|injections|jab|jabs|nearly|needle|needles|queue|smear|vaccination|vaccine",
    ),
    // The heart racing or wrong now; lying down feels like drowning; confusion with falls.
    sign!(
        "chest_pain",
        groups![
            "heart|hearts|ticker",
            "beating|burst|bursting|clappers|fluttering|hammering|irregular|jump|jumping|pounding|racing|skipping|wrong",
            "breath*|chest|dizzy|faint|fast|headed|lightheaded|now|sick|today|tonight",
        ],
        "ago|appointment|check|clinic|history|injection|jab|months|murmur|needle|nerves|nervous|referral|weeks|years",
    ),
    sign!(
        "breathing",
        groups!["drowning", "breath*|chest|down|lie|lying"],
        "",
    ),
    sign!(
        "sepsis",
        groups![
            "confused|confusion",
            "collapsed|drowsy|fallen|falling|fell|fever|hot|temperature",
        ],
        "app|booking|bottle|form|forms|heating|letter|letters|phone|system|water|website",
    ),
    // A sudden pain in a testicle (torsion); a baby's soft spot bulging (meningitis).
    sign!(
        "sepsis",
        groups![
            "privates|scrotum|testicle|testicles|testicular",
            "agonising|agony|hurting|hurts|pain|painful|sudden*|swelling|swollen",
        ],
        "cancer|check|checked|checking|exam|examination|lump|lumps|screening|snip|vasectomy",
    ),
    // The same twist said of the groin: a sudden pain there, and sickness or swelling.
    sign!(
        "abdominal_pain",
        groups![
            "groin",
            "agony|severe|sudden|suddenly",
            "sick|swollen|vomiting"
        ],
        "months|weeks|years",
    ),
    sign!(
        "sepsis",
        groups![
            "fontanelle|spot",
            "bulge|bulges|bulging|raised|sunk|sunken|swollen"
        ],
        "",
    ),
    // A child or adult at risk; domestic abuse.
    sign!(
        "safeguarding",
        groups!["domestic", "abuse|abused|abusive|violence"],
        "awareness|board|campaign|champion|charities|charity|course|display|helpline|lead|leaflet|leaflets|noticeboard|number|policy|poster|posters|service|services|support|team|training|website|worker",
    ),
    sign!(
        "safeguarding",
        groups![
            "abused|abusing|assaulted|attacked|battered|battering|batters|beaten|beating|beats|burns|choked|chokes|grabbed|groomed|grooming|hits|hitting|kicked|kicks|locked|locking|locks|molested|neglected|neglecting|punched|punches|pushed|pushes|rape|raped|rapes|raping|slapped|slaps|starved|starving|strangled|strangles|threw|throws|touched|touches|touching",
            "baby|boy|boyfriend|brother|carer|child|children|dad|daughter|friend|girl|girlfriend|gran|grandad|her|him|husband|kid|kids|me|mom|mum|nan|neighbour|neighbours|partner|sister|son|them|toddler|wife",
        ],
        "accident|accidentally|base|buggy|button|buttons|chair|doctor|doctors|herself|himself|key|keys|leaflet|leaflets|lift|manager|nurse|off|phone|phones|pillar|post|pram|receptionist|receptionists|staff|swing|system|table|themselves|toy|toys|trolley|verbally|website|wheelchair",
    ),
    sign!(
        "safeguarding",
        groups![
            "abuses|abusing|harmed|harming|harms|hitting|hurt|hurting|hurts|touching",
            "babysitter|boyfriend|carer|childminder|dad|ex|girlfriend|he|husband|mum|partner|she|somebody|someone|stepdad|they|uncle|wife",
            "baby|child|children|daughter|her|him|kid|kids|me|son|them|toddler|us",
        ],
        "arm|back|bloods|doctor|feelings|foot|head|hip|injection|jab|knee|leg|manager|nurse|receptionist|smear|staff",
    ),
    sign!(
        "safeguarding",
        groups![
            // (Not "lets": "let's see how brave she is" is an idiom.)
            "allow|allowed|allows|let",
            "go|leave|out|see",
            "boyfriend|ex|girlfriend|he|husband|partner|she|wife",
        ],
        "appointment|doctor|doctors|gp|manager|nurse|practice|reception|receptionist|staff|surgery",
    ),
    // Kept from money or friends; a man in a child's room at night; a child never seen with a
    // parent; sleeping rough and ill; a carer who withholds food.
    sign!(
        "safeguarding",
        groups![
            "allow|allows|let|lets",
            "car|eat|family|food|friends|keys|money|phone",
            "boyfriend|ex|girlfriend|he|husband|partner|she|wife",
        ],
        "doctor|manager|nurse|pharmacy|practice|reception|receptionist|staff|surgery",
    ),
    sign!(
        "safeguarding",
        groups![
            "bed|bedroom|room",
            "boyfriend|brother|cousin|dad|father|grandad|man|stepdad|uncle",
            "came|comes|night|secret|secrets|touched|touches",
        ],
        "consulting|hospital|surgery|treatment|waiting|ward",
    ),
    sign!(
        "safeguarding",
        groups![
            "adult|adults|parent|parents",
            "alone|never|nobody|rarely",
            "baby|boy|child|children|girl|kids|toddler",
        ],
        "appointment|appointments|doctor|evening|evenings|letter|nurse|surgery",
    ),
    // Bruises hidden or explained away; fear of someone at home; a child given gifts by men.
    sign!(
        "safeguarding",
        groups![
            "bruise|bruised|bruises|bruising|burns",
            "afraid|checks|clumsy|controls|covering|covers|explain|frightened|hides|hiding|scared|terrified",
        ],
        "blood|bloods|condition|easily|eczema|fall|fell|football|injection|jab|jabs|makeup|needle|needles|rugby|skin|smear|test|tests|vaccine|warfarin",
    ),
    sign!(
        "safeguarding",
        groups![
            "afraid|frightened|scared|terrified",
            "of",
            "boyfriend|brother|carer|dad|him|husband|partner|son|stepdad",
        ],
        "dentist|doctor|doctors|dog|dogs|gp|heights|hospital|locum|needle|needles|nurse|receptionist|results|spiders|test|tests",
    ),
    sign!(
        "safeguarding",
        groups![
            "adult|adults|man|men|older|stranger|strangers",
            "alcohol|car|cars|drugs|gifts|messages|money|phones|presents|vodka",
            "12|13|14|15|16|boy|daughter|girl|granddaughter|grandson|nephew|niece|son|teenager|year",
        ],
        "appointment|doctor|nurse|park|parked|parking|reception|receptionist|selling|shop|shops|staff|test|tests|waiting",
    ),
    sign!(
        "safeguarding",
        groups![
            "homeless|rough|streets",
            "cold|freezing|ill|nowhere|pain|sick|unwell",
        ],
        // (Not "a rough and cold nurse".)
        "doctor|man|nurse|patient|patients|people|person|receptionist|woman",
    ),
    sign!(
        "safeguarding",
        groups![
            "denied|denies|starves|starving|withholding|withholds|without",
            "food|heating|meals|medication|tablets|water",
            "carer|carers|daughter|husband|partner|son|wife",
        ],
        "doctor|nurse|pharmacy|practice|prescription|receptionist|surgery",
    ),
    // Thirsty and weeing all the time, with sickness, sleepiness or weight lost (diabetes).
    sign!(
        "sepsis",
        groups![
            "thirst|thirsty",
            "pee|peeing|urinating|wee|weeing",
            "drowsy|sick|sleepy|vomiting|weight",
        ],
        "",
    ),
    // A tummy swollen, the bowels not opened, and vomiting (a blocked bowel).
    sign!(
        "abdominal_pain",
        groups![
            "bowels|constipated|poo|pooed",
            "distended|swollen",
            "vomit|vomited|vomiting",
        ],
        "ibs|months|years",
    ),
    // Feet or legs gone purple or white and cold (the blood supply cut off).
    sign!(
        "sepsis",
        groups![
            "feet|foot|leg|legs|toes",
            "black|blue|purple|white",
            "cold|freezing|icy",
        ],
        "chilblains|months|raynaud|raynauds|socks|weather|winter|years",
    ),
    // A heart beating slowly, with dizziness or faints (a heart block).
    sign!(
        "chest_pain",
        groups![
            "heart|pulse",
            "slow|slowly",
            "dizzy|faint|fainted|fainting|lightheaded"
        ],
        "athlete|beta|blockers|fit|months|running|tablets|years",
    ),
    // A heartbeat all over the place with faints; a heart's spray that no longer eases it.
    sign!(
        "chest_pain",
        groups![
            "heart|heartbeat|pulse|ticker",
            "erratic|irregular|jumping|place|shop|skipping",
            "collapse|dizzy|faint|fainting|keel|lightheaded|woozy"
        ],
        "anxiety|anxious|caffeine|clinic|coffee|monitor|months|nerves|nervous|results|tablets|years",
    ),
    sign!(
        "chest_pain",
        groups![
            "gtn|spray",
            "angina|chest|heart",
            "helping|touching|working|worse"
        ],
        "hay|nasal|order|ordered|pharmacist|pharmacy|prescription|prescriptions|repeat|supply",
    ),
    // A headache and a rash with drowsiness (meningitis).
    sign!(
        "rash",
        groups!["headache", "rash", "confused|drowsy|floppy|sleepy"],
        "ago|eczema|hayfever|heat|medication|months|tablets|years",
    ),
    // A calf swollen or painful after a birth, an operation or a flight (a clot).
    sign!(
        "sepsis",
        groups![
            "calf",
            "hot|painful|swollen|tender",
            "baby|birth|flight|operation|plane|surgery",
        ],
        "",
    ),
    // A child hungry and unkempt or marked.
    sign!(
        "safeguarding",
        groups![
            "food|hungry|lunch|starving",
            "bruises|dirty|marks|smelly|unwashed",
            "boy|child|children|girl|kid|kids|school",
        ],
        "",
    ),
    // A child alone, with a parent drunk or no food.
    sign!(
        "safeguarding",
        groups![
            "boy|child|children|girl|kid|kids|toddler",
            "alone",
            "drugs|drunk|hungry|starving",
        ],
        "",
    ),
    // Children left alone.
    sign!(
        "safeguarding",
        groups![
            "leaves|leaving|left",
            "alone|themselves|unattended|unsupervised",
            "babies|baby|boy|child|children|girl|kids|toddler|toddlers",
        ],
        "appointment|car|clinic|consultation|minute|minutes|practice|reception|room|surgery|waiting",
    ),
    // Money, a phone or papers kept from someone; an older man around a child; a carer who steals.
    sign!(
        "safeguarding",
        groups![
            "breaks|broke|control|controls|hid|hidden|hides|keeps|kept|smashed|smashes|stealing|steals|stole|takes|took",
            "bank|benefits|cards|money|passport|pension|phone|savings|wages",
            "boyfriend|carer|carers|ex|girlfriend|he|husband|partner|she|wife",
        ],
        "agency|answering|bill|charges|checking|doctor|fees|gp|locum|looking|machine|manager|nurse|parking|pharmacy|playing|receptionist|scrolling|staff|staring|surgery",
    ),
    sign!(
        "safeguarding",
        groups![
            "older",
            "boyfriend|friends|guy|guys|man|men",
            "12|13|14|15|16|boy|daughter|girl|son|underage",
        ],
        "",
    ),
    sign!(
        "safeguarding",
        groups![
            "stealing|steals|stole",
            "carer|carers|daughter|granddaughter|grandson|neighbour|nephew|niece|son",
        ],
        "",
    ),
    sign!(
        "safeguarding",
        groups!["safe", "dont|never|not|unsafe", "feel|home|i|im|me|we"],
        "building|car|comfortable|dark|door|entrance|floor|lighting|lights|made|make|park|parking|path|pavement|ramp|relaxed|road|stairs|steps|street|streets|walking",
    ),
    sign!(
        "safeguarding",
        groups![
            "afraid|frightened|scared|terrified",
            "boyfriend|dad|ex|father|girlfriend|home|husband|mother|mum|partner|stepdad|wife",
        ],
        "cancer|dentist|diagnosis|doctor|doctors|dog|dogs|flying|gp|heights|hospital|injection|jab|jabs|locum|needle|needles|nurse|operation|results|sedation|smear|spiders|test|tests",
    ),
    sign!(
        "safeguarding",
        groups![
            "controlling|controls|threatening|threatens|violent",
            "boyfriend|brother|dad|ex|father|girlfriend|he|husband|mother|mum|partner|she|son|stepdad|wife",
            "children|family|kids|me|money|my|phone|us",
        ],
        "bit|diabetes|diet|doctor|manager|nurse|receptionist|staff|weight",
    ),
    // A child seeing a grown man.
    sign!(
        "safeguarding",
        groups![
            "11|12|13|14|15",
            "bloke|boyfriend|dating|guy|man|men",
            "20|25|30|35|40|45|50|adult|grown|older",
        ],
        "doctor|every|gp|hour|hours|minute|minutes|nurse|once|patient|patients",
    ),
    // Sudden loss of feeling or movement down one side.
    sign!(
        "stroke",
        groups![
            "cannot|cant|couldnt|unable",
            "feel|lift|move",
            "arm|arms|face|hand|leg|legs|side",
        ],
        "appointment|appointments|bed|car|chair|chairs|queue|room|waiting",
    ),
    // Standing at the edge of a drop.
    sign!(
        "self_harm_or_suicide",
        groups![
            "edge",
            "balcony|bridge|building|cliff|multistorey|platform|roof|tracks",
            "sat|sitting|stand|standing|stood|went",
        ],
        "",
    ),
    // A blade or pills, and someone shut away with them.
    sign!(
        "self_harm_or_suicide",
        groups![
            "blade|blades|knife|razor|razors",
            "got|has|hiding|holding|taken|took|with",
            "herself|himself|locked|myself|said|says|threatened|threatening",
        ],
        "",
    ),
    // Something swallowed that burns or poisons.
    sign!(
        "self_harm_or_suicide",
        groups![
            "ate|drank|drunk|eaten|swallow|swallowed",
            "antifreeze|batteries|battery|bleach|coin|coins|detergent|diesel|liquitab|liquitabs|magnet|magnets|paraffin|petrol|poison|screenwash|turps",
        ],
        // ("the coin operated machine swallowed my money")
        "machine|money|operated",
    ),
    // Looking up how to end one's life.
    sign!(
        "self_harm_or_suicide",
        groups![
            "googled|googling|looked|looking|reading|researched|researching",
            "methods|ways",
            "die|do|end|it",
        ],
        "app|appointment|appointments|book|booking|complain*|form|online|phone|practice|prescription|surgery",
    ),
    // A fall or a knock to the head, then confusion or sickness.
    sign!(
        "head_injury",
        groups![
            "banged|bumped|fall|fallen|fell|knocked",
            "confus*|drowsy|sense|sick|unconscious|vomit*",
        ],
        // (Not "fell asleep", "fell behind", "knocked some sense into me".)
        "apart|application|asleep|behind|form|ill|into|note|notes|pregnancy|pregnant|request|through",
    ),
    // A nosebleed or bleeding on blood thinners.
    sign!(
        "bleeding",
        groups![
            "bleed|bleeding|nosebleed|nosebleeds",
            "anticoagulant*|apixaban|dabigatran|edoxaban|rivaroxaban|thinner|thinners|warfarin",
        ],
        "bruise|bruising|clinic|dose|easily|gums|inr|levels|noticed|prescription|results|review|saved|spotted|test|tests",
    ),
    // A blow to the head while on blood thinners.
    sign!(
        "head_injury",
        groups![
            "anticoagulant*|apixaban|dabigatran|edoxaban|rivaroxaban|thinner|thinners|warfarin",
            "banged|bumped|fall|fell|hit|knocked",
            "head",
        ],
        "",
    ),
    // A blow to the head, then not making sense.
    sign!(
        "head_injury",
        groups![
            "banged|bumped|fall|fallen|fell|hit|knocked",
            "head",
            "confus*|drowsy|gibberish|nonsense|rubbish|sense|sick|sleepy|strange|throwing|unconscious|vomit*|weird",
        ],
        "asleep|form|ill|note|notes|pregnant|request",
    ),
    // A fall, then not making sense: "took a tumble and he's not making sense" (not "fell
    // asleep", nor "fell through the cracks").
    sign!(
        "head_injury",
        groups![
            "fall|fallen|fell|tumble",
            "confus*|disorientated|disoriented|gibberish|muddled|nonsense|rambling|sense",
        ],
        "apart|asleep|behind|cracks|form|ill|letter|letters|note|notes|pregnant|request|through",
    ),
    // A pain in the side or the loin, with shaking or a fever: an infected kidney.
    sign!(
        "sepsis",
        groups![
            "kidney|kidneys|loin|side",
            "agony|dreadful|pain*|terrible",
            "fever|rigors|shaking|shivering|shivery|temperature",
        ],
        "hands|head|months|stitch|weeks|years",
    ),
    // Muddled and sleepy together, a change from how someone is: "not herself, very muddled
    // and sleepy" (not on new tablets, nor with dementia for years).
    sign!(
        "sepsis",
        groups!["confus*|delirious|muddled", "drowsy|sleepy"],
        "always|anaesthetic|dementia|dose|medication|meds|months|morning|mornings|review|tablets|weeks|years",
    ),
    // A fever, and wandering in the mind: "wandering and burning up".
    sign!(
        "sepsis",
        groups![
            "burning|fever*|feverish|temperature",
            "disorientated|disoriented|gibberish|muddled|nonsense|rambling|wandering",
        ],
        "",
    ),
    // Stopping drink after drinking hard: the shakes, sweats and fits of withdrawal.
    sign!(
        "alcohol_withdrawal",
        groups![
            "fits|hallucinat*|seeing|seizure*|shak*|sweat*",
            "alcohol|booze|drink|drinking",
            "quit|quitting|stop|stopped|without",
        ],
        "",
    ),
    // Not eating or drinking for days ("off his food for a couple of days" is not that).
    sign!(
        "sepsis",
        groups![
            "ate|drank|drinking|drunk|eaten|eating",
            "barely|hadnt|hasnt|havent|not|nothing|refuses|refusing|stopped|wont",
            "days",
        ],
        "alcohol|appointment|appointments|beer|booze|coffee|diet|fast|fasting|ramadan|tea|waited|waiting|wine",
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

    /// As the patterns' slots (`the_words_of_every_slot_are_in_alphabetical_order`): brotli
    /// packs a group of words better when it is written the same way each time. A group may be a
    /// shared list (`paperwork!`) and words of its own after it, each in order.
    #[test]
    fn the_words_of_every_group_are_in_alphabetical_order() {
        for sign in super::sign_list() {
            for group in sign.groups.split(';').chain([sign.unless]) {
                let words: Vec<&str> = group.split('|').collect();
                let descents = words.windows(2).filter(|w| w[0] > w[1]).count();
                assert!(
                    descents <= 1,
                    "`{group}` in sign {}: a group's words go in alphabetical order",
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
