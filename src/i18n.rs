//! Every word the patient reads, from Fluent files under `locales/` (read by `crates/ftl`). Adding a language is adding
//! a file and a line to `LOCALES`; no component changes.

use ftl::{Arg, Messages, PluralRule};
use leptos::prelude::*;

/// A language the kiosk offers.
pub struct Locale {
    /// The BCP 47 tag, sent with each submission.
    pub tag: &'static str,
    /// Its name in itself, for the language choice.
    pub native_name: &'static str,
    pub right_to_left: bool,
    plural: PluralRule,
    source: &'static str,
}

pub const LOCALES: &[Locale] = &[Locale {
    tag: "en-GB",
    native_name: "English",
    right_to_left: false,
    plural: ftl::plural_one_other,
    // The file without its comments (see `build.rs`).
    source: include_str!(concat!(env!("OUT_DIR"), "/locales/en-GB/kiosk.ftl")),
}];

thread_local! {
    static BUNDLES: Vec<Messages> = LOCALES.iter().map(messages).collect();
}

fn messages(locale: &Locale) -> Messages {
    Messages::parse(locale.source, locale.plural).unwrap_or_else(|err| {
        // The files are checked by `cargo test -p ftl`; this is a last resort.
        leptos::logging::error!("{}: line {}: {}", locale.tag, err.line, err.reason);
        Messages::parse("", locale.plural).expect("an empty file parses")
    })
}

/// The current language, as a small `Copy` handle given to every component through context.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<usize>,
}

impl I18n {
    pub fn new() -> Self {
        Self {
            locale: RwSignal::new(0),
        }
    }

    /// The text of `key`, reactive to a change of language.
    pub fn t(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The text of `key`, as a view or attribute that follows the language. Every such text is
    /// the one closure type, so the kiosk's wasm holds the code that renders and updates it once,
    /// not once for each of some 60 texts (as `move || i18n.t("…")` would).
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// The text of `key` with numeric arguments, e.g. `[("remaining", 12)]`.
    pub fn t_with(&self, key: &str, args: &[(&'static str, i64)]) -> String {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| (*name, Arg::Number(*value)))
            .collect();
        self.format(key, &args)
    }

    /// The text of `key` with one text argument.
    pub fn t_text(&self, key: &str, name: &'static str, text: String) -> String {
        self.t_texts(key, &[(name, text)])
    }

    /// The text of `key` with text arguments.
    pub fn t_texts(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| (*name, Arg::Text(value.clone())))
            .collect();
        self.format(key, &args)
    }

    fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let index = self.locale.get();
        BUNDLES.with(|bundles| {
            bundles[index].format(key, args).unwrap_or_else(|| {
                leptos::logging::error!("missing translation: {key}");
                key.to_owned()
            })
        })
    }

    pub fn locale(&self) -> &'static Locale {
        &LOCALES[self.locale.get()]
    }

    pub fn choose(&self, index: usize) {
        if index < LOCALES.len() {
            self.locale.set(index);
        }
    }

    /// Back to the first language, for the next patient.
    pub fn reset(&self) {
        self.locale.set(0);
    }
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
