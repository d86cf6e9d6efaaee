use leptos::prelude::*;
use wire::{ClockTime, Minute};

use crate::components::not_monitored_notice::NotMonitoredNotice;
use crate::i18n::use_i18n;

/// Outside opening hours, or when staff closed the kiosk for the day: patients are asked to come
/// back, and still told where to get help now.
#[component]
pub fn ClosedScreen(
    /// When it opens again by the hours (weekday 1 Monday … 7 Sunday, minute of the day);
    /// `None` when staff closed it for the day.
    next_opening: Signal<Option<(u8, Minute)>>,
    /// Today's weekday, to say "today" rather than its name.
    today: Signal<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    let when = move || match next_opening.get() {
        None => i18n.t("closed-tomorrow"),
        Some((day, minute)) => {
            let time = ClockTime(minute).to_string();
            if day == today.get() {
                i18n.t_texts("closed-opens-today", &[("time", time)])
            } else {
                let day = i18n.t(&format!("weekday-{day}"));
                i18n.t_texts("closed-opens-on", &[("day", day), ("time", time)])
            }
        }
    };
    view! {
        <section class="closed stack" data-testid="closed">
            <h1 tabindex="-1" class="title-xl">{i18n.text("closed-title")}</h1>
            <p class="lead">{i18n.text("closed-body")}</p>
            <p class="lead" data-testid="closed-when">{when}</p>
            <NotMonitoredNotice />
        </section>
    }
}
