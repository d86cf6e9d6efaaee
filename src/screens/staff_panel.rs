use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::device::Device;
use crate::i18n::use_i18n;
use crate::kiosk_mode::use_kiosk_mode;
use crate::outbox::use_outbox;

/// What the panel last did, said under its buttons (a polite live region).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    None,
    Sending,
    Sent,
}

/// What reception staff see: the kiosk's state, large and plain, and what they can do. Staff
/// never see patients' comments here: counts only.
#[component]
pub fn StaffPanel(
    /// Whether patients are turned away now (by the hours or by staff).
    closed: Signal<bool>,
    /// "Start a new day": the panel closes onto the welcome screen.
    on_new_day: Callback<()>,
    /// "Close for the day" (`false`) or "Open now" (`true`).
    on_set_open: Callback<bool>,
    /// "Cleaning mode".
    on_cleaning: Callback<()>,
    /// "Leave kiosk mode".
    on_leave_kiosk: Callback<()>,
    /// "Lock": back to the patients' screens.
    on_lock: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let kiosk_mode = use_kiosk_mode();
    let device_name = Device::load().map(|d| d.device_name).unwrap_or_default();
    let (reachable, set_reachable) = signal(None::<bool>);
    let (outcome, set_outcome) = signal(Outcome::None);
    let check = move || {
        set_reachable.set(None);
        // The panel may be closed before the answer comes: then there is no one to tell.
        spawn_local(async move {
            let answer = api::server_answers().await;
            let _ = set_reachable.try_set(Some(answer));
        });
    };
    check();
    let send_now = move |_| {
        set_outcome.set(Outcome::Sending);
        spawn_local(async move {
            outbox.send_all_now().await;
            let _ = set_outcome.try_set(Outcome::Sent);
        });
        check();
    };
    let last_sent = move || {
        outbox.last_sent_ms().get().map(|ms| {
            let time = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
            format!("{:02}:{:02}", time.get_hours(), time.get_minutes())
        })
    };
    let yes_no = move |yes: bool| i18n.t(if yes { "staff-yes" } else { "staff-no" });
    let row = |label: &'static str, value: Signal<String>, testid: &'static str| {
        view! {
            <div class="staff-row">
                <dt>{move || i18n.t(label)}</dt>
                <dd data-testid=testid>{value}</dd>
            </div>
        }
    };
    let waiting_now = move || i64::try_from(outbox.waiting().get()).unwrap_or(i64::MAX);
    let outcome_text = move || match outcome.get() {
        Outcome::None => String::new(),
        Outcome::Sending => i18n.t("staff-sending"),
        Outcome::Sent => i18n.t_with("staff-send-result", &[("waiting", waiting_now())]),
    };
    view! {
        <section class="staff-panel stack" data-testid="staff-panel">
            <h1 tabindex="-1">{i18n.text("staff-title")}</h1>
            <dl class="staff-facts">
                {row("staff-sent-today", Signal::derive(move || outbox.sent_today().get().to_string()), "staff-sent-today")}
                {row("staff-waiting", Signal::derive(move || outbox.waiting().get().to_string()), "staff-waiting")}
                {row("staff-set-aside", Signal::derive(move || outbox.set_aside().get().to_string()), "staff-set-aside")}
                {row("staff-last-sent", Signal::derive(move || last_sent().unwrap_or_else(|| i18n.t("staff-never"))), "staff-last-sent")}
                {row("staff-server", Signal::derive(move || match reachable.get() {
                    None => i18n.t("staff-checking"),
                    Some(true) => i18n.t("staff-server-ok"),
                    Some(false) => i18n.t("staff-server-down"),
                }), "staff-server")}
                {row("staff-open-state", Signal::derive(move || i18n.t(if closed.get() { "staff-closed" } else { "staff-open" })), "staff-open-state")}
                {row("staff-awake", Signal::derive(move || yes_no(kiosk_mode.awake().get())), "staff-awake")}
                {row("staff-device", Signal::stored(device_name), "staff-device")}
                {row("staff-version", Signal::stored(env!("CARGO_PKG_VERSION").to_owned()), "staff-version")}
            </dl>
            <p class="staff-outcome" role="status" data-testid="staff-outcome">{outcome_text}</p>
            <div class="staff-actions">
                <button class="button button-primary" data-testid="staff-send-now" on:click=send_now>{i18n.text("staff-send-now")}</button>
                <button class="button button-primary" data-testid="staff-new-day" on:click=move |_| on_new_day.run(())>{i18n.text("staff-new-day")}</button>
                <button class="button button-secondary" data-testid="staff-cleaning" on:click=move |_| on_cleaning.run(())>{i18n.text("staff-cleaning")}</button>
                {move || if closed.get() {
                    view! { <button class="button button-secondary" data-testid="staff-open-now" on:click=move |_| on_set_open.run(true)>{i18n.text("staff-open-now")}</button> }.into_any()
                } else {
                    view! { <button class="button button-secondary" data-testid="staff-close-day" on:click=move |_| on_set_open.run(false)>{i18n.text("staff-close-day")}</button> }.into_any()
                }}
                <button class="button button-secondary" data-testid="staff-leave-kiosk" on:click=move |_| on_leave_kiosk.run(())>{i18n.text("staff-leave-kiosk")}</button>
                <button class="button button-secondary" data-testid="staff-lock" on:click=move |_| on_lock.run(())>{i18n.text("staff-lock")}</button>
            </div>
        </section>
    }
}
