//! The command line. Every flag has an environment variable of the same meaning (listed in
//! `.env.sample`); flags come before the subcommand.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "practice-server",
    version,
    about = "The practice backend for the feedback kiosk"
)]
pub struct Cli {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "PRACTICE_LISTEN",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub listen: SocketAddr,
    /// The database: `sqlite:///absolute/path.db` or `sqlite://relative/path.db`.
    #[arg(
        long,
        env = "PRACTICE_DATABASE",
        default_value = "sqlite://data/practice.db",
        global = true
    )]
    pub database: DatabaseUrl,
    /// The built kiosk (Trunk's `dist/`), served at `/`.
    #[arg(long, env = "PRACTICE_DIST", default_value = "dist", global = true)]
    pub dist: PathBuf,
    /// PEM certificate chain: serve HTTPS (needs --tls-key).
    #[arg(long, env = "PRACTICE_TLS_CERT", requires = "tls_key", global = true)]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, env = "PRACTICE_TLS_KEY", requires = "tls_cert", global = true)]
    pub tls_key: Option<PathBuf>,
    /// The practice's name, shown on the kiosk's welcome screen.
    #[arg(
        long,
        env = "PRACTICE_NAME",
        default_value = "Trumpington Street Medical Practice",
        global = true
    )]
    pub practice_name: String,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API and the kiosk (what runs with no subcommand).
    Serve,
    /// Make a one-time enrolment code for a new kiosk; the code is the last line printed.
    Enrol {
        /// A name for the kiosk, e.g. "Waiting room".
        name: String,
    },
    /// Print every stored submission as one JSON object a line.
    Export,
    /// Set the staff PIN (4 to 8 digits) that opens the kiosks' staff panel; stored as a hash.
    SetPin { pin: String },
    /// Lift a kiosk's lock after wrong PINs, when it next fetches its settings.
    ClearPinLock,
    /// Show the kiosks' settings, or change one.
    Settings {
        #[command(subcommand)]
        action: Option<SettingsAction>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SettingsAction {
    /// Show every setting and its value.
    Show,
    /// Set one: practice-name, follow-up-question, idle-seconds (20-600), topics
    /// (comma-separated), opening-hours ("mon-fri 08:00-18:30, sat 09:00-12:00"), new-day-at
    /// (HH:MM, 03:00 unless set), review-link (the practice's NHS website review page, https).
    Set { name: String, value: String },
    /// Back to the default.
    Unset { name: String },
}

/// Where the data lives. Only SQLite is built so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
}

impl FromStr for DatabaseUrl {
    type Err = String;

    fn from_str(url: &str) -> Result<Self, Self::Err> {
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .ok_or_else(|| format!("`{url}` is not a database URL this server knows; use sqlite:///abs/path.db or sqlite://rel/path.db"))?;
        // `sqlite:///abs` leaves `/abs`; `sqlite://rel` leaves `rel`.
        let path = path.split('?').next().unwrap_or_default();
        if path.is_empty() {
            return Err("the sqlite URL names no file".into());
        }
        Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_absolute_and_relative_files() {
        assert_eq!(
            "sqlite:///var/lib/x.db".parse(),
            Ok(DatabaseUrl::Sqlite("/var/lib/x.db".into()))
        );
        assert_eq!(
            "sqlite://data/x.db".parse(),
            Ok(DatabaseUrl::Sqlite("data/x.db".into()))
        );
        assert_eq!(
            "sqlite:x.db?mode=rwc".parse(),
            Ok(DatabaseUrl::Sqlite("x.db".into()))
        );
    }

    #[test]
    fn other_urls_are_refused_with_a_reason() {
        assert!(
            "mysql://x"
                .parse::<DatabaseUrl>()
                .unwrap_err()
                .contains("sqlite:///")
        );
        assert!("sqlite://".parse::<DatabaseUrl>().is_err());
    }
}
