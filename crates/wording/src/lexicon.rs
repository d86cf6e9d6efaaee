//! The word lists. Whole words only, after normalisation (see `text.rs`), so innocent words that
//! contain a listed one ("Penistone", "Cockcroft", "the therapist", "Scunthorpe") never match.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// What a listed word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Slurs: abuse wherever they stand.
    Slur,
    /// Vulgar insults for a person (cunt, twat, bitch…): abuse wherever they stand.
    VulgarInsult,
    /// Nouns that call a person stupid (idiot, moron…): abuse unless the patient says it of themself.
    StrongInsult,
    /// Nouns that insult only when aimed at a person (cow, snake, clown, joke, parasite…).
    PersonInsult,
    /// Adjectives that insult when said of a person: looks, body, intellect (fat, ugly, thick…).
    InsultAdjective,
    /// Swearing. About the service it is honest criticism; aimed at a person it is abuse.
    Profanity,
}

const SLURS: &[&str] = &[
    "nigger", "niggers", "nigga", "niggas", "niggaz", "niggah", "negro", "negroes", "coon", "coons", "darkie", "darkies",
    "paki", "pakis", "chink", "chinks", "gook", "gooks", "wog", "wogs", "golliwog", "spic", "spics", "kike", "kikes",
    "yid", "yids", "raghead", "ragheads", "towelhead", "towelheads", "gyppo", "gyppos", "pikey", "pikeys", "faggot",
    "faggots", "fagot", "poof", "poofs", "poofter", "dyke", "dykes", "lesbo", "lesbos", "tranny", "trannies",
    "shemale", "retard", "retards", "retarded", "spastic", "spastics", "spaz", "spazz", "mong", "mongs", "mongoloid",
    "halfcaste", "half-caste", "wetback", "beaner", "beaners", "cripple", "cripples", "nonce", "nonces", "paedo", "pedo",
    "chav", "chavs", "pussies", "nicca", "niccas", "nig", "nigs", "niglet", "niglets", "nigguh", "niggerish", "niggerous",
    "whitey", "whiteys", "peckerwood", "peckerwoods", "libtard", "libtards", "wop", "wops", "dago", "dagos", "kraut",
    "krauts", "jap", "japs", "spook", "spooks", "sambo", "gypo", "gippo", "tard", "tards", "fagg", "faggy", "queers",
];

const VULGAR_INSULTS: &[&str] = &[
    "cunt", "cunts", "twat", "twats", "bitch", "bitches", "bitchy", "biatch", "whore", "whores", "slut", "sluts", "slutty",
    "hoe", "hoes", "thot", "thots", "skank", "skanks", "slag", "slags", "wanker", "wankers", "wank", "dickhead",
    "dickheads", "knobhead", "knobheads", "bellend", "bellends", "motherfucker", "motherfuckers", "fucker", "fuckers",
    "pos", "fuckwit", "fuckwits", "fuckface", "shithead", "shitheads", "arsehole", "arseholes", "asshole", "assholes", "bastard",
    "bastards", "cocksucker", "cocksuckers", "douchebag", "douche", "pussy", "tosser", "tossers", "twatface", "minger",
    "munter", "scumbag", "scumbags", "cuntish", "dipshit", "jackass", "dumbass", "dumbasses", "fatass", "lardass",
    "lardarse", "fatso", "fatty", "whorebag", "hoebag",
];

const STRONG_INSULTS: &[&str] = &[
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "cretin", "cretins", "halfwit", "halfwits", "dimwit",
    "dimwits", "nitwit", "nitwits", "numpty", "numpties", "muppet", "muppets", "plonker", "plonkers", "pillock",
    "pillocks", "prat", "prats", "git", "gits", "buffoon", "buffoons", "dunce", "simpleton", "airhead", "bimbo", "bimbos",
    "scum", "lowlife", "lowlifes", "dirtbag", "sleazebag", "slimeball", "degenerate", "degenerates", "subhuman", "subhumans",
    "nutjob", "nutcase", "nutter", "nutters", "psycho", "psychos", "weirdo", "weirdos", "pervert", "perverts", "perv",
    "jobsworth", "jobsworths", "harpy", "hag", "hags", "crone", "gobshite", "gobshites", "eejit", "eejits", "bozo", "bozos",
    "dolt", "dolts", "oaf", "oafs", "knobend", "arse-wipe", "arsewipe",
];

const PERSON_INSULTS: &[&str] = &[
    "cow", "cows", "pig", "pigs", "sow", "heifer", "whale", "hippo", "witch", "witches", "troll", "trolls", "slug", "slugs",
    "snake", "snakes", "rat", "rats", "weasel", "weasels", "leech", "leeches", "parasite", "parasites", "vermin", "cockroach",
    "cockroaches", "maggot", "maggots", "animal", "animals", "monster", "monsters", "savage", "savages", "dog", "dogs",
    "mutt", "donkey", "goblin", "ogre", "dragon", "battleaxe", "trout", "bat", "bag", "tart", "tarts", "clown", "clowns",
    "joke", "disgrace", "disgraces", "liar", "liars", "hypocrite", "hypocrites", "fool", "fools", "loser", "losers", "creep",
    "creeps", "freak", "freaks", "dick", "dicks", "prick", "pricks", "knob", "knobs", "cock", "ass", "arse", "ape", "apes",
    "baboon", "gorilla", "dinosaur", "dinosaurs", "waste", "robot", "robots", "zombie", "zombies", "bully", "scumbag",
    "traitor", "traitors", "thug", "thugs", "coward", "cowards", "lunatic", "lunatics", "maniac", "maniacs", "nazi", "nazis",
    "pest", "pests", "trash", "rubbish", "filth", "specimen", "excuse", "embarrassment", "shit", "shite", "crap",
    "fag", "fags", "queer", "cracker", "crackers", "redneck", "rednecks", "hillbilly", "hillbillies", "wimp", "wimps",
    "putz", "tool", "tools", "sleaze", "grifter", "grifters", "shill", "shills", "puppet", "puppets", "fascist",
    "fascists", "commie", "commies", "snowflake", "snowflakes", "garbage", "scumbags", "cuck", "cucks", "simp", "simps",
    "incel", "incels", "dork", "dorks", "geek", "nerd", "lump", "slob", "slobs", "pillock", "div", "divs", "mug", "mugs",
    "sheep", "vulture", "vultures", "hyena", "hyenas", "cockroach", "swine", "toad", "toerag", "toerags", "wretch",
    "harridan", "shrew", "nag", "fishwife",
];

const INSULT_ADJECTIVES: &[&str] = &[
    "stupid", "thick", "dumb", "dim", "brainless", "braindead", "brain-dead", "gormless", "dense", "ugly", "fat", "obese",
    "hideous", "repulsive", "vile", "revolting", "disgusting", "smelly", "stinking", "stinky", "greasy", "minging", "fugly",
    "two-faced", "twofaced", "evil", "wicked", "nasty", "pathetic", "worthless", "spineless", "gutless", "retarded",
    "mental", "demented", "deranged", "senile", "haggard", "wrinkly", "porky", "chubby", "lardy", "podgy", "sour-faced",
    "miserable-looking", "horse-faced", "pig-ignorant", "moronic", "idiotic", "sad", "creepy", "slimy", "sleazy", "filthy",
    "dirty", "lazy-arsed", "scummy", "inbred", "subnormal", "backward", "brainwashed", "crazy", "insane", "deluded",
];

const PROFANITY: &[&str] = &[
    "fuck", "fucks", "fucking", "fuckin", "fucked", "fuk", "fuking", "fking", "fcking", "fkn", "feck", "fecking", "effing",
    "frigging", "friggin", "shit", "shits", "shitty", "shite", "shitting", "shitey", "crap", "crappy", "bloody", "damn",
    "damned", "bollocks", "bollocking", "piss", "pissed", "pissing", "arse", "arsed", "ass", "hell", "bugger", "buggered",
    "sod", "wtf", "ffs", "omfg", "goddamn", "bullshit", "horseshit", "cock", "cocking", "balls", "knackered", "sodding",
];

/// Words and forms that refer to a person (staff, the reader, people in general).
const PERSON_WORDS: &[&str] = &[
    "you", "u", "ya", "ye", "yous", "youse", "yourself", "yourselves", "he", "she", "him", "her", "they", "them", "himself",
    "herself", "receptionist", "receptionists", "reception", "doctor", "doctors", "dr", "gp", "gps", "nurse", "nurses",
    "staff", "manager", "managers", "locum", "locums", "pharmacist", "pharmacists", "woman", "women", "man", "men", "lady",
    "ladies", "girl", "girls", "bloke", "blokes", "guy", "guys", "person", "people", "everyone", "everybody", "secretary",
    "secretaries", "admin", "administrator", "physio", "physiotherapist", "hca", "paramedic", "midwife", "clinician",
    "consultant", "surgeon", "practitioner", "worker", "workers", "employee", "employees", "assistant", "assistants",
    "partner", "partners", "team", "lot", "one", "yall", "chap", "fella", "fellow", "lad", "lads", "madam", "sir", "cashier",
    "boss", "bosses", "management", "registrar", "therapist", "counsellor", "dentist", "optician", "porter", "cleaner",
    "liberals", "liberal", "conservatives", "tories", "tory", "democrats", "democrat", "republicans", "republican",
    "leftists", "lefties", "socialists", "politicians", "politician", "immigrants", "immigrant", "foreigners",
    "foreigner", "refugees", "muslims", "muslim", "jews", "jew", "christians", "christian", "catholics", "gays", "whites",
    "blacks", "asians", "mexicans", "indians", "africans", "americans", "boys", "kids", "teens", "youths", "fans",
    "supporters", "voters", "members", "folks", "humans", "human", "citizens", "neighbours", "doctors", "patients",
    "clerk", "clerks", "officials", "police", "cops", "teachers", "bankers", "journalists", "media", "individual",
    "feminists", "hipsters", "trumpers", "brexiteers", "remainers", "anyone", "anybody", "somebody", "someone",
];

/// Words before a name that say it is a person's (Dr Brennan, Nurse Joy).
pub static TITLES: WordSet = WordSet::new(&["dr", "doctor", "nurse", "mr", "mrs", "ms", "miss", "sister", "prof", "professor", "matron"]);

/// Capitalised words that are not people's names.
const NOT_NAMES: &[&str] = &[
    "i", "im", "ive", "id", "ill", "nhs", "gp", "gps", "a", "an", "the", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "english", "british", "england", "uk", "christmas", "easter", "god", "covid", "ae",
    "dr", "doctor", "nurse", "reception", "surgery", "practice", "pharmacy", "hospital", "boots", "ok", "okay", "thank",
    "thanks", "please", "very", "good", "poor", "great", "excellent", "staff", "medical", "centre", "health", "service",
    "when", "after", "before", "then", "but", "and", "so", "also", "my", "our", "we", "they", "she", "he", "it", "this",
    "that", "there", "what", "why", "how", "not", "no", "yes", "just", "even", "every", "all", "one", "two", "ten",
    "today", "yesterday", "tomorrow", "am", "pm", "covid-19", "ambulance", "mum", "dad", "oh", "wow", "well",
];

/// Common first names, so a name written in lower case is still seen (a list, not a model).
const FIRST_NAMES: &[&str] = &[
    "gemma", "sarah", "emma", "claire", "lisa", "karen", "julie", "tracey", "tracy", "donna", "debbie", "sharon", "michelle",
    "nicola", "joanne", "amanda", "helen", "rachel", "laura", "kelly", "jenny", "jennifer", "jessica", "hannah", "lucy",
    "sophie", "charlotte", "chloe", "katie", "kate", "amy", "jade", "stacey", "leanne", "kirsty", "natalie", "susan", "sue",
    "linda", "carol", "janet", "jane", "mary", "margaret", "pauline", "angela", "wendy", "diane", "denise", "beverley",
    "bev", "sandra", "gillian", "jackie", "jacqueline", "paula", "lorraine", "alison", "anne", "ann", "elaine", "fiona",
    "jo", "kim", "sam", "samantha", "vicky", "victoria", "becky", "rebecca", "zoe", "holly", "megan", "ellie", "priya",
    "aisha", "fatima", "ayesha", "sophia", "olivia", "grace", "ruth", "ellen", "val", "shirley", "brenda", "maureen",
    "john", "david", "paul", "mark", "james", "michael", "peter", "andrew", "steve", "stephen", "steven", "chris",
    "christopher", "dave", "mike", "gary", "kevin", "ian", "tony", "simon", "richard", "rob", "robert", "neil", "martin",
    "jason", "darren", "craig", "lee", "dean", "wayne", "shaun", "sean", "matt", "matthew", "tom", "thomas", "dan",
    "daniel", "ben", "adam", "luke", "jack", "josh", "ryan", "liam", "callum", "kyle", "jamie", "harry", "george", "alan",
    "brian", "colin", "keith", "graham", "trevor", "barry", "terry", "derek", "roger", "geoff", "phil", "philip", "nigel",
    "ahmed", "mohammed", "muhammad", "ali", "raj", "sanjay", "amit", "imran", "omar", "hassan", "tariq", "brennan",
];

/// Words that describe how someone looks: with a role, they identify a person.
pub static APPEARANCE: WordSet = WordSet::new(&[
    "tall", "short", "blonde", "blond", "ginger", "redhead", "bald", "skinny", "glasses", "beard", "bearded", "tattoo",
    "tattoos", "tattooed", "piercing", "piercings", "pierced", "ring", "dreadlocks", "dreads", "moustache", "mustache",
    "curly", "brunette", "grey-haired", "grey", "dark-haired", "headscarf", "hijab", "turban", "accent", "red-haired",
    "fat", "chubby", "stocky", "young", "old", "older", "elderly", "pregnant", "limp", "lanky", "petite", "hair",
]);

/// Verbs and contractions that say what someone is ("is", "she's", "you're").
pub static COPULAS: WordSet = WordSet::new(&[
    "is", "was", "are", "were", "be", "being", "been", "s", "re", "seems", "seemed", "looks", "looked", "acts", "acted",
    "sounds", "sounded", "remains", "become", "becomes", "became", "am", "isnt", "wasnt", "arent",
]);

/// Contractions that hold a person and a copula: "she's a cow", "you're a joke".
pub static PERSON_COPULAS: WordSet = WordSet::new(&["shes", "hes", "youre", "ur", "theyre", "yer", "hes", "whos", "thats"]);

struct Tables {
    classes: HashMap<&'static str, Class>,
    persons: HashMap<&'static str, ()>,
    not_names: HashMap<&'static str, ()>,
    first_names: HashMap<&'static str, ()>,
    /// Listed words by length, for matching masks (f***, sh*t).
    maskable: Vec<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut classes = HashMap::default();
        // Later lists don't override earlier ones: a word's strongest class wins.
        for (list, class) in [
            (SLURS, Class::Slur),
            (VULGAR_INSULTS, Class::VulgarInsult),
            (STRONG_INSULTS, Class::StrongInsult),
            (PERSON_INSULTS, Class::PersonInsult),
            (INSULT_ADJECTIVES, Class::InsultAdjective),
            (PROFANITY, Class::Profanity),
        ] {
            for word in list {
                classes.entry(*word).or_insert(class);
            }
        }
        let set = |list: &[&'static str]| list.iter().map(|w| (*w, ())).collect::<HashMap<_, _>>();
        let maskable = SLURS.iter().chain(VULGAR_INSULTS).chain(PROFANITY).copied().collect();
        Tables { classes, persons: set(PERSON_WORDS), not_names: set(NOT_NAMES), first_names: set(FIRST_NAMES), maskable }
    })
}

/// The class of a normalised word, trying its repeated letters singly too (shiit → shit).
pub fn class_of(word: &str) -> Option<(Class, &'static str)> {
    let tables = tables();
    if let Some((key, class)) = tables.classes.get_key_value(word) {
        return Some((*class, key));
    }
    if word.contains('*') {
        let length = word.chars().count();
        return tables
            .maskable
            .iter()
            .find(|candidate| {
                candidate.chars().count() == length
                    && candidate.chars().zip(word.chars()).all(|(c, w)| w == '*' || w == c)
                    && word.chars().next() != Some('*')
            })
            .and_then(|candidate| tables.classes.get_key_value(candidate).map(|(k, c)| (*c, *k)));
    }
    // Only a word with a doubled letter can read differently with it single (shiit → shit).
    if word.as_bytes().windows(2).any(|w| w[0] == w[1]) {
        let single = collapse_doubles(word);
        return tables.classes.get_key_value(single.as_str()).map(|(k, c)| (*c, *k));
    }
    None
}

fn collapse_doubles(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Whether a word is on any list (used to join spaced-out letters).
pub fn is_listed(word: &str) -> bool {
    class_of(word).is_some()
}

pub fn is_person_word(word: &str) -> bool {
    tables().persons.contains_key(word)
}

pub fn is_first_name(word: &str) -> bool {
    tables().first_names.contains_key(word)
}

pub fn is_not_name(word: &str) -> bool {
    tables().not_names.contains_key(word)
}

/// A fixed list of words, looked up by hash (built on first use): the rules ask about every word
/// of a comment, and scanning lists word by word was most of the engine's time.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_their_variants() {
        assert_eq!(class_of("cunt").map(|c| c.0), Some(Class::VulgarInsult));
        assert_eq!(class_of("f***ing").map(|c| c.1), Some("fucking"));
        assert_eq!(class_of("sh*t").map(|c| c.1), Some("shit"));
        assert_eq!(class_of("shiit").map(|c| c.1), Some("shit"));
        assert_eq!(class_of("idiot").map(|c| c.0), Some(Class::StrongInsult));
        assert_eq!(class_of("penistone"), None);
        assert_eq!(class_of("***"), None);
    }
}
