use leptos::prelude::*;

use crate::components::idle_dialog::IdleDialog;
use crate::flow::Flow;
use crate::i18n::use_i18n;
use crate::idle::{UseIdleResetOptions, use_idle_reset_with_options};
use crate::screens::{
    comment::CommentScreen, privacy::PrivacyScreen, rating::RatingScreen, reply::ReplyScreen,
    thank_you::ThankYouScreen, welcome::WelcomeScreen,
};
use crate::settings::use_settings;
use crate::visit::Screen;

/// One patient after another: the screens of a visit, the practice's name above them, and the
/// "Are you still there?" question over them.
#[component]
pub fn PatientFlow(
    /// Shown at the top of every screen.
    practice_name: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let flow = Flow::new(i18n);
    provide_context(flow);

    // The welcome and thank-you screens hold nothing of a patient's, and thank-you clears itself.
    let in_visit =
        Signal::derive(move || !matches!(flow.screen.get(), Screen::Welcome | Screen::ThankYou));
    let settings = use_settings();
    let options = UseIdleResetOptions {
        idle: Signal::derive(move || {
            std::time::Duration::from_secs(u64::from(settings.idle_seconds()))
        }),
        ..UseIdleResetOptions::default()
    };
    let idle = use_idle_reset_with_options(in_visit, move || flow.end_visit(), options);

    // A page restored from the back-forward cache may hold an earlier patient's words.
    let pageshow = window_event_listener(leptos::ev::pageshow, move |ev| {
        if ev.persisted() {
            flow.end_visit();
        }
    });
    on_cleanup(move || pageshow.remove());

    // Each new screen puts focus on its heading, so a screen reader announces where the patient is.
    Effect::new(move |_| {
        flow.screen.track();
        request_animation_frame(|| {
            if let Some(heading) = document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
            {
                let _ = heading.focus();
            }
        });
    });

    view! {
        <header class="practice-header">
            <p class="practice-name">{practice_name}</p>
        </header>
        <main id="main" class="screen" data-testid="screen">
            {move || match flow.screen.get() {
                Screen::Welcome => view! { <WelcomeScreen /> }.into_any(),
                Screen::Privacy => view! { <PrivacyScreen /> }.into_any(),
                Screen::Rating => view! { <RatingScreen /> }.into_any(),
                Screen::Comment => view! { <CommentScreen /> }.into_any(),
                Screen::Reply => view! { <ReplyScreen /> }.into_any(),
                Screen::ThankYou => view! { <ThankYouScreen /> }.into_any(),
            }}
        </main>
        <IdleDialog seconds_left=idle.seconds_left on_more_time=idle.keep_alive />
    }
}
