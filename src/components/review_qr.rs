use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The practice's NHS website review page as a QR code, for the patient's own phone. The server
/// draws the code (`wire::QrDrawing`); the kiosk only shows it.
#[component]
pub fn ReviewQr(qr: wire::QrDrawing) -> impl IntoView {
    let i18n = use_i18n();
    let view_box = format!("0 0 {0} {0}", qr.size);
    view! {
        <figure class="review-qr" data-testid="review-qr">
            <svg viewBox=view_box role="img" aria-label=i18n.text("review-qr-label") shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=qr.path fill="#000" />
            </svg>
            <figcaption>{i18n.text("review-invite")}</figcaption>
        </figure>
    }
}
