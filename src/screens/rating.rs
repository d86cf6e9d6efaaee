use leptos::prelude::*;

use crate::components::nav_bar::NavBar;
use crate::components::star_rating::StarRating;
use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::visit::Screen;

/// The Friends and Family Test question and its six answers, word for word.
#[component]
pub fn RatingScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let answer = Signal::derive(move || flow.visit.with(|v| v.fft));
    let (missing, set_missing) = signal(false);
    let next = Callback::new(move |()| {
        if answer.get_untracked().is_some() {
            flow.go(Screen::Comment);
        } else {
            set_missing.set(true);
        }
    });
    view! {
        <section class="rating stack">
            <StarRating
                answer=answer
                on_choose=Callback::new(move |choice| {
                    set_missing.set(false);
                    flow.visit.update(|v| v.fft = Some(choice));
                })
            />
            <p class="error-message" role="alert">
                {move || missing.get().then(|| i18n.t("rating-hint"))}
            </p>
            <NavBar back=Screen::Welcome next_label="nav-continue" on_next=next />
        </section>
    }
}
