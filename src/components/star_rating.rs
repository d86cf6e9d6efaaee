use leptos::prelude::*;
use wire::FftAnswer;

use crate::i18n::use_i18n;

/// The translation key of each FFT answer's label.
fn label_key(answer: FftAnswer) -> &'static str {
    match answer {
        FftAnswer::VeryGood => "fft-very-good",
        FftAnswer::Good => "fft-good",
        FftAnswer::Neither => "fft-neither",
        FftAnswer::Poor => "fft-poor",
        FftAnswer::VeryPoor => "fft-very-poor",
        FftAnswer::DontKnow => "fft-dont-know",
    }
}

/// Five large stars, each labelled with its FFT answer, and a separate "Don't know": one set of
/// native radio buttons under the FFT question, so keyboards and screen readers get them for free.
#[component]
pub fn StarRating(
    /// The chosen answer, if any.
    answer: Signal<Option<FftAnswer>>,
    /// Called with the answer the patient taps.
    on_choose: Callback<FftAnswer>,
) -> impl IntoView {
    let i18n = use_i18n();
    let filled = move |stars: u8| {
        answer
            .get()
            .and_then(FftAnswer::stars)
            .is_some_and(|chosen| stars <= chosen)
    };
    let option = move |choice: FftAnswer| {
        let stars = choice.stars();
        let accessible_name = move || match stars {
            Some(n) => format!(
                "{} ({})",
                i18n.t(label_key(choice)),
                i18n.t_with("rating-stars", &[("stars", i64::from(n))])
            ),
            None => i18n.t(label_key(choice)),
        };
        view! {
            <label
                class=if stars.is_some() { "fft-option star-option" } else { "fft-option dont-know-option" }
                class:selected=move || { answer.get() == Some(choice) }
                class:filled=move || { stars.is_some_and(filled) }
                data-testid=format!("fft-{}", choice.as_str())
            >
                <input
                    type="radio"
                    name="fft"
                    class="visually-hidden-radio"
                    value=choice.as_str()
                    aria-label=accessible_name
                    prop:checked=move || answer.get() == Some(choice)
                    on:change=move |_| on_choose.run(choice)
                />
                {stars.map(|_| view! {
                    <svg class="star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
                    </svg>
                })}
                <span class="fft-label" aria-hidden="true">{move || i18n.t(label_key(choice))}</span>
            </label>
        }
    };
    // Stars read 1 to 5 from the start of the line; "Don't know" stands apart below them.
    let stars = [
        FftAnswer::VeryPoor,
        FftAnswer::Poor,
        FftAnswer::Neither,
        FftAnswer::Good,
        FftAnswer::VeryGood,
    ];
    view! {
        <fieldset class="fft-fieldset">
            <legend>
                <h1 tabindex="-1">{i18n.text("rating-question")}</h1>
            </legend>
            <div class="star-row">{stars.map(option).collect_view()}</div>
            <div class="dont-know-row">{option(FftAnswer::DontKnow)}</div>
        </fieldset>
    }
}
