use leptos::prelude::*;

use crate::components::cleaning_overlay::CleaningOverlay;
use crate::components::corner_gesture::CornerGesture;
use crate::components::idle_dialog::IdleDialog;
use crate::flow::Flow;
use crate::i18n::use_i18n;
use crate::idle::{UseIdleResetOptions, use_idle_reset_with_options};
use crate::screens::{
    comment::CommentScreen, privacy::PrivacyScreen, rating::RatingScreen, reply::ReplyScreen,
    thank_you::ThankYouScreen, welcome::WelcomeScreen,
};
use crate::screens::{pin_pad::PinPad, staff_panel::StaffPanel};
use crate::settings::use_settings;
use crate::visit::Screen;

/// Where staff are, over the patients' screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Staff {
    Away,
    PinPad,
    Panel,
    Cleaning,
}

/// The PIN pad and the staff panel close themselves after this long without a touch.
const STAFF_IDLE: std::time::Duration = std::time::Duration::from_secs(120);

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
    let staff = RwSignal::new(Staff::Away);
    let in_visit = Signal::derive(move || {
        staff.get() == Staff::Away
            && !matches!(flow.screen.get(), Screen::Welcome | Screen::ThankYou)
    });
    let settings = use_settings();
    let options = UseIdleResetOptions {
        idle: Signal::derive(move || {
            std::time::Duration::from_secs(u64::from(settings.idle_seconds()))
        }),
        ..UseIdleResetOptions::default()
    };
    let idle = use_idle_reset_with_options(in_visit, move || flow.end_visit(), options);
    let staff_open = Signal::derive(move || matches!(staff.get(), Staff::PinPad | Staff::Panel));
    let staff_idle = UseIdleResetOptions {
        idle: Signal::stored(STAFF_IDLE),
        countdown: std::time::Duration::ZERO,
    };
    let _ = use_idle_reset_with_options(staff_open, move || staff.set(Staff::Away), staff_idle);

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
        <CornerGesture on_hold=Callback::new(move |()| {
            if staff.get_untracked() == Staff::Away {
                staff.set(Staff::PinPad);
            }
        }) />
        {move || match staff.get() {
            Staff::Away => None,
            Staff::PinPad => Some(view! {
                <div class="staff-layer" role="dialog" aria-modal="true" aria-label="Staff">
                    <PinPad on_unlocked=Callback::new(move |()| staff.set(Staff::Panel)) on_cancel=Callback::new(move |()| staff.set(Staff::Away)) />
                </div>
            }.into_any()),
            Staff::Panel => Some(view! {
                <div class="staff-layer" role="dialog" aria-modal="true" aria-label="Staff">
                    <StaffPanel on_cleaning=Callback::new(move |()| staff.set(Staff::Cleaning)) on_lock=Callback::new(move |()| staff.set(Staff::Away)) />
                </div>
            }.into_any()),
            Staff::Cleaning => Some(view! {
                <CleaningOverlay on_done=Callback::new(move |()| {
                    staff.set(Staff::Away);
                    flow.end_visit();
                }) />
            }.into_any()),
        }}
    }
}
