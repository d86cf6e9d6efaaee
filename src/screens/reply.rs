use leptos::prelude::*;
use wire::Problem;

use crate::clock;
use crate::components::nav_bar::NavBar;
use crate::flow::use_flow;
use crate::i18n::use_i18n;
use crate::outbox::use_outbox;
use crate::visit::Screen;

/// The translation key that explains a problem with the contact details.
fn problem_key(problem: &Problem) -> &'static str {
    match problem.field {
        "contact.consent" => "reply-problem-consent",
        "contact.name" => "reply-problem-name",
        "contact" => "reply-problem-contact",
        "contact.phone" => "reply-problem-phone",
        "contact.email" => "reply-problem-email",
        _ => "reply-problem-other",
    }
}

/// "Would you like the practice manager to contact you?", the complaint route, and sending.
#[component]
pub fn ReplyScreen() -> impl IntoView {
    let i18n = use_i18n();
    let flow = use_flow();
    let outbox = use_outbox();
    let (problems, set_problems) = signal(Vec::<&'static str>::new());
    let wants_reply = move || flow.visit.with(|v| v.wants_reply);

    let send = Callback::new(move |()| {
        let visit = flow.visit.get_untracked();
        if visit.sent {
            return; // a second tap on send
        }
        let Some(submission) = visit.to_submission(i18n.locale().tag, clock::now_rfc3339()) else {
            flow.go(Screen::Rating);
            return;
        };
        let found: Vec<&'static str> = submission.problems().iter().map(problem_key).collect();
        if !found.is_empty() {
            set_problems.set(found);
            return;
        }
        flow.visit.update(|v| v.sent = true);
        outbox.enqueue(&submission);
        flow.go(Screen::ThankYou);
    });

    let text_field = move |id: &'static str,
                           label: &'static str,
                           kind: &'static str,
                           get: fn(&crate::visit::Visit) -> String,
                           set: fn(&mut crate::visit::Visit, String)| {
        view! {
            <div class="field">
                <label class="field-label" for=id>{move || i18n.t(label)}</label>
                <input
                    id=id
                    class="text-input"
                    type=kind
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || flow.visit.with(get)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        flow.visit.update(|v| set(v, value));
                    }
                />
            </div>
        }
    };

    view! {
        <section class="reply stack">
            <fieldset class="choice-fieldset">
                <legend>
                    <h1 tabindex="-1">{i18n.text("reply-question")}</h1>
                </legend>
                <div class="choice-row">
                    <label class="choice" class:selected=move || { !wants_reply() } data-testid="reply-no">
                        <input type="radio" name="reply" prop:checked=move || !wants_reply()
                            on:change=move |_| flow.visit.update(|v| v.wants_reply = false) />
                        <span>{i18n.text("reply-no")}</span>
                    </label>
                    <label class="choice" class:selected=move || { wants_reply() } data-testid="reply-yes">
                        <input type="radio" name="reply" prop:checked=wants_reply
                            on:change=move |_| flow.visit.update(|v| v.wants_reply = true) />
                        <span>{i18n.text("reply-yes")}</span>
                    </label>
                </div>
            </fieldset>
            <Show when=wants_reply>
                <div class="contact-form stack">
                    {text_field("contact-name", "reply-name", "text", |v| v.name.clone(), |v, x| v.name = x)}
                    <p class="hint">{i18n.text("reply-contact-hint")}</p>
                    {text_field("contact-phone", "reply-phone", "tel", |v| v.phone.clone(), |v, x| v.phone = x)}
                    {text_field("contact-email", "reply-email", "email", |v| v.email.clone(), |v, x| v.email = x)}
                    <label class="checkbox" data-testid="consent">
                        <input type="checkbox" prop:checked=move || flow.visit.with(|v| v.consent)
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                flow.visit.update(|v| v.consent = checked);
                            } />
                        <span>{i18n.text("reply-consent")}</span>
                    </label>
                </div>
            </Show>
            <div class="error-message" role="alert">
                {move || problems.get().into_iter().map(|key| view! {
                    <p>{move || i18n.t_text("reply-fix", "problem", i18n.t(key))}</p>
                }).collect_view()}
            </div>
            <aside class="complaint-route">
                <h2>{i18n.text("reply-complaint-title")}</h2>
                <p>{i18n.text("reply-complaint")}</p>
            </aside>
            <NavBar back=Screen::Comment next_label="nav-send" on_next=send />
        </section>
    }
}
