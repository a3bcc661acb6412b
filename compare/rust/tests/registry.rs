//! compare/runners.json is the one list of runners the parent reads: it must say what this
//! build's binaries offer, and the build settings `--list` reports must be the pinned ones.

mod common;

use common::{COUNT_BIN, TIMING_BIN, json_output, run};

#[test]
fn list_of_both_binaries_equals_the_registry_entry_of_this_build() {
    let entry = common::registry_entry(common::BUILD_ID);
    assert_eq!(entry["language"], "rust");
    assert!(
        entry["binary"]
            .as_str()
            .unwrap()
            .ends_with("/jsonbench-rust")
    );
    assert!(
        entry["count_binary"]
            .as_str()
            .unwrap()
            .ends_with("/jsonbench-rust-count")
    );
    for bin in [TIMING_BIN, COUNT_BIN] {
        assert_eq!(common::listed_runners(bin), entry["runners"], "{bin}");
    }
}

#[test]
fn library_versions_are_the_locked_ones() {
    let lock = std::fs::read_to_string(common::repo_path("compare/rust/Cargo.lock")).unwrap();
    for entry in json_output(&run(TIMING_BIN, &["--list"]))
        .as_array()
        .unwrap()
    {
        let library = entry["library"].as_str().unwrap();
        let version = entry["library_version"].as_str().unwrap();
        assert!(
            lock.contains(&format!("name = \"{library}\"\nversion = \"{version}\"")),
            "{library} {version} not in Cargo.lock"
        );
    }
}

#[test]
fn build_reports_the_pinned_release_profile() {
    let list = json_output(&run(TIMING_BIN, &["--list"]));
    let build = &list[0]["build"];
    let keys = [
        "profile",
        "opt_level",
        "lto",
        "codegen_units",
        "debug",
        "panic",
        "target_features",
        "rustc",
        "serde_json_features",
    ];
    assert_eq!(build.as_object().unwrap().len(), keys.len(), "{build}");
    for key in keys {
        assert!(build[key].is_string(), "{key} in {build}");
    }
    assert!(build["rustc"].as_str().unwrap().starts_with("rustc "));
    let features: Vec<&str> = build["target_features"]
        .as_str()
        .unwrap()
        .split(',')
        .collect();
    assert!(
        features.contains(&"avx2") && features.contains(&"pclmulqdq"),
        "{build}"
    );
    let serde_features = build["serde_json_features"].as_str().unwrap();
    assert_eq!(
        serde_features.contains("float_roundtrip"),
        cfg!(feature = "float-roundtrip"),
        "{build}"
    );
    // Under `cargo test --release` the binaries are the release build the parent runs.
    if build["profile"] == "release" {
        for (key, pinned) in [
            ("opt_level", "3"),
            ("lto", "fat"),
            ("codegen_units", "1"),
            ("debug", "false"),
            ("panic", "unwind"),
        ] {
            assert_eq!(build[key], pinned, "{key} in {build}");
        }
    }
    // Every runner of a build reports the same build.
    for entry in list.as_array().unwrap() {
        assert_eq!(&entry["build"], build);
    }
}
