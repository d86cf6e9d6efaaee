use leptos::prelude::*;

use crate::components::cleaning_overlay::CleaningOverlay;
use crate::components::corner_gesture::CornerGesture;
use crate::components::idle_dialog::IdleDialog;
use crate::day::use_day;
use crate::device::Device;
use crate::flow::Flow;
use crate::i18n::use_i18n;
use crate::idle::{UseIdleResetOptions, use_idle_reset_with_options};
use crate::kiosk_mode::{enter_full_screen, use_kiosk_mode};
use crate::outbox::use_outbox;
use crate::screens::{
    closed::ClosedScreen, comment::CommentScreen, kiosk_off::KioskOffScreen,
    privacy::PrivacyScreen, rating::RatingScreen, reply::ReplyScreen, thank_you::ThankYouScreen,
    welcome::WelcomeScreen,
};
use crate::screens::{pin_pad::PinPad, staff_panel::StaffPanel};
use crate::service_worker;
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

    // The day: closed outside opening hours (or by staff), and a new one each morning.
    let day = use_day();
    let outbox = use_outbox();
    let kiosk_mode = use_kiosk_mode();
    // A memo: the clock ticks every few seconds, the screen changes only when this does.
    let closed = Memo::new(move |_| day.closed(&settings.opening_hours()));
    let start_new_day = move || {
        day.begin();
        outbox.start_new_day();
        if let Some(device) = Device::load() {
            settings.refresh(device.token);
        }
        staff.set(Staff::Away);
        flow.end_visit();
        // A new version of the app, if the server has one, loads now, before the first patient.
        service_worker::update(move || {
            flow.screen.try_get_untracked() == Some(Screen::Welcome)
                && staff.try_get_untracked() == Some(Staff::Away)
        });
    };
    // By itself at the practice's hour, or on waking past it; never in the middle of a visit.
    Effect::new(move |_| {
        if day.new_day_due(settings.new_day_at()) && !in_visit.get() {
            start_new_day();
        }
    });

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
                _ if !kiosk_mode.active().get() => view! {
                    <KioskOffScreen on_resume=Callback::new(move |()| kiosk_mode.resume()) />
                }.into_any(),
                Screen::Welcome if closed.get() => view! {
                    <ClosedScreen
                        next_opening=Signal::derive(move || day.next_opening(&settings.opening_hours()))
                        today=Signal::derive(move || day.now().weekday)
                    />
                }.into_any(),
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
                    <StaffPanel
                        closed=closed.into()
                        on_new_day=Callback::new(move |()| {
                            start_new_day();
                            enter_full_screen();
                        })
                        on_set_open=Callback::new(move |open| day.set_open_by_hand(open))
                        on_cleaning=Callback::new(move |()| staff.set(Staff::Cleaning))
                        on_leave_kiosk=Callback::new(move |()| {
                            kiosk_mode.leave();
                            staff.set(Staff::Away);
                            flow.end_visit();
                        })
                        on_lock=Callback::new(move |()| staff.set(Staff::Away))
                    />
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
