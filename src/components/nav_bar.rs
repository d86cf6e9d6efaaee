use leptos::prelude::*;

use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::visit::Screen;

/// Back and forward at the foot of a screen. Back to the welcome screen ends the visit.
#[component]
pub fn NavBar(
    /// Where "Back" goes.
    back: Screen,
    /// The translation key of the forward button.
    next_label: &'static str,
    /// What the forward button does.
    on_next: Callback<()>,
    /// Grey out the forward button (it still explains itself elsewhere on the screen).
    #[prop(optional, into)]
    next_disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let go_back = move |_| {
        if back == Screen::Welcome {
            flow.end_visit();
        } else {
            flow.go(back);
        }
    };
    view! {
        <div class="nav-bar">
            <button class="button button-secondary" data-testid="back" on:click=go_back>
                {i18n.text("nav-back")}
            </button>
            <button
                class="button button-primary"
                data-testid="next"
                aria-disabled=move || next_disabled.get().to_string()
                on:click=move |_| {
                    if !next_disabled.get_untracked() {
                        on_next.run(());
                    }
                }
            >
                {move || i18n.t(next_label)}
            </button>
        </div>
    }
}
