//! Exposes the versions actually linked (read from Cargo.lock) and the compiler version,
//! so `library_version` cannot drift from the lock file.

use std::env;
use std::fs;
use std::path::Path;
use std::process::Command;

fn locked_version(lock: &str, crate_name: &str) -> String {
    let wanted = format!("name = \"{crate_name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            for next in lines.by_ref() {
                if let Some(v) = next.trim().strip_prefix("version = \"") {
                    return v.trim_end_matches('"').to_string();
                }
            }
        }
    }
    panic!("{crate_name} not found in Cargo.lock");
}

fn main() {
    let dir = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let lock_path = Path::new(&dir).join("Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock_path.display());
    println!("cargo:rerun-if-changed=build.rs");
    let lock = fs::read_to_string(&lock_path).expect("read Cargo.lock");
    for (krate, var) in [
        ("serde_json", "JSONBENCH_SERDE_JSON_VERSION"),
        ("sonic-rs", "JSONBENCH_SONIC_RS_VERSION"),
    ] {
        println!("cargo:rustc-env={var}={}", locked_version(&lock, krate));
    }

    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "rustc (unknown version)".into());
    println!("cargo:rustc-env=JSONBENCH_RUSTC_VERSION={version}");
}
