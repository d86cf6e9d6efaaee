use leptos::prelude::*;
use wording::{Analysis, Kind};

use crate::i18n::use_i18n;

/// What the wording engine noticed in the comment, shown gently under the comment box: a calm
/// suggestion for abuse or an attack on staff (with the words in question), a soft hint for
/// capitals, a reminder that the form is anonymous, the complaint route, and, for urgent need,
/// a clear panel pointing to reception, 999 and NHS 111. It suggests; it never blocks.
#[component]
pub fn NudgePanel(
    /// The latest analysis of the comment.
    analysis: Signal<Analysis>,
    /// The comment it was made from, to quote the words in question.
    comment: Signal<String>,
    /// The patient pressed Continue once with the nudge showing: offer "Continue as it is".
    held: Signal<bool>,
    /// "Edit my comment".
    on_edit: Callback<()>,
    /// "Continue as it is".
    on_send_anyway: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let has = move |kind: Kind| analysis.with(|a| a.has(kind));
    let flagged = move || analysis.with(Analysis::flagged);
    let words = move || {
        let text = comment.get();
        analysis.with(|a| {
            a.spans_of(&[Kind::Abuse, Kind::NamedStaff])
                .into_iter()
                .filter_map(|s| text.get(s).map(str::to_owned))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="nudges">
            <Show when=move || has(Kind::Urgent)>
                <section class="nudge nudge-urgent" role="alert" data-testid="nudge-urgent">
                    <h2>{i18n.text("nudge-urgent-title")}</h2>
                    <p>{i18n.text("nudge-urgent")}</p>
                </section>
            </Show>
            <div aria-live="polite">
                <Show when=flagged>
                    <section class="nudge nudge-wording" data-testid="nudge-abuse">
                        <h2>{i18n.text("nudge-abuse-title")}</h2>
                        <p>
                            {move || if has(Kind::NamedStaff) { i18n.t("nudge-named-staff") } else { i18n.t("nudge-abuse") }}
                        </p>
                        <p class="nudge-words">
                            {i18n.text("nudge-words")} " "
                            {move || words().into_iter().map(|w| view! { <mark>{w}</mark> " " }).collect_view()}
                        </p>
                        <Show when=move || held.get()>
                            <div class="nudge-actions">
                                <button class="button button-secondary" data-testid="nudge-edit" on:click=move |_| on_edit.run(())>
                                    {i18n.text("nudge-edit")}
                                </button>
                                <button class="button button-secondary" data-testid="nudge-send-anyway" on:click=move |_| on_send_anyway.run(())>
                                    {i18n.text("nudge-send-anyway")}
                                </button>
                            </div>
                        </Show>
                    </section>
                </Show>
                <Show when=move || has(Kind::PersonalData)>
                    <p class="nudge nudge-hint" data-testid="nudge-personal-data">{i18n.text("nudge-personal-data")}</p>
                </Show>
                <Show when=move || has(Kind::Shouting)>
                    <p class="nudge nudge-hint" data-testid="nudge-shouting">{i18n.text("nudge-shouting")}</p>
                </Show>
                <Show when=move || has(Kind::Complaint)>
                    <section class="nudge nudge-hint" data-testid="nudge-complaint">
                        <h2>{i18n.text("nudge-complaint-title")}</h2>
                        <p>{i18n.text("nudge-complaint")}</p>
                    </section>
                </Show>
            </div>
        </div>
    }
}
