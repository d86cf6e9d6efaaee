//! Reads the subset of [Fluent](https://projectfluent.org) that the kiosk's translation files use,
//! and formats its messages.
//!
//! Why not `fluent-bundle`: it costs about 15 KB brotli in the kiosk's wasm (its parser, CLDR
//! plural rules for every language, number formatting), a tenth of the whole first-load budget.
//! The files stay real Fluent, checked by the same tools, so moving to `fluent-bundle` later
//! changes no translation.
//!
//! Supported: `# comments`, `key = text`, continuation lines (indented), `{ $variable }`, and
//! select expressions on a variable with numeric or plural-category keys and a `*` default:
//!
//! ```text
//! remaining = { $n ->
//!     [one] 1 character left
//!    *[other] { $n } characters left
//! }
//! ```

/// A value given to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(i64),
    Text(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

/// The CLDR plural category of a number, for the languages the kiosk ships.
pub type PluralRule = fn(i64) -> &'static str;

/// English and most languages written with it: "one" for 1, "other" for the rest.
pub fn plural_one_other(n: i64) -> &'static str {
    if n == 1 { "one" } else { "other" }
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Variable(String),
    Select {
        variable: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// The messages of one language.
#[derive(Clone, Debug)]
pub struct Messages {
    /// In the file's order; a key written twice means its later message. A list, not a hash
    /// table: a hundred messages are found quickly enough by reading, and the kiosk's wasm then
    /// holds no std `HashMap` and its SipHash.
    messages: Vec<(String, Vec<Part>)>,
    plural: PluralRule,
}

/// A line the reader could not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub reason: &'static str,
}

impl Messages {
    /// Reads a whole `.ftl` file.
    pub fn parse(source: &str, plural: PluralRule) -> Result<Self, ParseError> {
        let mut messages = Vec::new();
        let lines: Vec<&str> = source.lines().collect();
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            index += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with(char::is_whitespace) {
                return Err(ParseError {
                    line: index,
                    reason: "an indented line outside a message",
                });
            }
            let (key, first) = line.split_once('=').ok_or(ParseError {
                line: index,
                reason: "expected `key = value`",
            })?;
            let key = key.trim();
            if key.is_empty()
                || !key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(ParseError {
                    line: index,
                    reason: "a message key may hold letters, digits, - and _",
                });
            }
            // The value: the rest of this line and every indented line after it (a select's
            // closing `}` may stand at the start of a line, as in Fluent).
            let mut value = first.trim().to_owned();
            let continues =
                |l: &str| l.starts_with(' ') || l.starts_with('}') || l.trim().is_empty();
            while index < lines.len() && continues(lines[index]) {
                if !lines[index].trim().is_empty() {
                    value.push('\n');
                    value.push_str(lines[index].trim());
                }
                index += 1;
            }
            let start_line = index;
            let parts = parse_pattern(&value).map_err(|reason| ParseError {
                line: start_line,
                reason,
            })?;
            messages.push((key.to_owned(), parts));
        }
        Ok(Self { messages, plural })
    }

    pub fn has(&self, key: &str) -> bool {
        self.parts(key).is_some()
    }

    fn parts(&self, key: &str) -> Option<&[Part]> {
        let (_, parts) = self.messages.iter().rev().find(|(k, _)| k == key)?;
        Some(parts)
    }

    /// The message `key` with `args`; `None` when there is no such message.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let parts = self.parts(key)?;
        let mut out = String::new();
        self.write(parts, args, &mut out);
        Some(out)
    }

    fn write(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| {
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| value)
        };
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Variable(name) => match arg(name) {
                    Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                    Some(Arg::Text(text)) => out.push_str(text),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select {
                    variable,
                    variants,
                    default,
                } => {
                    let chosen = match arg(variable) {
                        Some(Arg::Number(n)) => {
                            let exact = n.to_string();
                            let category = (self.plural)(*n);
                            variants
                                .iter()
                                .position(|(k, _)| *k == exact)
                                .or_else(|| variants.iter().position(|(k, _)| k == category))
                        }
                        Some(Arg::Text(text)) => variants.iter().position(|(k, _)| k == text),
                        None => None,
                    };
                    self.write(&variants[chosen.unwrap_or(*default)].1, args, out);
                }
            }
        }
    }
}

fn parse_pattern(value: &str) -> Result<Vec<Part>, &'static str> {
    let mut parts = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        match rest.find('{') {
            None => {
                parts.push(Part::Text(rest.to_owned()));
                break;
            }
            Some(open) => {
                if open > 0 {
                    parts.push(Part::Text(rest[..open].to_owned()));
                }
                let close = matching_brace(&rest[open..]).ok_or("a `{` without its `}`")? + open;
                parts.push(parse_placeable(&rest[open + 1..close])?);
                rest = &rest[close + 1..];
            }
        }
    }
    Ok(parts)
}

/// The index of the `}` that closes the `{` at the start of `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

fn parse_placeable(inner: &str) -> Result<Part, &'static str> {
    let inner = inner.trim();
    let variable = |text: &str| -> Result<String, &'static str> {
        let name = text
            .trim()
            .strip_prefix('$')
            .ok_or("only `{ $variable }` placeables are supported")?;
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err("a variable name may hold letters, digits, - and _");
        }
        Ok(name.to_owned())
    };
    let Some((selector, body)) = inner.split_once("->") else {
        return Ok(Part::Variable(variable(inner)?));
    };
    let mut variants = Vec::new();
    let mut default = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (is_default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let line = line
            .strip_prefix('[')
            .ok_or("a variant starts with `[key]`")?;
        let (key, text) = line.split_once(']').ok_or("a variant key needs its `]`")?;
        if is_default {
            default = Some(variants.len());
        }
        variants.push((key.trim().to_owned(), parse_pattern(text.trim())?));
    }
    let default = default.ok_or("a select expression needs a `*[default]` variant")?;
    Ok(Part::Select {
        variable: variable(selector)?,
        variants,
        default,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# A comment\n\
        hello = Hello\n\
        greet = Hello, { $name }!\n\
        \n\
        long = A first line\n    and a second\n\
        remaining = { $n ->\n    [0] Nothing left\n    [one] 1 character left\n   *[other] { $n } characters left\n}\n\
        after = Still read\n";

    fn messages() -> Messages {
        Messages::parse(SOURCE, plural_one_other).unwrap()
    }

    #[test]
    fn plain_messages_and_variables() {
        let m = messages();
        assert_eq!(m.format("hello", &[]).unwrap(), "Hello");
        assert_eq!(
            m.format("greet", &[("name", Arg::Text("Pat".into()))])
                .unwrap(),
            "Hello, Pat!"
        );
        assert_eq!(m.format("nothing", &[]), None);
        assert!(m.has("after") && !m.has("nothing"));
    }

    #[test]
    fn a_key_written_twice_means_its_later_message() {
        let m = Messages::parse("a = First\nb = Other\na = Second\n", plural_one_other).unwrap();
        assert_eq!(m.format("a", &[]).unwrap(), "Second");
        assert_eq!(m.format("b", &[]).unwrap(), "Other");
    }

    #[test]
    fn continuation_lines_join_with_a_newline() {
        assert_eq!(
            messages().format("long", &[]).unwrap(),
            "A first line\nand a second"
        );
    }

    #[test]
    fn plural_variants_choose_exact_numbers_then_categories_then_the_default() {
        let m = messages();
        let n = |n: i64| m.format("remaining", &[("n", Arg::Number(n))]).unwrap();
        assert_eq!(n(0), "Nothing left");
        assert_eq!(n(1), "1 character left");
        assert_eq!(n(12), "12 characters left");
        assert_eq!(m.format("remaining", &[]).unwrap(), "{n} characters left");
        assert_eq!(m.format("after", &[]).unwrap(), "Still read");
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        assert_eq!(
            Messages::parse("no equals sign", plural_one_other)
                .unwrap_err()
                .line,
            1
        );
        assert!(
            Messages::parse("a = { $x ->\n  [one] x\n}\n", plural_one_other).is_err(),
            "no default"
        );
        assert!(Messages::parse("a = { x }", plural_one_other).is_err());
        assert!(Messages::parse("a = { $x", plural_one_other).is_err());
    }

    #[test]
    fn the_kiosk_translations_parse_and_say_the_fft_answers_word_for_word() {
        let m = Messages::parse(
            include_str!("../../../locales/en-GB/kiosk.ftl"),
            plural_one_other,
        )
        .unwrap();
        assert_eq!(
            m.format("rating-question", &[]).unwrap(),
            "Overall, how was your experience of our service?"
        );
        let answers: Vec<String> = [
            "fft-very-good",
            "fft-good",
            "fft-neither",
            "fft-poor",
            "fft-very-poor",
            "fft-dont-know",
        ]
        .iter()
        .map(|k| m.format(k, &[]).unwrap())
        .collect();
        assert_eq!(
            answers,
            [
                "Very good",
                "Good",
                "Neither good nor poor",
                "Poor",
                "Very poor",
                "Don't know"
            ]
        );
        assert_eq!(
            m.format("not-monitored", &[]).unwrap(),
            "This form is not monitored. If you need help now, speak to reception, call 999 in an emergency, or NHS 111."
        );
        assert_eq!(
            m.format("comment-remaining", &[("remaining", Arg::Number(1))])
                .unwrap(),
            "1 character left"
        );
        assert_eq!(
            m.format("idle-body", &[("seconds", Arg::Number(30))])
                .unwrap(),
            "For your privacy, this screen will clear in 30 seconds."
        );
    }
}
