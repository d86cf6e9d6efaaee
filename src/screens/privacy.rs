use leptos::prelude::*;

use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::visit::Screen;

/// "How we use your feedback": the short privacy notice linked from the welcome screen.
#[component]
pub fn PrivacyScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    view! {
        <section class="privacy stack">
            <h1 tabindex="-1">{i18n.text("privacy-title")}</h1>
            <p>{i18n.text("privacy-body-1")}</p>
            <p>{i18n.text("privacy-body-2")}</p>
            <p>{i18n.text("privacy-body-3")}</p>
            <p>{i18n.text("privacy-body-4")}</p>
            <div class="nav-bar">
                <button class="button button-primary" on:click=move |_| flow.go(Screen::Welcome)>
                    {i18n.text("privacy-close")}
                </button>
            </div>
        </section>
    }
}
