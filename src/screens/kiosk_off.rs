use leptos::prelude::*;

use crate::i18n::use_i18n;

/// After staff leave kiosk mode: the tablet is theirs until they come back to it.
#[component]
pub fn KioskOffScreen(
    /// "Back to kiosk mode".
    on_resume: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="kiosk-off stack" data-testid="kiosk-off">
            <h1 tabindex="-1">{i18n.text("kiosk-off-title")}</h1>
            <p class="lead">{i18n.text("kiosk-off-body")}</p>
            <button class="button button-primary" data-testid="kiosk-resume" on:click=move |_| on_resume.run(())>
                {i18n.text("kiosk-off-resume")}
            </button>
        </section>
    }
}
