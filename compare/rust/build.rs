//! Exposes, as compile-time environment variables, what `--list` reports about this build:
//! the library versions linked (from Cargo.lock), the compiler, the profile settings
//! (from this crate's Cargo.toml and Cargo's overrides) and the enabled target features.

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

/// The value of `key` in the `[table]` of a manifest written as `key = value  # comment`
/// lines, quotes removed. Enough for the profile table this crate pins; nothing else.
fn manifest_value(manifest: &str, table: &str, key: &str) -> Option<String> {
    let header = format!("[{table}]");
    manifest
        .lines()
        .map(str::trim)
        .skip_while(|l| *l != header)
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| {
            let v = v.split_once('#').map_or(v, |(v, _)| v);
            v.trim().trim_matches('"').to_string()
        })
}

/// A profile setting as Cargo applies it: `CARGO_PROFILE_<NAME>_<KEY>` overrides the manifest,
/// which overrides Cargo's default.
fn profile_setting(manifest: &str, profile: &str, key: &str, default: &str) -> String {
    let var = format!(
        "CARGO_PROFILE_{}_{}",
        profile.to_uppercase(),
        key.to_uppercase().replace('-', "_")
    );
    println!("cargo:rerun-if-env-changed={var}");
    env::var(&var)
        .ok()
        .or_else(|| manifest_value(manifest, &format!("profile.{profile}"), key))
        .unwrap_or_else(|| default.to_string())
}

fn set(var: &str, value: &str) {
    println!("cargo:rustc-env={var}={value}");
}

fn main() {
    let dir = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let lock_path = Path::new(&dir).join("Cargo.lock");
    let manifest_path = Path::new(&dir).join("Cargo.toml");
    println!("cargo:rerun-if-changed={}", lock_path.display());
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    println!("cargo:rerun-if-changed=build.rs");

    let lock = fs::read_to_string(&lock_path).expect("read Cargo.lock");
    set(
        "JSONBENCH_SERDE_JSON_VERSION",
        &locked_version(&lock, "serde_json"),
    );
    set(
        "JSONBENCH_SONIC_RS_VERSION",
        &locked_version(&lock, "sonic-rs"),
    );

    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "rustc (unknown version)".into());
    set("JSONBENCH_RUSTC_VERSION", &version);

    // PROFILE is "release" for profiles inheriting from release, else "debug" (the dev table).
    let profile = env::var("PROFILE").expect("PROFILE");
    let table = if profile == "release" {
        "release"
    } else {
        "dev"
    };
    let manifest = fs::read_to_string(&manifest_path).expect("read Cargo.toml");
    let (lto_default, units_default) = if table == "release" {
        ("false", "16")
    } else {
        ("false", "256")
    };
    set("JSONBENCH_PROFILE", &profile);
    // Cargo hands the effective opt-level and debug setting to build scripts; lto and
    // codegen-units it does not, so those come from the manifest and the override variables.
    set(
        "JSONBENCH_OPT_LEVEL",
        &env::var("OPT_LEVEL").expect("OPT_LEVEL"),
    );
    set("JSONBENCH_DEBUG", &env::var("DEBUG").expect("DEBUG"));
    set(
        "JSONBENCH_LTO",
        &profile_setting(&manifest, table, "lto", lto_default),
    );
    set(
        "JSONBENCH_CODEGEN_UNITS",
        &profile_setting(&manifest, table, "codegen-units", units_default),
    );

    // The features that change which code the parsers run (sonic-rs selects its SIMD code at
    // compile time); sse2 and the like are on for every x86_64 build.
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let relevant: Vec<&str> = features
        .split(',')
        .filter(|f| matches!(*f, "avx2" | "pclmulqdq") || f.starts_with("avx512"))
        .collect();
    set("JSONBENCH_TARGET_FEATURES", &relevant.join(","));

    // serde_json is declared with its default features (std); this crate's float-roundtrip
    // feature adds float_roundtrip, and no other dependency of this crate enables any.
    let roundtrip = env::var_os("CARGO_FEATURE_FLOAT_ROUNDTRIP").is_some();
    set(
        "JSONBENCH_SERDE_JSON_FEATURES",
        if roundtrip {
            "std,float_roundtrip"
        } else {
            "std"
        },
    );
}
