use leptos::prelude::*;

use crate::components::nav_bar::NavBar;
use crate::components::not_monitored_notice::NotMonitoredNotice;
use crate::components::topic_chips::TopicChips;
use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::visit::Screen;

/// The practice's own question, optional topics and the comment box.
#[component]
pub fn CommentScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let over_by = Signal::derive(move || flow.visit.with(|v| v.comment_over_by()));
    let remaining = move || flow.visit.with(|v| v.remaining_shown());
    view! {
        <section class="comment stack">
            <h1 tabindex="-1" id="comment-question">{move || i18n.t("comment-question")}</h1>
            <p class="hint" id="comment-hint">{move || i18n.t("comment-optional")}</p>
            <TopicChips />
            <label class="field-label" for="comment">{move || i18n.t("comment-label")}</label>
            <textarea
                id="comment"
                class="text-area"
                data-testid="comment"
                rows="6"
                autocomplete="off"
                aria-describedby="comment-hint comment-count"
                aria-invalid=move || over_by.get().is_some().to_string()
                prop:value=move || flow.visit.with(|v| v.comment.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    flow.visit.update(|v| v.comment = text);
                }
            ></textarea>
            <p id="comment-count" class="char-count" class:over=move || { over_by.get().is_some() } aria-live="polite">
                {move || match over_by.get() {
                    Some(over) => Some(i18n.t_with("comment-too-long", &[("over", over as i64)])),
                    None => remaining().map(|left| i18n.t_with("comment-remaining", &[("remaining", left as i64)])),
                }}
            </p>
            <NotMonitoredNotice />
            <NavBar
                back=Screen::Rating
                next_label="nav-continue"
                next_disabled=Signal::derive(move || over_by.get().is_some())
                on_next=Callback::new(move |()| flow.go(Screen::Reply))
            />
        </section>
    }
}
