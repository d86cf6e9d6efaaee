use std::time::Duration;

use leptos::prelude::*;

use crate::flow::use_flow;
use crate::i18n::use_i18n;

/// How long the thank-you stays before the kiosk clears itself.
const RETURN_AFTER: Duration = Duration::from_secs(8);

/// A warm thank-you, then back to the welcome screen by itself.
#[component]
pub fn ThankYouScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let timer = set_timeout_with_handle(move || flow.end_visit(), RETURN_AFTER).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    view! {
        <section class="thank-you stack">
            <svg class="thanks-tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
            </svg>
            <h1 tabindex="-1" class="title-xl">{move || i18n.t("thanks-title")}</h1>
            <p class="lead">{move || i18n.t("thanks-body")}</p>
            <p class="hint">{move || i18n.t("thanks-returning")}</p>
            <button class="button button-primary" data-testid="finish" on:click=move |_| flow.end_visit()>
                {move || i18n.t("thanks-finish")}
            </button>
        </section>
    }
}
