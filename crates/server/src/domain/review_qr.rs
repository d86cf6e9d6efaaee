//! The practice's review link drawn as a QR code here, on the server, so the kiosk carries no QR
//! encoder (one cost the tablet's first load 12 KB brotli) and only draws the path it is sent.

use qrcode::{Color, EcLevel, QrCode};
use wire as json;

/// Modules of light margin round the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// The link as a QR code (error correction M, which survives a scuffed screen protector); `None`
/// if it is too long for one (the setting's own check keeps it well under).
pub fn draw_review_qr(link: &str) -> Option<json::QrDrawing> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colours = code.to_colors();
    let mut path = String::new();
    for (y, row) in colours.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|&&c| c == Color::Dark).count();
                let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
                path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(json::QrDrawing {
        size: (width + 2 * QUIET_ZONE) as u32,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules a drawing's path covers, read back from its runs.
    fn dark_modules(drawing: &json::QrDrawing) -> Vec<(usize, usize)> {
        drawing
            .path
            .split('M')
            .filter(|run| !run.is_empty())
            .flat_map(|run| {
                let (x, rest) = run.split_once(' ').expect("M{x} {y}");
                let (y, rest) = rest.split_once('h').expect("{y}h{n}");
                let (n, _) = rest.split_once('v').expect("h{n}v1");
                let (x, y, n): (usize, usize, usize) =
                    (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
                (x..x + n).map(move |x| (x, y))
            })
            .collect()
    }

    #[test]
    fn the_path_covers_exactly_the_codes_dark_modules_inside_a_quiet_zone() {
        let link = "https://www.nhs.uk/services/gp-surgery/the-surgery/A12345/leave-a-review";
        let drawing = draw_review_qr(link).expect("a link this short fits");
        let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).unwrap();
        let width = code.width();
        assert_eq!(drawing.size as usize, width + 8);
        let expected: Vec<(usize, usize)> = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == Color::Dark)
            .map(|(i, _)| (i % width + 4, i / width + 4))
            .collect();
        assert_eq!(dark_modules(&drawing), expected);
    }

    #[test]
    fn a_link_too_long_for_any_code_draws_nothing() {
        let link = format!("https://example.org/{}", "a".repeat(4_000));
        assert_eq!(draw_review_qr(&link), None);
    }
}
