//! Parts that screens are made of, one per file.

pub mod cleaning_overlay;
pub mod corner_gesture;
pub mod idle_dialog;
pub mod nav_bar;
pub mod not_monitored_notice;
pub mod nudge_panel;
pub mod review_qr;
pub mod star_rating;
pub mod topic_chips;
