use std::time::Duration;

use leptos::prelude::*;

use crate::timers::TimeoutSlot;

/// How long staff hold the corner. A patient's tap or brush never lasts this long.
const HOLD: Duration = Duration::from_secs(3);

/// An invisible square in the top-left corner: holding it for three seconds opens the staff PIN
/// pad. No hint is shown, and it is hidden from screen readers (staff have their own way in).
#[component]
pub fn CornerGesture(
    /// Called when the press has lasted long enough.
    on_hold: Callback<()>,
) -> impl IntoView {
    let timer = TimeoutSlot::new();
    let cancel = move || timer.cancel();
    let start = move |_| timer.set(HOLD, move || on_hold.run(()));
    view! {
        <div
            class="corner-gesture"
            aria-hidden="true"
            data-testid="corner-gesture"
            on:pointerdown=start
            on:pointerup=move |_| cancel()
            on:pointerleave=move |_| cancel()
            on:pointercancel=move |_| cancel()
            on:contextmenu=|ev| ev.prevent_default()
        ></div>
    }
}
