//! The kiosk's translation files as the kiosk embeds them: without their comments, which are
//! notes for translators that no patient reads and that the first load would otherwise carry.
//! Each comment line is left empty, so an error's line number still points into the file.

use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed=locales");
    strip_dir(Path::new("locales"), &out.join("locales"));
}

fn strip_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("OUT_DIR is writable");
    for entry in std::fs::read_dir(from).expect("locales/ is readable") {
        let path = entry.expect("locales/ is readable").path();
        let target = to.join(path.file_name().expect("a directory entry has a name"));
        if path.is_dir() {
            strip_dir(&path, &target);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let source = std::fs::read_to_string(&path).expect("a translation file is UTF-8");
            let stripped: String = source
                .lines()
                .map(|line| if line.starts_with('#') { "" } else { line })
                .flat_map(|line| [line, "\n"])
                .collect();
            std::fs::write(&target, stripped).expect("OUT_DIR is writable");
        }
    }
}
