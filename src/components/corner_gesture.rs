use std::time::Duration;

use leptos::prelude::*;

/// How long staff hold the corner. A patient's tap or brush never lasts this long.
const HOLD: Duration = Duration::from_secs(3);

/// An invisible square in the top-left corner: holding it for three seconds opens the staff PIN
/// pad. No hint is shown, and it is hidden from screen readers (staff have their own way in).
#[component]
pub fn CornerGesture(
    /// Called when the press has lasted long enough.
    on_hold: Callback<()>,
) -> impl IntoView {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    let start = move |_| {
        cancel();
        timer.set_value(set_timeout_with_handle(move || on_hold.run(()), HOLD).ok());
    };
    on_cleanup(cancel);
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
