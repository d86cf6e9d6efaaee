use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use wording::{Analysis, Kind};

use crate::components::nav_bar::NavBar;
use crate::components::not_monitored_notice::NotMonitoredNotice;
use crate::components::nudge_panel::NudgePanel;
use crate::components::topic_chips::TopicChips;
use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::settings::use_settings;
use crate::timers::TimeoutSlot;
use crate::visit::Screen;

/// Typing pauses this long before the comment is analysed again, so typing never stutters.
const ANALYSE_AFTER: Duration = Duration::from_millis(150);

/// The nudge engine's verdict on a comment. Built with the `without-wording-engine` feature it is
/// always empty: `cargo xtask size` builds the kiosk so to measure the engine's share of it.
fn analyse(comment: &str) -> Analysis {
    #[cfg(not(feature = "without-wording-engine"))]
    return wording::analyse(comment);
    #[cfg(feature = "without-wording-engine")]
    {
        let _ = comment;
        Analysis::default()
    }
}

/// The practice's follow-up question, optional topics and the comment box, with the wording nudge.
#[component]
pub fn CommentScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let settings = use_settings();
    // The practice's own follow-up question when it has set one (it is not translated).
    let question = move || {
        settings
            .follow_up_question()
            .unwrap_or_else(|| i18n.t("comment-question"))
    };
    let over_by = Signal::derive(move || flow.visit.with(|v| v.comment_over_by()));
    let remaining = move || flow.visit.with(|v| v.remaining_shown());
    let comment = Signal::derive(move || flow.visit.with(|v| v.comment.clone()));
    let textarea = NodeRef::<html::Textarea>::new();

    // The analysis runs on the tablet: nothing typed leaves it before the patient sends.
    let analysis = RwSignal::new(analyse(&flow.visit.get_untracked().comment));
    let pending = TimeoutSlot::new();
    let analyse_soon = move || {
        pending.set(ANALYSE_AFTER, move || {
            analysis.set(flow.visit.with_untracked(|v| analyse(&v.comment)));
        });
    };

    // One chance to edit: the first Continue with the nudge showing stops and offers a choice.
    let held = RwSignal::new(false);
    let next = Callback::new(move |()| {
        let flagged = analysis.with_untracked(Analysis::flagged);
        if flagged && !held.get_untracked() {
            held.set(true);
            return;
        }
        flow.go(Screen::Reply);
    });
    let edit = Callback::new(move |()| {
        if let Some(textarea) = textarea.get_untracked() {
            let _ = textarea.focus();
        }
    });

    view! {
        <section class="comment stack">
            <h1 tabindex="-1" id="comment-question">{question}</h1>
            <p class="hint" id="comment-hint">{i18n.text("comment-optional")}</p>
            <TopicChips />
            <label class="field-label" for="comment">{i18n.text("comment-label")}</label>
            <textarea
                id="comment"
                node_ref=textarea
                class="text-area"
                data-testid="comment"
                rows="6"
                autocomplete="off"
                aria-describedby="comment-hint comment-count"
                aria-invalid=move || over_by.get().is_some().to_string()
                prop:value=comment
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    flow.visit.update(|v| v.comment = text);
                    analyse_soon();
                }
            ></textarea>
            <p id="comment-count" class="char-count" class:over=move || { over_by.get().is_some() } aria-live="polite">
                {move || match over_by.get() {
                    Some(over) => Some(i18n.t_with("comment-too-long", &[("over", over as i64)])),
                    None => remaining().map(|left| i18n.t_with("comment-remaining", &[("remaining", left as i64)])),
                }}
            </p>
            <NudgePanel
                analysis=analysis.into()
                comment=comment
                held=held.into()
                on_edit=edit
                on_send_anyway=Callback::new(move |()| flow.go(Screen::Reply))
            />
            // The urgent panel says the same, louder: the notice steps aside while it shows.
            <Show when=move || !analysis.with(|a| a.has(Kind::Urgent))>
                <NotMonitoredNotice />
            </Show>
            <NavBar
                back=Screen::Rating
                next_label="nav-continue"
                next_disabled=Signal::derive(move || over_by.get().is_some())
                on_next=next
            />
        </section>
    }
}
