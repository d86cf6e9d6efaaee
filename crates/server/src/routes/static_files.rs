//! The kiosk's own files from `dist/`, with the single-page fallback, cache headers that let a
//! tablet keep hashed assets for a year, and a strict Content-Security-Policy.

use std::path::Path;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use tower_http::services::{ServeDir, ServeFile};

/// `dist/` with `index.html` for every path that is not a file.
pub fn service(dist: &Path) -> ServeDir<tower_http::set_status::SetStatus<ServeFile>> {
    ServeDir::new(dist)
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(dist.join("index.html")))
}

/// The headers every answer carries, computed once at start.
#[derive(Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
}

impl SecurityHeaders {
    /// Reads `index.html` to allow its inline scripts (Trunk's loader) by hash and nothing else.
    pub fn for_dist(dist: &Path) -> Self {
        let index = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
        let hashes: String = inline_scripts(&index)
            .map(|script| {
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script))
                )
            })
            .collect();
        let csp = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; worker-src 'self'; manifest-src 'self'; font-src 'self'; object-src 'none'; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        );
        Self {
            csp: HeaderValue::from_str(&csp).expect("the policy is ASCII"),
        }
    }
}

/// The bodies of `<script>` elements without a `src`.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, rest) = rest.split_once('>')?;
        let (body, _) = rest.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(body)
    })
}

/// A file Trunk named with a content hash (`kiosk-0123456789abcdef_bg.wasm`): it never changes.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches("_bg");
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Adds the security headers and the cache policy: API answers are never stored, hashed assets
/// are kept for a year, everything else (index.html, the service worker) is revalidated.
pub async fn add_headers(
    State(headers): State<SecurityHeaders>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let out = response.headers_mut();
    out.insert(header::CONTENT_SECURITY_POLICY, headers.csp.clone());
    out.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    out.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let cache = if path.starts_with("/api/") {
        "no-store"
    } else if is_hashed_asset(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("/kiosk-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/kiosk-0123456789abcdef.js"));
        assert!(is_hashed_asset("/main-fedcba9876543210.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/sw.js"));
        assert!(!is_hashed_asset("/"));
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        assert_eq!(inline_scripts(html).collect::<Vec<_>>(), ["init()"]);
    }
}
