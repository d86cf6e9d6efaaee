use leptos::prelude::*;

use crate::api::{self, EnrolError};
use crate::device::Device;
use crate::i18n::use_i18n;

/// Staff type the enrolment code once; the tablet keeps the token it gets for good.
#[component]
pub fn Setup(
    /// Receives the device once the server accepted the code.
    on_enrolled: WriteSignal<Option<Device>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (code, set_code) = signal(String::new());
    let (error, set_error) = signal(None::<&'static str>);
    // Sending the code: the button waits, so a second tap doesn't send it twice. (A task rather
    // than an `Action`, whose thread checks cost the first load 4 KB.)
    let (pending, set_pending) = signal(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_error.set(None);
        set_pending.set(true);
        let code = code.get_untracked();
        leptos::task::spawn_local(async move {
            match api::enrol(&code).await {
                Ok(answer) => {
                    let device = Device {
                        token: answer.token,
                        device_name: answer.device_name,
                        practice_name: answer.practice_name,
                    };
                    device.save();
                    on_enrolled.set(Some(device));
                }
                Err(err) => {
                    set_error.set(Some(match err {
                        EnrolError::BadCode => "setup-error-code",
                        EnrolError::TooManyAttempts => "setup-error-wait",
                        EnrolError::Unreachable => "setup-error-network",
                    }));
                    set_pending.set(false);
                }
            }
        });
    };

    view! {
        <main id="main" class="screen setup">
            <h1 tabindex="-1">{i18n.text("setup-title")}</h1>
            <p class="lead" id="setup-intro">{i18n.text("setup-intro")}</p>
            <form class="stack" on:submit=submit novalidate>
                <label class="field-label" for="enrol-code">{i18n.text("setup-code-label")}</label>
                <input
                    id="enrol-code"
                    class="text-input code-input"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby="setup-intro"
                    prop:value=code
                    on:input=move |ev| set_code.set(event_target_value(&ev))
                />
                <button type="submit" class="button button-primary" disabled=move || pending.get()>
                    {move || if pending.get() { i18n.t("setup-working") } else { i18n.t("setup-submit") }}
                </button>
            </form>
            <p class="error-message" role="alert">{move || error.get().map(|key| i18n.t(key))}</p>
        </main>
    }
}
