//! `Flow`: where the patient is and what they have entered, as one small `Copy` handle in context.

use leptos::prelude::*;

use crate::i18n::I18n;
use crate::visit::{Screen, Visit};

#[derive(Clone, Copy)]
pub struct Flow {
    pub screen: RwSignal<Screen>,
    pub visit: RwSignal<Visit>,
    i18n: I18n,
}

impl Flow {
    pub fn new(i18n: I18n) -> Self {
        Self {
            screen: RwSignal::new(Screen::Welcome),
            visit: RwSignal::new(Visit::start()),
            i18n,
        }
    }

    pub fn go(&self, screen: Screen) {
        self.screen.set(screen);
    }

    /// A new patient starts: a fresh visit with a fresh id.
    pub fn start_visit(&self) {
        self.visit.set(Visit::start());
        self.go(Screen::Rating);
    }

    /// Ends the visit, whether sent, abandoned or timed out: everything typed is dropped and the
    /// welcome screen returns in the first language.
    pub fn end_visit(&self) {
        self.visit.set(Visit::start());
        self.i18n.reset();
        self.go(Screen::Welcome);
    }
}

pub fn use_flow() -> Flow {
    expect_context::<Flow>()
}
