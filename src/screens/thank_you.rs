use std::time::Duration;

use leptos::prelude::*;

use crate::components::review_qr::ReviewQr;
use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::settings::use_settings;
use crate::timers::owned_timeout;

/// How long the thank-you stays before the kiosk clears itself.
const RETURN_AFTER: Duration = Duration::from_secs(8);
/// Longer with a QR code: time to find a phone and point it.
const RETURN_AFTER_WITH_QR: Duration = Duration::from_secs(20);

/// A warm thank-you, then back to the welcome screen by itself.
#[component]
pub fn ThankYouScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let review_qr = use_settings().review_qr();
    let wait = if review_qr.is_some() {
        RETURN_AFTER_WITH_QR
    } else {
        RETURN_AFTER
    };
    owned_timeout(wait, move || flow.end_visit());
    view! {
        <section class="thank-you stack">
            <svg class="thanks-tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
            </svg>
            <h1 tabindex="-1" class="title-xl">{i18n.text("thanks-title")}</h1>
            <p class="lead">{i18n.text("thanks-body")}</p>
            {review_qr.map(|qr| view! { <ReviewQr qr=qr /> })}
            <p class="hint">{i18n.text("thanks-returning")}</p>
            <button class="button button-primary" data-testid="finish" on:click=move |_| flow.end_visit()>
                {i18n.text("thanks-finish")}
            </button>
        </section>
    }
}
