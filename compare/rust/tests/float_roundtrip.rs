//! serde_json's default float parser is not correctly rounded; its `float_roundtrip` feature
//! is, and the `rust-roundtrip` build (this crate's `float-roundtrip` feature) enables it.
//! Rust's own `str::parse::<f64>` is correctly rounded and is the reference here.

mod common;

use jsonbench_rust::digest::{digest, hex};
use serde_json::Value;

/// Literals that serde_json's default parser parses one ulp off the nearest double,
/// found by comparing it with `str::parse` on random and classic hard inputs.
const HARD: &[&str] = &[
    "7.038531e-26",
    "2.2250738585072011e-308",
    "1.00000000000000011102230246251565404236316680908203125",
    "2.4236153189475850e9",
    "5.0378597812e44",
];

fn hard_document() -> String {
    format!("[{}]", HARD.join(","))
}

/// The digest of `hard_document()` with every number correctly rounded.
fn correctly_rounded_digest() -> String {
    let numbers = HARD.iter().map(|l| Value::from(l.parse::<f64>().unwrap()));
    hex(digest(&Value::Array(numbers.collect())))
}

/// Shortest round-trip representations of pseudo-random finite doubles (what serialisers
/// print), from a fixed-seed generator.
fn random_literals(n: usize) -> Vec<String> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    std::iter::repeat_with(|| f64::from_bits(next() >> 1))
        .filter(|x| x.is_finite())
        .take(n)
        .map(|x| format!("{x:e}"))
        .collect()
}

fn misrounded_by_serde_json(literals: &[String]) -> usize {
    literals
        .iter()
        .filter(|l| serde_json::from_str::<f64>(l).unwrap() != l.parse::<f64>().unwrap())
        .count()
}

#[cfg(not(feature = "float-roundtrip"))]
mod default_build {
    use super::*;
    use common::TIMING_BIN;
    use std::path::PathBuf;
    use std::process::Command;

    #[test]
    fn serde_json_default_is_not_correctly_rounded() {
        for literal in HARD {
            let serde: f64 = serde_json::from_str(literal).unwrap();
            let nearest: f64 = literal.parse().unwrap();
            let ulps = serde.to_bits().abs_diff(nearest.to_bits());
            assert_eq!(
                ulps, 1,
                "{literal}: serde_json {serde:e}, nearest {nearest:e}"
            );
        }
        assert!(misrounded_by_serde_json(&random_literals(10_000)) > 0);
        let j = common::validate(TIMING_BIN, "serde-json-owned", &hard_document());
        assert_ne!(j["digest"], correctly_rounded_digest().as_str());
    }

    #[test]
    fn sonic_rs_default_is_correctly_rounded_on_these_inputs() {
        for literal in HARD
            .iter()
            .copied()
            .map(String::from)
            .chain(random_literals(100_000))
        {
            let sonic: f64 = sonic_rs::from_str(&literal).unwrap();
            assert_eq!(sonic, literal.parse::<f64>().unwrap(), "{literal}");
        }
        let j = common::validate(TIMING_BIN, "sonic-rs", &hard_document());
        assert_eq!(j["digest"], correctly_rounded_digest().as_str());
    }

    /// Builds the `rust-roundtrip` binaries with the registry's own command (its target
    /// directory is separate, so this does not wait for the build under test).
    fn build_roundtrip() -> (PathBuf, PathBuf) {
        let entry = common::registry_entry("rust-roundtrip");
        let dir = common::repo_path("compare").join(entry["dir"].as_str().unwrap());
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| env!("CARGO").to_string());
        assert_eq!(entry["tool"], "cargo");
        let args: Vec<&str> = entry["build"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        let env = entry["env"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k, v.as_str().unwrap()));
        let out = Command::new(cargo)
            .args(&args)
            .envs(env)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cargo {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let path = |key: &str| dir.join(entry[key].as_str().unwrap());
        (path("binary"), path("count_binary"))
    }

    #[test]
    fn roundtrip_build_from_the_registry_is_correctly_rounded() {
        let (binary, count_binary) = build_roundtrip();
        let entry = common::registry_entry("rust-roundtrip");
        for bin in [&binary, &count_binary] {
            assert_eq!(common::listed_runners(bin), entry["runners"], "{bin:?}");
            let j = common::validate(bin, "serde-json-roundtrip", &hard_document());
            assert_eq!(j["accepted"], true);
            assert_eq!(j["digest"], correctly_rounded_digest().as_str());
        }
        let list = common::json_output(&common::run(&binary, &["--list"]));
        assert_eq!(
            list[0]["build"]["serde_json_features"],
            "std,float_roundtrip"
        );
    }
}

#[cfg(feature = "float-roundtrip")]
mod roundtrip_build {
    use super::*;
    use common::TIMING_BIN;

    #[test]
    fn serde_json_is_correctly_rounded() {
        assert_eq!(misrounded_by_serde_json(&random_literals(100_000)), 0);
        let hard: Vec<String> = HARD.iter().copied().map(String::from).collect();
        assert_eq!(misrounded_by_serde_json(&hard), 0);
        let j = common::validate(TIMING_BIN, "serde-json-roundtrip", &hard_document());
        assert_eq!(j["digest"], correctly_rounded_digest().as_str());
    }
}
