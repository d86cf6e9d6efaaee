use std::time::Duration;

use leptos::prelude::*;

use crate::clock;
use crate::i18n::use_i18n;
use crate::pin_lock::{PinLock, pin_matches};
use crate::settings::use_settings;
use crate::timers::owned_interval;

const PIN_MAX_DIGITS: usize = 8;

/// What the pad says of the last PIN tried, until the next digit.
#[derive(Clone, Copy, PartialEq)]
enum LastTry {
    /// Nothing to say.
    Quiet,
    Wrong,
    /// The tablet couldn't check it (no Web Crypto): said, and not counted as wrong.
    Unchecked,
}

/// The staff PIN pad: digits, delete, unlock. Wrong PINs lock it for longer and longer; the lock
/// is kept on the tablet, so a reload doesn't lift it.
#[component]
pub fn PinPad(
    /// The right PIN was entered.
    on_unlocked: Callback<()>,
    /// Back to the patient's screen.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_settings();
    let (digits, set_digits) = signal(String::new());
    let (last_try, set_last_try) = signal(LastTry::Quiet);
    // A PIN being checked (Web Crypto takes a moment): the keys wait for the answer.
    let (checking, set_checking) = signal(false);
    let lock = RwSignal::new(PinLock::load());
    let (now, set_now) = signal(clock::now_ms());
    owned_interval(Duration::from_millis(500), move || {
        set_now.set(clock::now_ms())
    });
    let locked_minutes = move || {
        let left = lock.with(|l| l.remaining_ms(now.get()));
        (left > 0.0).then(|| (left / 60_000.0).ceil() as i64)
    };
    let press = move |digit: char| {
        if locked_minutes().is_none() && digits.with_untracked(|d| d.len() < PIN_MAX_DIGITS) {
            set_last_try.set(LastTry::Quiet);
            set_digits.update(|d| d.push(digit));
        }
    };
    let unlock = move |_| {
        if locked_minutes().is_some() || checking.get_untracked() {
            return;
        }
        let entered = digits.get_untracked();
        set_digits.set(String::new());
        let hash = settings.staff_pin_hash();
        set_checking.set(true);
        leptos::task::spawn_local(async move {
            let checked = match hash {
                Some(hash) => pin_matches(&entered, &hash).await,
                None => Some(false),
            };
            // The pad may have gone (the patient screen came back) while the PIN was checked.
            if set_checking.try_set(false).is_some() {
                return;
            }
            let Some(right) = checked else {
                set_last_try.set(LastTry::Unchecked);
                return;
            };
            lock.update(|l| {
                if right {
                    l.record_success()
                } else {
                    l.record_failure(clock::now_ms())
                }
            });
            lock.with_untracked(PinLock::save);
            if right {
                on_unlocked.run(());
            } else {
                set_last_try.set(LastTry::Wrong);
                set_now.set(clock::now_ms());
            }
        });
    };
    let key = move |digit: char| {
        view! {
            <button class="button pin-key" data-testid=format!("pin-{digit}") disabled=move || locked_minutes().is_some() on:click=move |_| press(digit)>
                {digit.to_string()}
            </button>
        }
    };
    view! {
        <section class="pin-pad stack" data-testid="pin-pad">
            <h1 tabindex="-1">{i18n.text("staff-pin-title")}</h1>
            <Show when=move || settings.staff_pin_hash().is_none()>
                <p class="hint">{i18n.text("staff-pin-not-set")}</p>
            </Show>
            <p class="pin-dots" aria-live="polite" aria-label=move || i18n.t_with("staff-pin-entered", &[("count", digits.with(|d| d.len()) as i64)])>
                {move || "●".repeat(digits.with(|d| d.len()))}
            </p>
            <p class="error-message" role="alert">
                {move || match locked_minutes() {
                    Some(minutes) => Some(i18n.t_with("staff-pin-locked", &[("minutes", minutes)])),
                    None => match last_try.get() {
                        LastTry::Quiet => None,
                        LastTry::Wrong => Some(i18n.t("staff-pin-wrong")),
                        LastTry::Unchecked => Some(i18n.t("staff-pin-unchecked")),
                    },
                }}
            </p>
            <div class="pin-keys">
                {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(key).collect_view()}
                <button class="button button-secondary pin-key" data-testid="pin-delete" on:click=move |_| set_digits.update(|d| { d.pop(); })>
                    {i18n.text("staff-pin-delete")}
                </button>
                {key('0')}
                <button class="button button-primary pin-key" data-testid="pin-unlock" disabled=move || locked_minutes().is_some() || checking.get() on:click=unlock>
                    {i18n.text("staff-pin-unlock")}
                </button>
            </div>
            <button class="button button-secondary" data-testid="pin-cancel" on:click=move |_| on_cancel.run(())>
                {i18n.text("staff-cancel")}
            </button>
        </section>
    }
}
