//! The practice backend: the API the kiosks post to, the database behind it, and the kiosk's
//! own files. `startup::Application` puts them together; `cli` holds the commands.

pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod routes;
pub mod startup;
pub mod telemetry;
