use leptos::prelude::*;
use qrcode::{EcLevel, QrCode};

use crate::i18n::use_i18n;

/// The practice's NHS website review page as a QR code, for the patient's own phone.
#[component]
pub fn ReviewQr(
    /// The review page's address (checked by the server: https, no spaces).
    link: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let Ok(code) = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M) else {
        leptos::logging::warn!("the review link is too long for a QR code");
        return None;
    };
    let width = code.width();
    // One path of unit squares, with the quiet zone of four modules the standard asks for.
    let mut path = String::new();
    for (index, colour) in code.to_colors().into_iter().enumerate() {
        if colour == qrcode::Color::Dark {
            let (x, y) = (index % width + 4, index / width + 4);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let view_box = format!("0 0 {0} {0}", width + 8);
    Some(view! {
        <figure class="review-qr" data-testid="review-qr">
            <svg viewBox=view_box role="img" aria-label=move || i18n.t("review-qr-label") shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=path fill="#000" />
            </svg>
            <figcaption>{move || i18n.t("review-invite")}</figcaption>
        </figure>
    })
}
