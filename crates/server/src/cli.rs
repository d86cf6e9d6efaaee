//! The commands: `serve` (the default), `enrol NAME`, `export`.

use std::io::Write as _;

use chrono::Utc;

use crate::config::{Cli, Command, DatabaseUrl, SettingsAction};
use crate::db::{self, DEFAULT_BUSY_TIMEOUT};
use crate::domain::{
    PIN_LOCK_RESET_KEY, STAFF_PIN_KEY, SettingName, hash_staff_pin, kiosk_settings,
};
use crate::startup::{Application, ServeConfig, TlsFiles};

pub async fn run(args: Cli) -> anyhow::Result<()> {
    let DatabaseUrl::Sqlite(database) = args.database.clone();
    match args.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let config = ServeConfig {
                listen: args.listen,
                database,
                dist: args.dist,
                tls: args
                    .tls_cert
                    .zip(args.tls_key)
                    .map(|(cert, key)| TlsFiles { cert, key }),
                practice_name: args.practice_name,
                busy_timeout: DEFAULT_BUSY_TIMEOUT,
            };
            let scheme = if config.tls.is_some() {
                "https"
            } else {
                "http"
            };
            let app = Application::build(config).await?;
            tracing::info!("listening on {scheme}://{}", app.address());
            app.run_until_stopped().await?;
        }
        Command::Enrol { name } => {
            let conn = db::open_and_migrate(&database, DEFAULT_BUSY_TIMEOUT)?;
            let code = db::create_enrolment_code(&conn, name.trim(), Utc::now())?;
            println!(
                "Enrolment code for kiosk \"{}\" (works once, for 24 hours):",
                name.trim()
            );
            println!("{code}");
        }
        Command::SetPin { pin } => {
            let conn = db::open_and_migrate(&database, DEFAULT_BUSY_TIMEOUT)?;
            let hash = hash_staff_pin(&pin).map_err(anyhow::Error::msg)?;
            db::store_setting(&conn, STAFF_PIN_KEY, Some(&hash))?;
            println!("Staff PIN set. Kiosks pick it up when they next fetch their settings.");
        }
        Command::ClearPinLock => {
            let conn = db::open_and_migrate(&database, DEFAULT_BUSY_TIMEOUT)?;
            let stored = db::stored_settings(&conn)?;
            let next = stored
                .get(PIN_LOCK_RESET_KEY)
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or(0)
                + 1;
            db::store_setting(&conn, PIN_LOCK_RESET_KEY, Some(&next.to_string()))?;
            println!("Kiosks locked by wrong PINs unlock when they next fetch their settings.");
        }
        Command::Settings { action } => {
            let conn = db::open_and_migrate(&database, DEFAULT_BUSY_TIMEOUT)?;
            match action.unwrap_or(SettingsAction::Show) {
                SettingsAction::Show => {}
                SettingsAction::Set { name, value } => {
                    let setting = SettingName::parse(&name).map_err(anyhow::Error::msg)?;
                    let value = setting.check(&value).map_err(anyhow::Error::msg)?;
                    db::store_setting(&conn, setting.as_str(), Some(&value))?;
                }
                SettingsAction::Unset { name } => {
                    let setting = SettingName::parse(&name).map_err(anyhow::Error::msg)?;
                    db::store_setting(&conn, setting.as_str(), None)?;
                }
            }
            let settings = kiosk_settings(&db::stored_settings(&conn)?, &args.practice_name);
            println!("{}", serde_json::to_string_pretty(&settings)?);
            println!("Kiosks pick up changes when they next start.");
        }
        Command::Export => {
            let conn = db::open_and_migrate(&database, DEFAULT_BUSY_TIMEOUT)?;
            let mut out = std::io::stdout().lock();
            for row in db::export_submissions(&conn)? {
                serde_json::to_writer(&mut out, &row)?;
                writeln!(out)?;
            }
        }
    }
    Ok(())
}
