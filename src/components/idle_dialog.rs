use leptos::html;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// "Are you still there?": shown after a minute without a touch, with the seconds left and one
/// large button to carry on.
#[component]
pub fn IdleDialog(
    /// Seconds until the visit ends; `None` hides the dialog.
    seconds_left: Signal<Option<u32>>,
    /// The patient wants more time.
    on_more_time: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let button = NodeRef::<html::Button>::new();
    let open = move || seconds_left.get().is_some();
    Effect::new(move |was_open: Option<bool>| {
        let now_open = open();
        if now_open && was_open != Some(true) {
            request_animation_frame(move || {
                if let Some(button) = button.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
        now_open
    });
    view! {
        <Show when=open>
            <div class="overlay">
                <div
                    class="dialog stack"
                    role="alertdialog"
                    aria-modal="true"
                    aria-labelledby="idle-title"
                    aria-describedby="idle-body"
                    data-testid="idle-dialog"
                >
                    <h2 id="idle-title">{i18n.text("idle-title")}</h2>
                    <p id="idle-body">
                        {move || i18n.t_with("idle-body", &[("seconds", i64::from(seconds_left.get().unwrap_or(0)))])}
                    </p>
                    <button node_ref=button class="button button-primary button-wide" on:click=move |_| on_more_time.run(())>
                        {i18n.text("idle-more-time")}
                    </button>
                </div>
            </div>
        </Show>
    }
}
