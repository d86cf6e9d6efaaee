//! Urgent need said of the past, or only imagined: "my mum had a stroke in 2019", "after my
//! overdose last year", "thanks to the doctor who spotted my wife's stroke", "if someone had
//! chest pain they'd die waiting". Urgent need found only in such a sentence is history, unless
//! the sentence also says it is now ("… and now it's back", "after I had my baby I've been
//! bleeding").
//!
//! The readings are data (`READINGS`), one a line: `mark word|word test test …`. Each word of a
//! sentence that a line names is read with that line's tests, in the order written; when all
//! hold, the line gives the sentence its mark. The marks:
//! - `long_ago`: plainly long ago; `story`: past, told as a story ("when he had …");
//! - `thanks` and `done`: thanks, for something done for them;
//! - `imagined`: imagined of someone else, or a question put to anyone;
//! - `now`: said to be now; `present`: in the present tense;
//! - `stop`: the word's later lines are not read (what they would find is ruled out).
//!
//! The tests, each about the words around the one read (at 0):
//! - `R=W`: a word in reach `R` is `W`; `!R=W`: none is. A reach is an offset (`1`, `-2`), a
//!   range of them (`-3..0`, `1..4`, end excluded), from an offset to the sentence's end (`0..`),
//!   or the whole sentence (`*`). What it is: words (`a|b`); `#` a number in figures (`#20`: at
//!   least 20); `:month`, `:relative` ("mum"), `:shift` ("Tuesday", "morning"), `:year` (1950 to
//!   2030); `*ing` a word so ending; `,` a word after a comma or dash; `_` any word at all (`!1=_`:
//!   the sentence ends here).
//! - `R=W&R2=W2`: a word in `R` is `W` and, counted from it, a word in `R2` is `W2`.
//! - `^`: the word starts the sentence; `fp`/`!fp`: the sentence speaks (does not speak) in the
//!   first person; `cond`: it is conditional and not in the first person.
//!
//! As data, the readings cost the kiosk the letters of their words and one small reader, where
//! as code every test was its own compiled comparison (it was the engine's largest function).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{SHIFTS, WordSet, is_relative};
use crate::personal_data::MONTHS;
use crate::text::Token;

/// The readings, one a line (see the module's documentation).
const READINGS: &str = lines![
    // "last year", "last time" (not "the last time I'll be here"; not "since last year I've
    // been …": from then until now).
    "long_ago last 1=year|years|month|months|summer|winter|spring|autumn|christmas|easter|term !-1=since",
    "long_ago last 1=time !-1=the !-1=since",
    // "last April"
    "long_ago last 1=:month !-1=since",
    // "clean for 2 years but I took an overdose last night": now.
    "now last 1=night",
    // "I was suicidal after my divorce, luckily I'm through it"
    "long_ago through 1=it !2=_",
    // "we lost my brother to suicide" (not "I've lost the will to live").
    "long_ago lost 3=to !2=will",
    // "an asthma attack in the car park once, and no one came", "a seizure here once, the staff
    // …" (not "all at once").
    "long_ago once !-1=at !1=_",
    "long_ago once !-1=at 1=,",
    "long_ago once !-1=at 1=and|but|before",
    // "two winters ago"
    "long_ago ago -3..0=year|years|month|months|decade|decades|winters|summers|christmases|winter|summer",
    // "chest pains a couple of weeks ago, it was a pulled muscle": a story told (not "bleeding
    // heavily after giving birth 2 weeks ago").
    "story ago -1=week|weeks !*=baby|birth|born|caesarean|operation|op",
    // "in 2019"; "in March": a month gone by; "in the summer", "in the past".
    "long_ago in|back|from 1=:year",
    "long_ago in|back|from 1=:month",
    "long_ago in|back|from 1=the 2=summer|winter|spring|autumn|past",
    // "self-harming in year 9": at school, a story told.
    "story in|back|from 1=year 2=#",
    // "as a domestic abuse survivor", "having survived an overdose at 19"
    "long_ago survivor|survivors|survived",
    // "kind to me as a stroke victim", "as a past anaphylaxis sufferer"
    "long_ago victim|sufferer -4..0=as",
    // "a history of" (not "he's got a history of violence": a danger named).
    "long_ago history 1=of !2=violence",
    // "my domestic abuse history": told, not happening; "my overdose history is on my record": a
    // record of it, whatever the tense (not "I saw his history", his browser's).
    "story history !1=of",
    "long_ago history !1=of -3..-1=my|his|her",
    // "the nurse was brilliant when my son had a reaction": praise for what was done.
    "story brilliant|amazing|wonderful|fantastic|excellent|superb|outstanding|fab|fabulous|calm|kind|lovely|reassuring *=had|was|were",
    // (Not "moving like she used to": a change from then, now.)
    "long_ago used 1=to !-2=like|as",
    // "my previous overdose"
    "long_ago previous -1=my|his|her",
    "long_ago previously",
    // "my late mother": the one it happened to is gone.
    "long_ago late -1=my|his|her|our 1=:relative",
    // "I'm in a much better place", "she's in a better place now": over (not "I'd be in a better
    // place", nor "I'm in a good place but I've got crushing chest pain").
    "long_ago place -1=better|good -5..0=im|am|shes|hes|is !0..=but|and",
    // "I haven't had an attack in ages"
    "long_ago ages -1=in -6..0=havent|hasnt|not&1=had",
    // "the leaflet on chest pain is out of date": a subject, not a body.
    "imagined leaflet|leaflets|poster|posters !fp 1=about|on",
    // ("the stroke awareness poster", "the stroke association")
    "imagined awareness|association !fp",
    // "my kids' dad hit me when we were together": a relationship gone by.
    "long_ago together|married -1=were -2=we",
    // "had meningitis as a baby", "as someone who has attempted suicide"
    "long_ago as 1=a 2=baby|child|kid|toddler|teenager|teen|student",
    "long_ago as 1=someone 2=who 3=has|had|survived",
    // "I've had two heart attacks": a history counted (not "three fits in a row").
    "long_ago had 1=two|three|four|several|multiple|many 2=heart|strokes|mini|tias|overdoses|miscarriages|suicide",
    // "my wife had sepsis … after discharge"
    "long_ago discharged",
    "long_ago discharge -1=after|since",
    // "my dad's stroke might have been prevented"
    "long_ago prevented|avoided -1=been",
    // "healing self-harm scars" (not "fresh scars from last night").
    "long_ago scars|scar -1=old|healed|faded",
    "long_ago scars|scar 1=are|have|were 2=healing|healed|fading",
    // "after a series of mini strokes"
    "story series 1=of",
    // "my husband had a heart attack at 52": an age gone by (not "bleeding at 20 weeks"); "I had
    // pneumonia at Christmas"; "having a stroke at 45 was frightening".
    "long_ago at 1=#20 !2=weeks|week|minutes|mins|degrees|percent *=had|was|were",
    "long_ago at 1=christmas|easter *=had|was|were",
    // "self-harm free for two years", "clear of self-harm for 3 years", "clean from self harm for
    // 6 years"
    "long_ago free|clear|clean 1=for|since|of|from",
    // "I came in with chest pain last Tuesday, was seen quickly": a visit, told.
    "story came 1=in 2=with",
    // "recovering from sepsis", "he's fully recovered": over.
    "long_ago recovering|recovered 1=from",
    "long_ago recovering|recovered !1=_",
    "long_ago recovering|recovered 1=,",
    // "ring 111 if I had chest pain": what to do, not what is happening.
    "imagined if 1=i|you|we 2=had",
    "imagined if cond 1..3=someone|somebody|anyone|anybody|a|patients|people|you",
    "imagined imagine|suppose ^ !fp",
    // "what if someone has a heart attack": a danger imagined.
    "imagined if -1=what 1=someone|somebody|anyone|anybody|a|you|people|patients",
    // Opening the sentence: "when she was coughing" later in it is when it happens. ("After my
    // heart attack the rehab referral got lost": an event named and gone by; "Following my
    // husband's heart attack the referral took 4 months".)
    "story when|after|following ^ 1..4=had|was|were|told|said|rang|went|came",
    "story after|following ^ 1=my|his|her",
    // "after years of self harm I'm finally getting help": what went before.
    "long_ago after 1=years|months 2=of",
    // "the receptionist panicked when a man fainted": someone else, seen.
    "story when 1=a|someone|somebody",
    // "self harmed when she was 14", "when I was a teenager": an age gone by.
    "long_ago when 2=was|were 3=#",
    "long_ago when 2=was|were 3=young|younger|little|small",
    "long_ago when 2=was|were 3=a 4=teenager|teen|child|kid|student",
    // "my dad died of a heart attack"; "my mum died of sepsis in hospital": the one it happened
    // to is gone.
    "story died",
    "long_ago died 1=of|from",
    // "in my twenties"
    "long_ago teens|twenties|thirties|forties|childhood -1=my|his|her",
    // "I was told my chest pain was anxiety", "it turned out to be …"
    "story told -1=was|were",
    "story turned 1=out",
    // "the doctor said my chest pain was just anxiety"; "the doctor said it's probably
    // muscular": judged, whatever it is now.
    "story said|thought 1..6=was&1=just|only|nothing",
    "long_ago said|thought 1..4=its&1=probably|just|only|nothing",
    // "the receptionist asked if my chest pain was really that bad", "… asked me in front of
    // everyone whether I'd taken an overdose": a question told. "it asked me if I was having
    // thoughts of harming myself, which is fine": a question put in the past tense, whatever is
    // said of it now.
    "story asked 1..8=if|whether",
    "long_ago asked 1..4=if|whether&1..4=had|was|were",
    // "the online form asks whether I have chest pain": the form's question; "please stop asking
    // if I feel suicidal every time I ring"; "the form asks if I've ever had thoughts of
    // self-harm": a history asked for; "it asks if you have chest pain": a question put to
    // anyone.
    "imagined ask|asks|asking 1=if|whether -1=form|forms|app|website|questionnaire|it",
    "imagined ask|asks|asking -1=stop 1=if|whether",
    "imagined ask|asks|asking 1=if|whether 2..5=ever",
    "imagined ask|asks|asking !fp 1=if|whether 2=you|anyone|patients|people",
    // "the doctor took my chest pain seriously": praise for what was done.
    "story seriously -8..0=took",
    // "a woman fainted in the waiting room on Tuesday" (not "he said on Friday he'd kill me"): a
    // day, or a part of one, gone by.
    "story on !fp 1=:shift",
    // "I'm being forced to marry someone in the summer": now, whenever it is to be.
    "now being -1=im|am|is|are",
    // "… when we go abroad in August", "I'm going abroad to get married in the summer": to come
    // (not "we were going abroad when he had his stroke").
    "now abroad -1=go",
    "now abroad -1=going -2=im|am|are|is|shes|hes|theyre",
    // "he's been vomiting blood and has a history of drinking": now, whatever the history.
    "now been 1=vomiting|bleeding|coughing|fitting -1=hes|shes|ive|weve|theyve|has|have",
    // "having had sepsis before"; "my brother was having a hypo"; "I'm having chest pains and
    // I've a history of heart trouble".
    "long_ago having 1=had",
    "stop having 1=had",
    "story having -1=was|were",
    "now having -1=im|am|is|are|currently",
    // "we waited on the floor for two hours"
    "story waited",
    "story for 1=months|years *=had|was|were",
    // Thanks ("we can't thank you enough"; not "thanks for nothing"), for something done: "thank
    // you for getting my mum into hospital", "… which saved my life".
    "thanks thanks|thank|grateful !1=for",
    "thanks thanks|thank|grateful !2=nothing",
    "done thanks|thank|grateful 1..3=for&1=getting",
    "done spotted|saved|helped|diagnosed|caught|recognised|recognized|treated|sorted|supported|picked|noticed|found|referred|referral|rushed|sent|pulled|brought|admitted|taken|handled|checked|care",
    "thanks saved 2=life",
    // "I was sent to A&E", "he was rushed to hospital": care already given.
    "story spotted|saved|helped|diagnosed|caught|recognised|recognized|treated|sorted|supported|picked|noticed|found|referred|referral|rushed|sent|pulled|brought|admitted|taken|handled|checked|care -1=was|were|got",
    // "… she's home now", "it's settled now", "right as rain now": over (not "she's home now but
    // …", "she's fine now and her lips are blue"; "a better place now" is `place`). Not now
    // either: "she's deaf now", "that's over now", "she's 3 now".
    // "an overdose yesterday but I feel fine now": an overdose harms hours or days later.
    "now now -1=fine|ok|okay|alright *=overdose|overdosed|oded *=earlier|hour|hours|morning|night|today|tonight|yesterday",
    "long_ago now -1=recovering|recovered|better|fine|ok|okay|safe|home|well|settled|thriving|healthy|alright|gone|clear|school|rain !0..=but|and",
    "stop now -1=recovering|recovered|better|fine|ok|okay|safe|home|well|settled|thriving|healthy|alright|gone|clear|school|rain|great|good|deaf|blind|over|place|not",
    "stop now 1=recovering|recovered|better|fine",
    "stop now -1=#",
    // "… and now I'm waiting four months for cardiology": the service, now (not "now I'm
    // waiting for the ambulance").
    "stop now 1=im|were|we 2=waiting 3..6=months|weeks|appointment|referral|results|letter",
    "now now",
    // "still waiting for the follow up", "still hasn't been looked at", "still have to retell my
    // story": the service is still at fault, not the body still in danger. So are "still on my
    // record", "still on the front page of my notes"; "I still panic at every rash", a fear left
    // by it; "it's still flagged on my record"; "… and I'm still here thanks to her", survived.
    "stop still 1=on 3..8=record|records|notes|file",
    "stop still 1=waiting|hasnt|havent|hadnt|not|no|nothing|nobody|never|chasing|trying|got|annoyed|angry|upset|furious|fuming|cross|refer|refers|asks|sends|panic|panicked|worry|worried|remember|think|find|flagged|listed|recorded|coded|mentioned|here",
    // "you still have my old address", "the doctor still addresses her": the practice.
    "stop still -1=you|doctor|gp|nurse|receptionist|reception|surgery|practice|pharmacy|system",
    // "I still get his letters from the surgery", "I still get anxious every time she's hot"
    "stop still 1=get|gets|receive 2=his|her|their|letters|texts|asked|anxious|nervous|scared",
    "stop still 1=have|has|had 2=to",
    // "still can't get a home visit booked", "still can't stand being shouted at", "… died of
    // sepsis last year, I still can't forgive this practice"
    "stop still 1=cant 2=get|book|stand|bear|forget|forgive|believe",
    // "his statins still aren't on repeat"
    "stop still 1=arent|isnt|wasnt|werent 2=on|sorted|fixed|ready|back|done",
    // "we still have no apology"
    "stop still 1=have|has|had 2=no 3=apology|answer|answers|reply|response|explanation|appointment|results|update|diagnosis",
    "now still",
    // "talking clearly again after my stroke": over. Not now: "told to call 999 if it happens
    // again", what to do; "… then it asked again three pages later", the form; "every new
    // doctor asks me to go over it again".
    "long_ago again 1=after 2=my|his|her",
    "stop again 1=after 2=my|his|her",
    "stop again -6..0=if|asks",
    "stop again -1=asked|asks|said|rang|called",
    "now again",
    "now today|tonight|currently|anymore|recently",
    // "thank you, but my chest pain is getting worse" (not "it got worse, then …").
    "now worse -1=getting|is|its|feels !-2=was|were",
    // "mum's going to join dad, he died last month": what is to come (not "last month I was
    // going to …").
    "now gonna !-1=was|were",
    "now going|gonna 1=to !-1=was|were",
    "now this 1=morning|afternoon|evening",
    // "since my stroke I struggle with the stairs", "since having sepsis": the event gone by (not
    // "since having my baby I've been bleeding").
    "long_ago since 1=having !2=my|the|a",
    "long_ago since 1=my|his|her 2=stroke|operation|overdose|accident|heart|tia|diagnosis",
    // Ongoing since then: "since my divorce I've been thinking …" (not "since my heart attack the
    // practice has been brilliant", "has since retired").
    "now since 1=my|his|her|the|having *=been&1=thinking|having|feeling|planning|cutting|hurting|harming|getting|hearing|struggling|bleeding|drinking",
    // "he's been released and is outside my house", "he's outside the house shouting"
    "now outside 1=my|our",
    "now outside 1=the 2=house|door|flat",
    // "hasn't been looked at", "had been": not the present; nor "the district nurses have been
    // brilliant", praise for what was done.
    "present been !-1=hasnt|havent|hadnt|had|id|shed|hed|wed|theyd !1=brilliant|amazing|wonderful|fantastic|great|excellent|supportive|kind",
    // "it was just anxiety" is a judgement told; "I've just left him", "she's just taken them":
    // now.
    "present just !-1=was|were",
    "now just -1=ive|hes|shes|weve|has|have",
    // "my friend keeps posting about …": going on now (not "my review keeps being cancelled",
    // "her tablets keep running out", the service; nor "couldn't keep anything down").
    "present keep|keeps",
    "now keep|keeps 1=*ing !1=being|getting|anything|nothing !2=out",
    // (Not "… and I'm still angry", a feeling about it, now; nor "we can't thank you enough",
    // praise.)
    "stop im 1=still|so|angry|upset|furious|grateful",
    "stop cant 1=thank|fault|praise|recommend",
    "present im|ive|am|is|are|yesterday|night|morning|cant|cannot|dont|doesnt|wont|isnt|arent|its",
    // "my husband died in March and I want to die too": a wish now.
    "now want|wants|wanna|wish 1..4=die|dead|end|kill|disappear|gone",
];

/// The marks a line gives, in the order of a sentence's marks (`spoken_of_the_past`).
const MARKS: &str = words![
    "long_ago", "story", "thanks", "done", "imagined", "now", "present"
];

/// By word: where in `READINGS` its readings stand, from the first line that names it to the end
/// of the last (start and end, in bytes, as the high and low halves). A word's readings stand
/// together, so the lines between are few; those that do not name it are passed over.
fn readings_of(word: &str) -> Option<&'static str> {
    static WHERE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    let found = WHERE.get_or_init(|| {
        let mut found = HashMap::default();
        let mut start = 0;
        for line in READINGS.split_terminator('\n') {
            let end = start + line.len() as u32;
            debug_assert!(
                line.split(' ')
                    .next()
                    .is_some_and(|mark| { mark == "stop" || MARKS.split('|').any(|m| m == mark) }),
                "no such mark: {line}"
            );
            for word in line.split(' ').nth(1).unwrap_or_default().split('|') {
                let first = found.get(word).map_or(start, |&at| at >> 16);
                found.insert(word, first << 16 | end);
            }
            start = end + 1;
        }
        found
    });
    let at = *found.get(word)?;
    READINGS.get((at >> 16) as usize..(at & 0xffff) as usize)
}

/// Whether a test as written holds of the word at `k` (see the module's documentation).
fn holds(test: &str, sentence: &[Token], k: usize, first_person: bool, conditional: bool) -> bool {
    match test {
        "^" => k == 0,
        "fp" => first_person,
        "!fp" => !first_person,
        "cond" => conditional,
        _ => {
            let (not, near) = match test.strip_prefix('!') {
                Some(near) => (true, near),
                None => (false, test),
            };
            let (first, then) = near.split_once('&').unwrap_or((near, ""));
            found(first, then, sentence, k) != not
        }
    }
}

/// Whether a word in reach of `k` is what `near` (`R=W`) asks, and then, counted from it, what
/// `then` asks (if anything).
fn found(near: &str, then: &str, sentence: &[Token], k: usize) -> bool {
    let (reach, what) = near.split_once('=').unwrap_or_default();
    debug_assert!(!what.is_empty(), "a test without '=': {near}");
    let len = sentence.len() as i32;
    let at = |offset: i32| (k as i32 + offset).max(0).min(len) as usize;
    // ("a..b": split at its first dot, the second dropped.)
    let places = match reach.split_once('.').map(|(from, to)| (from, &to[1..])) {
        _ if reach == "*" => 0..len as usize,
        Some((from, "")) => at(offset(from))..len as usize,
        Some((from, to)) => at(offset(from))..at(offset(to)),
        None => at(offset(reach))..at(offset(reach) + 1),
    };
    sentence[places.clone()]
        .iter()
        .zip(places)
        .any(|(token, b)| is(what, token) && (then.is_empty() || found(then, "", sentence, b)))
}

/// Whether a word is what a test asks (`W`, see the module's documentation).
fn is(what: &str, token: &Token) -> bool {
    let word = token.norm;
    let rest = what.get(1..).unwrap_or_default();
    // Told apart by their first byte (a comparison of whole strings costs the kiosk code):
    // `:month`, `:relative`, `:shift` and `:year` by the letter after the colon.
    match what.as_bytes().first() {
        Some(b':') => match rest.as_bytes().first() {
            Some(b'm') => MONTHS.contains(word),
            Some(b'r') => is_relative(word),
            Some(b's') => SHIFTS.contains(word),
            _ => word.len() == 4 && small_year(word),
        },
        Some(b',') => token.after_comma,
        Some(b'_') => true,
        Some(b'#') => small_number(word).is_some_and(|n| n >= small_number(rest).unwrap_or(0)),
        Some(b'*') => word.ends_with(rest),
        _ => what.split('|').any(|w| w == word),
    }
}

/// A number in figures below 256: an age, a school year ("in year 9"). (Read as a `u32`, the
/// one number type the engine parses: another would bring its own parser into the kiosk.)
#[inline(always)]
fn small_number(word: &str) -> Option<u32> {
    word.parse::<u32>().ok().filter(|&n| n < 256)
}

/// A year from 1950 to 2030, written in four figures.
fn small_year(word: &str) -> bool {
    word.parse::<u32>()
        .is_ok_and(|y| (1950..=2030).contains(&y))
}

/// An offset as written: `2`, `-3`.
fn offset(written: &str) -> i32 {
    let (sign, digits) = match written.strip_prefix('-') {
        Some(digits) => (-1, digits),
        None => (1, written),
    };
    debug_assert!(small_number(digits).is_some(), "not an offset: {written}");
    sign * small_number(digits).unwrap_or(0) as i32
}

/// The sentences that speak of the past (or only imagine) and not of now. Only the sentences
/// `asked` about are read.
pub fn past_sentences(tokens: &[Token], asked: &[u32]) -> Vec<u32> {
    tokens
        .chunk_by(|a, b| a.clause == b.clause)
        .filter(|sentence| asked.contains(&sentence[0].clause) && spoken_of_the_past(sentence))
        .map(|sentence| sentence[0].clause)
        .collect()
}

/// One sentence's tokens: whether it speaks of the past (or of someone imagined) and not of now.
fn spoken_of_the_past(sentence: &[Token]) -> bool {
    let any = |words: &WordSet| sentence.iter().any(|t| words.holds(t));
    let first_person = any(&FIRST_PERSON);
    // Imagined of someone else: "if someone had chest pain they'd die waiting", "imagine having a
    // heart attack in that waiting room" (not "if you don't help me I would end my life").
    let conditional = !first_person && any(&CONDITIONAL);
    let mut marks = [false; 7];
    // "People could be having a stroke in the queue and you'd never know"
    marks[4] = conditional && any(&ANYONE);
    for (k, token) in sentence.iter().enumerate() {
        let word = token.norm;
        for line in readings_of(word).unwrap_or_default().split('\n') {
            let mut parts = line.split(' ');
            let mark = parts.next().unwrap_or_default();
            if !parts
                .next()
                .unwrap_or_default()
                .split('|')
                .any(|w| w == word)
                || !parts.all(|test| holds(test, sentence, k, first_person, conditional))
            {
                continue;
            }
            #[cfg(test)]
            fired::record(line);
            match MARKS.split('|').position(|m| m == mark) {
                Some(at) => marks[at] = true,
                None => break,
            }
        }
    }
    let [long_ago, story, thanks, done, imagined, now, present] = marks;
    ((long_ago || (thanks && done) || imagined) && !now) || (story && !now && !present)
}

static FIRST_PERSON: WordSet = WordSet::new(words!["i", "im", "ive", "me", "my", "id", "ill"]);
static CONDITIONAL: WordSet = WordSet::new(words![
    "would", "wouldnt", "theyd", "youd", "hed", "shed", "might", "could", "happens", "happen"
]);
static ANYONE: WordSet = WordSet::new(words![
    "someone", "somebody", "anyone", "anybody", "people", "patients"
]);

/// The readings that held, in a test run: every reading must be met by some example.
#[cfg(test)]
pub mod fired {
    use std::cell::RefCell;

    thread_local! {
        static FIRED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }

    pub fn record(line: &'static str) {
        FIRED.with(|fired| fired.borrow_mut().push(line));
    }

    /// The readings that held on this thread since the last call.
    pub fn take() -> Vec<&'static str> {
        FIRED.with(|fired| fired.take())
    }

    /// Every reading, as written.
    pub fn all() -> impl Iterator<Item = &'static str> {
        super::READINGS.split_terminator('\n')
    }
}

#[cfg(test)]
mod tests {
    use super::fired;

    /// `readings_of` keeps where a word's readings start and end as the two 16-bit halves of one
    /// number: the readings must stay shorter than 64 KB.
    #[test]
    fn the_readings_fit_the_index_of_them() {
        assert!(
            super::READINGS.len() < 1 << 16,
            "{} bytes",
            super::READINGS.len()
        );
    }

    /// Every reading holds in some kiosk example, as the phrase patterns do
    /// (`every_pattern_line_is_met_by_an_example`): a reading nothing exercises may be misspelt
    /// and nobody would know.
    #[test]
    fn every_reading_is_met_by_an_example() {
        let examples = include_str!("../tests/data/kiosk_examples.tsv");
        fired::take();
        for (_, text) in examples.lines().filter_map(|line| line.split_once('\t')) {
            crate::analyse(text);
        }
        let met: std::collections::HashSet<&str> = fired::take().into_iter().collect();
        let unmet: Vec<&str> = fired::all().filter(|line| !met.contains(line)).collect();
        assert!(
            unmet.is_empty(),
            "readings no kiosk example meets (write one in tests/data/kiosk_examples.tsv): \
             {unmet:#?}"
        );
    }
}
