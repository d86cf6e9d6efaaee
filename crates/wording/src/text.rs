//! Tokens with their byte spans in the original comment, normalised so that obfuscation doesn't
//! hide a word: look-alike letters (Cyrillic, Greek, full-width, mathematical, accented) become
//! plain ones, leetspeak inside words is read (sh1t, @ss), masks are kept as `*` (f***), runs of
//! three or more of one letter shrink to two (shiiiit), and spaced-out letters (s h i t, f.u.c.k)
//! are joined when they spell a word on the lists.

use std::ops::Range;

use crate::lexicon::{self, WordSet};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Lower case, normalised; apostrophes dropped (can't → cant); `*` for a masked letter.
    /// Kept in one string for all the comment's words (see `tokenise`): a string of its own
    /// for each word cost a third of the tokeniser's time in allocation, and an inline small
    /// string (`smol_str`) cost a branch at every read and 838 bytes over the wire.
    pub norm: &'a str,
    /// Where it stands in the original, in bytes.
    pub span: Range<usize>,
    /// Which sentence (split at . ! ? ; and line breaks).
    pub clause: u32,
    /// The original began with a capital letter.
    pub capitalised: bool,
    /// The original has two or more letters, all capitals.
    pub all_caps: bool,
    /// Holds at least one letter (after normalisation).
    pub is_word: bool,
    /// A comma, dash, colon or bracket stands between it and the token before: "the new manager,
    /// a snake".
    pub after_comma: bool,
    /// What the word is (`lexicon::PERSON`, `FIRST_NAME`, `NOT_NAME`, `TITLE`, `RELATIVE`),
    /// looked up once.
    pub flags: u8,
    /// Written with 's: "the doctor's handwriting" (or "the GP's a fossil", for "is").
    pub apostrophe_s: bool,
}

impl Token<'_> {
    // Not inlined: asked at some 60 places, a call costs the kiosk's wasm less than reading the
    // word's storage at each.
    #[inline(never)]
    pub fn is(&self, word: &str) -> bool {
        self.norm == word
    }

    /// A word for a person: a pronoun, a role, "everyone".
    pub fn is_person_word(&self) -> bool {
        self.flags & lexicon::PERSON != 0
    }

    pub fn is_first_name(&self) -> bool {
        self.flags & lexicon::FIRST_NAME != 0
    }

    /// A word that is never a name, even with a capital.
    pub fn is_not_name(&self) -> bool {
        self.flags & lexicon::NOT_NAME != 0
    }

    /// "Dr", "Nurse", "Mrs".
    pub fn is_title(&self) -> bool {
        self.flags & lexicon::TITLE != 0
    }

    /// "son", "mum", "carer".
    pub fn is_relative(&self) -> bool {
        self.flags & lexicon::RELATIVE != 0
    }
}

/// The rest of sentence `clause` from `from`, in order (out of line, as `behind`: 350 B smaller).
#[inline(never)]
pub fn ahead<'a>(
    tokens: &'a [Token<'a>],
    from: usize,
    clause: u32,
) -> impl Iterator<Item = &'a Token<'a>> {
    tokens
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(move |t| t.clause == clause)
}

/// The tokens before `to` that stand in sentence `clause`, nearest first.
#[inline(never)]
pub fn behind<'a>(
    tokens: &'a [Token<'a>],
    to: usize,
    clause: u32,
) -> impl Iterator<Item = &'a Token<'a>> {
    tokens[..to.min(tokens.len())]
        .iter()
        .rev()
        .take_while(move |t| t.clause == clause)
}

/// Whether a character is a letter, as the standard library's `char::is_alphabetic` answers for
/// the letters comments are written in. Beyond ASCII it is a letter unless it is punctuation, a
/// symbol or a space: the standard library's Unicode tables (for this, digits and capitals) cost
/// the kiosk 2 KB brotli of the engine's 100 KB, and here a letter is only told from what
/// separates words.
pub fn is_letter(c: char) -> bool {
    normalise_char(c).is_some()
        || !(c.is_ascii()
            || matches!(c as u32,
                // Latin-1's spaces, punctuation and symbols (£, «, °), × and ÷; accents
                // written as marks of their own
                0x80..=0xBF | 0xD7 | 0xF7 | 0x300..=0x36F
                // general punctuation, currency, arrows, maths, shapes, dingbats
                | 0x2000..=0x2BFF
                // CJK punctuation, variation selectors, the byte-order mark
                | 0x3000..=0x303F | 0xFE00..=0xFE0F | 0xFEFF
                // full-width punctuation
                | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
                // emoji and tags
                | 0x1F000..=0x1FAFF | 0xE0000..=0xE007F))
}

/// A letter or a digit (`char::is_alphanumeric`, as `is_letter`).
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// A capital letter (`char::is_uppercase`, as `is_letter`): in ASCII, Latin-1, Latin
/// Extended-A (Polish, Czech, Turkish …), Greek, Cyrillic, and the full-width, circled and
/// mathematical letters that disguise words.
pub fn is_capital(c: char) -> bool {
    let n = c as u32;
    match n {
        0xC0..=0xDE => n != 0xD7,
        0x100..=0x137 | 0x14A..=0x177 => n.is_multiple_of(2),
        0x139..=0x148 | 0x179..=0x17E => !n.is_multiple_of(2),
        0x178 | 0x391..=0x3AB | 0x400..=0x42F | 0x24B6..=0x24CF | 0xFF21..=0xFF3A => true,
        0x1D400..=0x1D6A3 => (n - 0x1D400) % 52 < 26,
        _ => c.is_ascii_uppercase(),
    }
}

/// The plain lower-case ASCII letter a character stands for, if it is letter-like.
#[inline]
pub fn normalise_char(c: char) -> Option<char> {
    if c.is_ascii_alphabetic() {
        return Some(c.to_ascii_lowercase());
    }
    // Spaces, digits and punctuation: most of what isn't a letter, answered at once.
    if c.is_ascii() {
        return None;
    }
    let code = c as u32;
    // Full-width Latin (ｆｕｃｋ).
    if (0xFF21..=0xFF3A).contains(&code) || (0xFF41..=0xFF5A).contains(&code) {
        return char::from_u32(code - 0xFEE0).map(|c| c.to_ascii_lowercase());
    }
    // Mathematical alphanumerics (𝐟𝐮𝐜𝐤, 𝓯𝓾𝓬𝓴 …): 52 letters an alphabet.
    if (0x1D400..=0x1D6A3).contains(&code) {
        return char::from_u32(u32::from(b'a') + (code - 0x1D400) % 52 % 26);
    }
    // Circled and parenthesised letters.
    if (0x24B6..=0x24CF).contains(&code) {
        return char::from_u32(u32::from(b'a') + code - 0x24B6);
    }
    if (0x24D0..=0x24E9).contains(&code) {
        return char::from_u32(u32::from(b'a') + code - 0x24D0);
    }
    let mapped = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'а' | 'А' | 'α' | 'Α' => 'a',
        'в' | 'В' | 'β' | 'Β' | 'ß' => 'b',
        'ç' | 'ć' | 'č' | 'Ç' | 'с' | 'С' | 'ϲ' => 'c',
        'ď' | 'đ' | 'ԁ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'е' | 'Е' | 'ё'
        | 'ε' | 'Ε' => 'e',
        'ğ' | 'ġ' | 'ɡ' => 'g',
        'н' | 'Н' | 'һ' | 'Η' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'і' | 'І' | 'ι' | 'Ι' | 'ӏ' => {
            'i'
        }
        'ј' | 'Ј' => 'j',
        'к' | 'К' | 'κ' | 'Κ' => 'k',
        'ł' | 'ľ' | 'ĺ' => 'l',
        'м' | 'М' | 'Μ' => 'm',
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'η' | 'Ν' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'о'
        | 'О' | 'ο' | 'Ο' | 'σ' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ŕ' | 'ř' | 'г' => 'r',
        'ś' | 'š' | 'ş' | 'Š' | 'ѕ' | 'Ѕ' => 's',
        'ť' | 'т' | 'Т' | 'τ' | 'Τ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'υ' | 'μ' => {
            'u'
        }
        'ν' => 'v',
        'ω' | 'ш' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'ý' | 'ÿ' | 'у' | 'У' | 'Υ' | 'γ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ζ' => 'z',
        _ => return None,
    };
    Some(mapped)
}

/// Digits and symbols read as letters inside a word.
fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' | '€' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '8' => 'b',
        _ => return None,
    })
}

fn is_mask(c: char) -> bool {
    matches!(c, '*' | '#' | '%' | '•' | '·' | '_')
}

/// Characters that vanish: zero-width joiners and spaces, soft hyphens, combining marks.
fn is_invisible(c: char) -> bool {
    // (Every one is past ASCII and Latin-1's letters: most characters are answered at once.)
    c >= '\u{00AD}'
        && matches!(c, '\u{200B}'..='\u{200F}' | '\u{00AD}' | '\u{FEFF}' | '\u{2060}' | '\u{0300}'..='\u{036F}')
}

/// Splits a comment into tokens. Their words are written into `words`, which they borrow.
pub fn tokenise<'a>(text: &str, words: &'a mut String) -> Vec<Token<'a>> {
    words.clear();
    // The tokens are made first with empty words, and each token's place in `words` is kept
    // beside it; once every word is written, the tokens borrow them.
    let mut tokens: Vec<Token<'static>> = Vec::with_capacity(text.len() / 4);
    let mut places: Vec<Range<usize>> = Vec::with_capacity(text.len() / 4);
    let mut clause = 0u32;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut raw: Vec<char> = Vec::with_capacity(32);
    // Each token's normal form is written here first, then copied into the token.
    let mut scratch = String::with_capacity(32);
    let mut after_comma = false;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let starts_word = normalise_char(c).is_some()
            || c.is_ascii_digit()
            || (c == '@' && next.is_some_and(is_letter_or_digit))
            || (is_mask(c)
                && !matches!(c, '_' | '#')
                && next.is_some_and(|n| normalise_char(n).is_some()));
        if !starts_word {
            // "Receptionist = dragon": an equals sign between words says "is".
            let equals = c == '='
                && next != Some('=')
                && (i == 0 || chars[i - 1].1 != '=')
                && tokens.last().is_some_and(|t: &Token| t.clause == clause);
            // "the GP is a total 🤡": a picture that stands for a name people are called.
            let stands_for = match c {
                _ if equals => Some("is"),
                '🤡' => Some("clown"),
                '🐍' => Some("snake"),
                '🐷' | '🐖' => Some("pig"),
                '🐀' => Some("rat"),
                '🐄' | '🐮' => Some("cow"),
                '💩' => Some("shit"),
                _ => None,
            };
            if let Some(word) = stands_for {
                places.push(write(words, word));
                tokens.push(Token {
                    norm: "",
                    span: start..start + c.len_utf8(),
                    clause,
                    capitalised: false,
                    all_caps: false,
                    is_word: true,
                    after_comma: false,
                    flags: 0,
                    apostrophe_s: false,
                });
            }
            // A hyphen here stands apart: an inner one is part of its word.
            after_comma |= matches!(c, ',' | '-' | '–' | '—' | '(' | ')' | ':');
            if matches!(c, '.' | '!' | '?' | ';' | '\n') {
                // "f.u.c.k": a full stop between single letters is not the end of a sentence;
                // nor is the point in "2.1".
                let between_letters = c == '.'
                    && next.is_some_and(|n| normalise_char(n).is_some())
                    && i > 0
                    && normalise_char(chars[i - 1].1).is_some();
                let decimal_point = c == '.'
                    && next.is_some_and(|n| n.is_ascii_digit())
                    && i > 0
                    && chars[i - 1].1.is_ascii_digit();
                if !between_letters && !decimal_point {
                    clause += 1;
                }
            }
            i += 1;
            continue;
        }
        // A word: letters, digits, masks, leet symbols and inner apostrophes and hyphens.
        let mut j = i;
        raw.clear();
        while j < chars.len() {
            let c = chars[j].1;
            // "niccas!RT", "Rude!Very": an exclamation mark between a small letter and a
            // capital ends a sentence; it is no leetspeak "i".
            let mark_between = |j: usize| {
                chars[j].1 == '!'
                    && raw.last().is_some_and(char::is_ascii_lowercase)
                    && chars.get(j + 1).is_some_and(|&(_, n)| is_capital(n))
            };
            let inner = || {
                chars
                    .get(j + 1)
                    .is_some_and(|&(_, n)| is_letter_or_digit(n))
            };
            let part = c.is_ascii_alphanumeric()
                || normalise_char(c).is_some()
                || is_mask(c)
                || is_invisible(c)
                || (matches!(c, '\'' | '’' | '-') && !raw.is_empty() && inner())
                || (leet(c).is_some() && ((j == i && c == '@') || inner()) && !mark_between(j));
            if !part {
                break;
            }
            raw.push(c);
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
        // A short word cut off by an ellipsis ("ho…" for "how…") can't be read: it matches no list.
        let cut_short =
            j - i <= 3 && (text[end..].starts_with('…') || text[end..].starts_with("&#8230;"));
        // "the nurses' station": an apostrophe after a plural's "s", ending the word.
        let plural_possessive = matches!(raw.last(), Some('s' | 'S'))
            && chars.get(j).is_some_and(|&(_, c)| matches!(c, '\'' | '’'))
            && chars
                .get(j + 1)
                .is_none_or(|&(_, c)| !is_letter_or_digit(c));
        let word = Word {
            raw: &raw,
            span: start..end,
            clause,
            after_comma,
            cut_short,
            plural_possessive,
        };
        if let Some(token) = read_word(word, &mut scratch) {
            // "kill my self", "hurt him self": one word, as "myself" is. (The word before is
            // the last written.)
            if scratch == "self"
                && let (Some(before), Some(place)) = (tokens.last_mut(), places.last_mut())
                && &text[before.span.end..token.span.start] == " "
                && one_of!(
                    &words[place.clone()],
                    "her",
                    "him",
                    "it",
                    "me",
                    "my",
                    "our",
                    "them",
                    "your"
                )
            {
                words.push_str("self");
                place.end = words.len();
                before.span.end = token.span.end;
                before.flags = lexicon::flags_of(&words[place.clone()]);
            } else {
                places.push(write(words, &scratch));
                tokens.push(token);
            }
        }
        after_comma = false;
        i = j.max(i + 1);
    }
    join_spaced_letters(text, &mut tokens, &mut places, words);
    let words: &'a str = words;
    let mut tokens: Vec<Token<'a>> = tokens;
    for (token, place) in tokens.iter_mut().zip(places) {
        token.norm = &words[place];
    }
    tokens
}

/// Adds a word to the comment's words; where it stands.
fn write(words: &mut String, word: &str) -> Range<usize> {
    let start = words.len();
    words.push_str(word);
    start..words.len()
}

/// A word as written, with what the tokeniser knows of where it stands.
struct Word<'a> {
    raw: &'a [char],
    span: Range<usize>,
    clause: u32,
    after_comma: bool,
    /// Cut off by an ellipsis.
    cut_short: bool,
    /// A plural's "s" and an apostrophe: "the nurses' station".
    plural_possessive: bool,
}

/// Reads a word into its token, with its word left empty and written into `norm`, if it holds
/// anything to read.
fn read_word(word: Word, norm: &mut String) -> Option<Token<'static>> {
    let raw = word.raw;
    let mut letters = raw.iter().filter(|&&c| normalise_char(c).is_some());
    let has_letter = letters.next().is_some();
    // Leetspeak needs two letters around it ("sh1t"); "42a" is a house number.
    let two_letters = has_letter && letters.next().is_some();
    // "3rd", "21st": a number, not leetspeak.
    let digits = raw.iter().take_while(|c| c.is_ascii_digit()).count();
    let ordinal = digits > 0
        && matches!(
            raw[digits..],
            ['s' | 'S', 't' | 'T']
                | ['n' | 'N', 'd' | 'D']
                | ['r' | 'R', 'd' | 'D']
                | ['t' | 'T', 'h' | 'H']
        );
    norm.clear();
    // Capitals are judged before an apostrophe: "GP's" is in capitals.
    let (mut letters, mut capitals, mut apostrophe) = (0, 0, false);
    for (k, &c) in raw.iter().enumerate() {
        if matches!(c, '\'' | '’') {
            apostrophe = true;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if !apostrophe && is_letter(c) {
            letters += 1;
            capitals += usize::from(is_capital(c));
        }
        if let Some(letter) = normalise_char(c) {
            norm.push(letter);
        } else if c == '@' && k == 0 {
            norm.push('@'); // a mention (@USER)
        } else if two_letters
            && !ordinal
            && let Some(letter) = leet(c)
        {
            norm.push(letter);
        } else if is_mask(c) {
            norm.push('*');
        } else {
            norm.push(c.to_ascii_lowercase());
        }
    }
    if norm.is_empty() {
        return None;
    }
    let capitalised = raw.first().is_some_and(|&c| is_capital(c));
    let all_caps = letters >= 2 && capitals == letters;
    if norm
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2])
    {
        *norm = shrink_repeats(norm);
    }
    // "@ss" is leetspeak; "@USER" is a mention.
    if let Some(rest) = norm.strip_prefix('@') {
        let read = format!("a{rest}");
        if lexicon::is_listed(&read) {
            *norm = read;
        }
    }
    // "s-l-a-g": a listed word spelled out a letter at a time, within one word (spaced out,
    // "s l a g", it is joined by `join_spaced_letters`).
    if norm.len() >= 5
        && norm.as_bytes()[1] == b'-'
        && norm.split('-').all(|letter| letter.len() == 1)
    {
        let joined: String = norm.chars().filter(|&c| c != '-').collect();
        if lexicon::is_listed(&joined) {
            *norm = joined;
        }
    }
    // "OD'd": overdosed ("odd" has no apostrophe).
    if norm == "odd" && raw.iter().any(|c| matches!(c, '\'' | '’')) {
        norm.clear();
        norm.push_str("oded");
    }
    if let Some(plain) = (norm.len() <= 8).then(|| text_speak(norm)).flatten() {
        norm.clear();
        norm.push_str(plain);
    } else if norm.len() >= 5
        && norm.ends_with("in")
        && let Some(full) = crate::with_g(norm)
    {
        norm.clear();
        norm.push_str(full);
    }
    if word.cut_short {
        norm.push('…');
    }
    Some(Token {
        norm: "",
        span: word.span,
        clause: word.clause,
        capitalised,
        all_caps,
        is_word: has_letter,
        after_comma: word.after_comma,
        flags: lexicon::flags_of(norm),
        // ("let's" is "let us": nobody's, and no "is".)
        apostrophe_s: (matches!(raw, [.., '\'' | '’', 's' | 'S']) && norm != "lets")
            || word.plural_possessive,
    })
}

/// Text-speak for words the rules read ("some1 shud …"), in its plain spelling. A digit at the
/// end of a word is read as leetspeak first ("some1" is "somei" by then). One line a word: the
/// spellings read as it, then `=` and its plain spelling (an entry no token can match, as no
/// word holds `=`).
fn text_speak(word: &str) -> Option<&'static str> {
    static SPELLINGS: WordSet = WordSet::new(lines![
        "somei|sumi|some1|sum1|=someone",
        "everyi|evryi|every1|=everyone",
        "anyi|any1|=anyone",
        "shud|shld|shuld|=should",
        "wud|wld|=would",
        "cud|cld|=could",
        "ppl|=people",
        "m8|m8s|=mate",
        "wiv|=with",
        "b4|=before",
        "2day|=today",
        "2nite|2night|tonite|=tonight",
        "coz|cos|cuz|=because",
        "bout|abt|=about",
        "dnt|=dont",
        "pls|plz|=please",
        "thx|thnx|thanx|=thanks",
        "recep|recepshunist|receptionst|recptionist|receptonist|=receptionist",
        "cnt|=cant",
        "tite|=tight",
        "proply|propa|=properly",
        "sed|=said",
        "bf|=boyfriend",
        "gf|=girlfriend",
        "soo|=so",
        "veryy|=very",
        "nite|=night",
        "wks|=weeks",
        "preggers|preggo|pregnent|=pregnant",
        "attak|atack|=attack",
        "headake|hedache|headach|=headache",
        "pian|=pain",
        "wot|wat|=what",
        "yday|=yesterday",
        "breth|=breath",
        "brethe|breeve|breev|breave|breeth|=breathe",
        "chesst|chst|=chest",
        "realy|reely|=really",
        "sucidal|suicidle|sucidle|suicdal|suisidal|=suicidal",
        "kil|=kill",
        "overdoze|=overdose",
        "oded|=overdosed",
        "moveing|movin|=moving",
        "bich|bicth|=bitch",
        "docter|docta|=doctor",
    ]);
    let line = SPELLINGS.arm(word)?;
    SPELLINGS.line(line).rsplit('=').next()
}

/// Runs of three or more of one character become two (shiiiit → shiit; "good" keeps its oo).
pub fn shrink_repeats(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    let mut run = 0;
    for c in word.chars() {
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= 2 || c == '*' {
            out.push(c);
        }
    }
    out
}

/// Joins runs of single letters separated only by spaces, dots, hyphens or underscores when
/// together they spell a listed word ("s h i t", "f.u.c.k", "c u n t").
fn join_spaced_letters(
    text: &str,
    tokens: &mut Vec<Token<'static>>,
    places: &mut Vec<Range<usize>>,
    words: &mut String,
) {
    let mut i = 0;
    while i < tokens.len() {
        // One letter: a word's norm is ASCII letters, so one byte.
        let single = |k: usize| places[k].len() == 1 && tokens[k].is_word;
        if !single(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && single(j)
            && text[tokens[j - 1].span.end..tokens[j].span.start]
                .chars()
                .all(|c| matches!(c, ' ' | '.' | '-' | '_' | '*'))
            && tokens[j].span.start - tokens[j - 1].span.end <= 3
        {
            j += 1;
        }
        if j - i >= 3 {
            // The longest prefix of the run that spells a listed word.
            let mut joined_len = None;
            for end in (i + 3..=j).rev() {
                let word: String = places[i..end]
                    .iter()
                    .map(|place| &words[place.clone()])
                    .collect();
                if lexicon::is_listed(&word) {
                    joined_len = Some((end, word));
                    break;
                }
            }
            if let Some((end, word)) = joined_len {
                let span = tokens[i].span.start..tokens[end - 1].span.end;
                let joined = Token {
                    norm: "",
                    span,
                    clause: tokens[i].clause,
                    capitalised: false,
                    all_caps: false,
                    is_word: true,
                    after_comma: tokens[i].after_comma,
                    flags: lexicon::flags_of(&word),
                    apostrophe_s: false,
                };
                tokens.splice(i..end, [joined]);
                places.splice(i..end, [write(words, &word)]);
            }
        }
        i += 1;
    }
}

/// Whether the token at `k` is in this clause, false past the end (one bounds check, here).
#[inline(never)]
pub fn in_clause(tokens: &[Token], k: usize, clause: u32) -> bool {
    tokens.get(k).is_some_and(|t| t.clause == clause)
}

/// Whether the token at `k` is this word, false past the end: one bounds check, here, rather
/// than one at every call.
#[inline(never)]
pub fn word_is(tokens: &[Token], k: usize, word: &str) -> bool {
    tokens.get(k).is_some_and(|t| t.is(word))
}

/// Puts `item` into an ordered list, keeping it ordered and without repeats. The lists here are
/// short (a slot's alternatives, the signs one word starts), and this costs the kiosk far less
/// than the standard library's sort, which would otherwise be compiled in for them alone.
pub fn insert_ordered<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(at) = list.binary_search(&item) {
        list.insert(at, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text's tokens, their words kept for the rest of the test run.
    fn tokens_of(text: &str) -> Vec<Token<'static>> {
        tokenise(text, Box::leak(Box::default()))
    }

    #[test]
    fn letters_and_capitals_agree_with_the_standard_library_where_comments_are_written() {
        // ASCII, Latin-1's letters, Latin Extended-A, Greek and Cyrillic.
        // (U+03A2, in the Greek capitals, is not a character.)
        let alphabets = (0..0x80)
            .chain(0xC0..0x250)
            .chain(0x391..0x3CA)
            .chain(0x400..0x460);
        for c in alphabets.filter(|&n| n != 0x3A2).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} a letter");
            assert_eq!(
                is_letter_or_digit(c),
                c.is_alphanumeric(),
                "{c:?} a letter or digit"
            );
            if (c as u32) < 0x180 || (c as u32) > 0x250 {
                assert_eq!(is_capital(c), c.is_uppercase(), "{c:?} a capital");
            }
        }
        // What separates words is never a letter.
        for c in "£€$¥«»“”‘’–—…•·°±×÷©®™№½²\u{a0}\u{200b}\u{2028}\u{301}😡👍🏽❤️→★".chars()
        {
            assert!(!is_letter_or_digit(c), "{c:?} is no letter");
        }
        // Letters of other scripts hold a word together.
        for c in "护士نرسगधाשלום".chars() {
            assert!(is_letter(c), "{c:?} is a letter");
        }
        assert!(is_capital('Ａ') && is_capital('Ⓐ') && is_capital('𝐀') && !is_capital('𝐚'));
    }

    fn norms(text: &str) -> Vec<String> {
        tokens_of(text)
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect()
    }

    #[test]
    fn words_are_lower_cased_with_spans() {
        let tokens = tokens_of("The GP's nurse.");
        assert_eq!(
            tokens.iter().map(|t| t.norm).collect::<Vec<_>>(),
            ["the", "gps", "nurse"]
        );
        assert_eq!(&"The GP's nurse."[tokens[2].span.clone()], "nurse");
        assert!(tokens[0].capitalised && tokens[1].all_caps);
    }

    #[test]
    fn a_comma_or_dash_before_a_token_is_marked() {
        let tokens = tokens_of("the manager, a snake - and a liar (really)");
        let marked: Vec<&str> = tokens
            .iter()
            .filter(|t| t.after_comma)
            .map(|t| t.norm)
            .collect();
        assert_eq!(marked, ["a", "and", "really"]);
        assert!(!tokens_of("a two-faced liar").iter().any(|t| t.after_comma));
    }

    #[test]
    fn my_self_is_one_word_as_myself() {
        assert_eq!(norms("kill my self"), ["kill", "myself"]);
        assert_eq!(tokens_of("hurt him self.")[1].span, 5..13);
        // Apart, they stay two words.
        assert_eq!(norms("my. self"), ["my", "self"]);
        assert_eq!(norms("my  self"), ["my", "self"]);
    }

    #[test]
    fn an_equals_sign_between_words_reads_as_is() {
        assert_eq!(
            norms("Receptionist = dragon"),
            ["receptionist", "is", "dragon"]
        );
        assert_eq!(norms("a == b"), ["a", "b"]);
    }

    #[test]
    fn a_picture_for_a_name_reads_as_the_word() {
        assert_eq!(norms("a total 🤡"), ["a", "total", "clown"]);
        let tokens = tokens_of("a 🐍!");
        assert_eq!(tokens[1].span, 2..6);
        assert_eq!(norms("thanks 😊"), ["thanks"]);
    }

    #[test]
    fn look_alike_letters_become_plain() {
        assert_eq!(
            norms("ѕһіt ｆｕｃｋ 𝐟𝐮𝐜𝐤 fück"),
            ["shit", "fuck", "fuck", "fuck"]
        );
    }

    #[test]
    fn leetspeak_inside_words_is_read_but_numbers_stay_numbers() {
        assert_eq!(
            norms("sh1t b1tch @ss 943 476 5919"),
            ["shit", "bitch", "ass", "943", "476", "5919"]
        );
        assert_eq!(norms("shit!"), ["shit"]);
    }

    #[test]
    fn a_dropped_g_is_read_when_a_rule_names_the_word() {
        assert_eq!(
            norms("killin breathin thin begin insulin"),
            ["killing", "breathing", "thin", "begin", "insulin"]
        );
    }

    #[test]
    fn text_speak_is_read_in_its_plain_spelling() {
        assert_eq!(norms("OD'd, odd"), ["overdosed", "odd"]);
        assert_eq!(
            norms("some1 shud tell ppl b4 2nite m8 bout"),
            [
                "someone", "should", "tell", "people", "before", "tonight", "mate", "about"
            ]
        );
    }

    #[test]
    fn hashtags_are_words_and_short_words_cut_off_are_unread() {
        assert_eq!(norms("#faggot #NHS sh#t"), ["faggot", "nhs", "sh*t"]);
        assert_eq!(norms("ho… ho&#8230;"), ["ho…", "ho…", "8230"]);
    }

    #[test]
    fn masks_and_repeats() {
        assert_eq!(norms("f***ing shiiiiit"), ["f***ing", "shiit"]);
    }

    #[test]
    fn spaced_letters_are_joined_only_when_they_spell_a_listed_word() {
        assert_eq!(norms("you s h i t"), ["you", "shit"]);
        assert_eq!(norms("f.u.c.k off"), ["fuck", "off"]);
        assert_eq!(norms("a b c"), ["a", "b", "c"]);
        assert_eq!(norms("a s-l-a-g"), ["a", "slag"]);
        assert_eq!(norms("a-b-c-d"), ["a-b-c-d"]);
    }

    #[test]
    fn an_apostrophe_s_is_marked_but_not_in_lets() {
        let marked =
            |text: &str| -> Vec<bool> { tokens_of(text).iter().map(|t| t.apostrophe_s).collect() };
        assert_eq!(marked("the baby's cot"), [false, true, false]);
        assert_eq!(marked("let's see"), [false, false]);
        assert_eq!(marked("the nurses' station"), [false, true, false]);
    }

    #[test]
    fn sentences_are_counted() {
        let tokens = tokens_of("One. Two! Three?\nFour, five");
        let clauses: Vec<u32> = tokens.iter().map(|t| t.clause).collect();
        assert!(
            clauses.windows(2).take(3).all(|w| w[0] < w[1]),
            "{clauses:?}"
        );
        assert_eq!(clauses[3], clauses[4], "a comma does not end a sentence");
    }

    #[test]
    fn spans_cover_multibyte_text() {
        let text = "é ѕһіt";
        let tokens = tokens_of(text);
        assert_eq!(&text[tokens[1].span.clone()], "ѕһіt");
    }
}
