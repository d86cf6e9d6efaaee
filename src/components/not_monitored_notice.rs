use leptos::prelude::*;

use crate::i18n::use_i18n;

/// On the comment screen (unless the urgent panel already says it) and the closed screen: this
/// form is not read straight away.
#[component]
pub fn NotMonitoredNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="notice-urgent" data-testid="not-monitored">
            <svg class="notice-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-2h2zm0-4h-2V7h2z" />
            </svg>
            <p>{i18n.text("not-monitored")}</p>
        </aside>
    }
}
