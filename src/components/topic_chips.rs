use leptos::prelude::*;
use wire::Topic;

use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::settings::use_settings;

fn label_key(topic: Topic) -> &'static str {
    match topic {
        Topic::Reception => "topic-reception",
        Topic::Booking => "topic-booking",
        Topic::Doctor => "topic-doctor",
        Topic::Nurse => "topic-nurse",
        Topic::WaitingTime => "topic-waiting-time",
        Topic::Building => "topic-building",
        Topic::Prescriptions => "topic-prescriptions",
    }
}

/// Optional topics as large toggle chips (native checkboxes underneath).
#[component]
pub fn TopicChips() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let settings = use_settings();
    let chips = move || {
        settings.topics().into_iter().map(|topic| {
            let chosen = move || flow.visit.with(|v| v.topics.contains(&topic));
            view! {
                <label class="chip" class:selected=move || { chosen() } data-testid=format!("topic-{}", topic.as_str())>
                    <input
                        type="checkbox"
                        class="visually-hidden-radio"
                        prop:checked=chosen
                        on:change=move |_| flow.visit.update(|v| v.toggle_topic(topic))
                    />
                    <span>{move || i18n.t(label_key(topic))}</span>
                </label>
            }
        }).collect_view()
    };
    view! {
        <fieldset class="topics">
            <legend class="field-label">{i18n.text("comment-topics")}</legend>
            <div class="chip-row">{chips}</div>
        </fieldset>
    }
}
