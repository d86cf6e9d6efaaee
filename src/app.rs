use leptos::prelude::*;

use crate::day::KioskDay;
use crate::device::Device;
use crate::i18n::I18n;
use crate::kiosk_mode::KioskMode;
use crate::outbox::OutboxHandle;
use crate::screens::patient_flow::PatientFlow;
use crate::screens::setup::Setup;
use crate::settings::SettingsHandle;

/// The whole kiosk: the setup screen until the tablet is enrolled, then the patient's visit.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::new();
    provide_context(i18n);
    let device = RwSignal::new(Device::load());
    let outbox = OutboxHandle::load();
    provide_context(outbox);
    outbox.start_sender(device.into());
    let settings = SettingsHandle::load();
    provide_context(settings);
    provide_context(KioskDay::load());
    provide_context(KioskMode::start());
    // At start, and as soon as a new tablet is enrolled.
    Effect::new(move |_| {
        if let Some(token) = device.with(|d| d.as_ref().map(|d| d.token.clone())) {
            settings.refresh(token);
        }
    });

    // The page's language and direction follow the patient's choice, for screen readers and RTL.
    Effect::new(move |_| {
        let locale = i18n.locale();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.tag);
            let _ = html.set_attribute("dir", if locale.right_to_left { "rtl" } else { "ltr" });
        }
    });

    move || match device.get() {
        None => view! { <Setup on_enrolled=device.write_only() /> }.into_any(),
        Some(device) => {
            let practice_name = Signal::derive(move || {
                settings
                    .practice_name()
                    .unwrap_or_else(|| device.practice_name.clone())
            });
            view! { <PatientFlow practice_name=practice_name /> }.into_any()
        }
    }
}
