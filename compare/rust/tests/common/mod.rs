//! Paths and the expected digest, shared by the integration tests.

use std::path::PathBuf;

pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

pub fn fixture_path() -> PathBuf {
    repo_path("fixtures/src/main/resources/dev/jsonbench/fixtures/api-response.json")
}

#[allow(dead_code)] // not every test binary reads the bytes itself
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
