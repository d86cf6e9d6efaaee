use leptos::prelude::*;

use crate::flow::use_flow;
use crate::i18n::{LOCALES, use_i18n};
use crate::visit::Screen;

/// The first screen, and the one every visit returns to. Holds nothing of any patient.
#[component]
pub fn WelcomeScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let languages = LOCALES
        .iter()
        .enumerate()
        .map(|(index, locale)| {
            view! {
                <button
                    class="button button-secondary language-button"
                    lang=locale.tag
                    aria-pressed=move || (i18n.locale().tag == locale.tag).to_string()
                    on:click=move |_| i18n.choose(index)
                >
                    {locale.native_name}
                </button>
            }
        })
        .collect_view();

    view! {
        <section class="welcome stack">
            <h1 tabindex="-1" class="title-xl">{i18n.text("welcome-title")}</h1>
            <p class="lead">{i18n.text("welcome-intro")}</p>
            <button class="button button-start" data-testid="start" on:click=move |_| flow.start_visit()>
                {i18n.text("welcome-start")}
                <svg class="start-arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z" />
                </svg>
            </button>
            <div class="language-choice" role="group" aria-label=i18n.text("welcome-language")>
                {languages}
            </div>
            <button class="link-button" on:click=move |_| flow.go(Screen::Privacy)>
                {i18n.text("welcome-privacy")}
            </button>
        </section>
    }
}
