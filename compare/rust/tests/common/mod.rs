//! Paths, the expected digest, the runner registry and process helpers shared by the
//! integration tests. Not every test binary uses every helper.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU64, Ordering};

pub const TIMING_BIN: &str = env!("CARGO_BIN_EXE_jsonbench-rust");
pub const COUNT_BIN: &str = env!("CARGO_BIN_EXE_jsonbench-rust-count");

/// The registry id of the build these tests were compiled as.
pub const BUILD_ID: &str = if cfg!(feature = "float-roundtrip") {
    "rust-roundtrip"
} else {
    "rust"
};

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

pub fn fixture_path() -> PathBuf {
    repo_path("fixtures/src/main/resources/dev/jsonbench/fixtures/api-response.json")
}

pub fn fixture() -> Vec<u8> {
    std::fs::read(fixture_path()).expect("read the fixture")
}

/// The expected digest as published in fixtures/DIGEST.md (the indented line after
/// "Expected digest"), so these tests follow the fixture when it changes.
pub fn expected_digest() -> String {
    let doc = std::fs::read_to_string(repo_path("fixtures/DIGEST.md")).expect("read DIGEST.md");
    let after = doc
        .split_once("Expected digest")
        .expect("DIGEST.md names the expected digest")
        .1;
    after
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 16 && l.bytes().all(|b| b.is_ascii_hexdigit()))
        .expect("a 16-hex-digit digest after \"Expected digest\"")
        .to_string()
}

/// The entry of compare/runners.json with this id.
pub fn registry_entry(id: &str) -> Value {
    let text =
        std::fs::read_to_string(repo_path("compare/runners.json")).expect("read runners.json");
    let registry: Value = serde_json::from_str(&text).expect("runners.json is JSON");
    registry["binaries"]
        .as_array()
        .expect("a binaries array")
        .iter()
        .find(|b| b["id"] == id)
        .unwrap_or_else(|| panic!("no binary {id} in runners.json"))
        .clone()
}

pub fn run(bin: impl AsRef<Path>, args: &[&str]) -> Output {
    Command::new(bin.as_ref())
        .args(args)
        .output()
        .expect("start the binary")
}

/// Stdout of a successful run, which must be exactly one JSON value on one line.
pub fn json_output(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout.clone()).expect("UTF-8 stdout");
    assert_eq!(stdout.lines().count(), 1, "one line on stdout: {stdout}");
    serde_json::from_str(&stdout).expect("stdout is one JSON value")
}

/// `--list` without what only the build decides (library_version, build): the registry's
/// view of a runner.
pub fn listed_runners(bin: impl AsRef<Path>) -> Value {
    let mut list = json_output(&run(bin, &["--list"]));
    for entry in list.as_array_mut().expect("--list prints an array") {
        let obj = entry.as_object_mut().unwrap();
        assert!(
            obj.remove("library_version").is_some(),
            "library_version in {obj:?}"
        );
        assert!(obj.remove("build").is_some(), "build in {obj:?}");
    }
    list
}

/// A file holding `content`, removed when dropped; unique per process and call.
pub struct TempFile(pub PathBuf);

impl TempFile {
    pub fn new(content: &[u8]) -> TempFile {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let path = std::env::temp_dir().join(format!(
            "jsonbench-rust-test-{}-{}.json",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, content).expect("write a temporary file");
        TempFile(path)
    }

    pub fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

/// Runs `--validate` on `document`.
pub fn validate(bin: impl AsRef<Path>, runner: &str, document: &str) -> Value {
    let file = TempFile::new(document.as_bytes());
    json_output(&run(
        bin,
        &["--validate", "--runner", runner, "--fixture", file.path()],
    ))
}
