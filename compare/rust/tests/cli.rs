//! Runs the built binary as `jsonbench run` would and checks the protocol output.

mod common;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_jsonbench-rust");

const FIELDS: &[&str] = &[
    "protocol",
    "runner",
    "language",
    "library",
    "library_version",
    "mode",
    "status",
    "reason",
    "iterations",
    "warmup",
    "elapsed_ns",
    "alloc_bytes_per_op",
    "allocs_per_op",
    "allocs_method",
    "peak_rss_bytes",
    "peak_rss_scope",
    "gc_count",
    "gc_pause_ms",
    "digest",
    "digest_last",
    "digest_ok",
    "consumed",
    "notes",
];

const RUNS: &[(&str, &str)] = &[
    ("serde-json-owned", "typed"),
    ("serde-json-owned", "tree"),
    ("serde-json-borrowed", "typed"),
    ("sonic-rs", "typed"),
    ("sonic-rs", "tree"),
];

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("start the binary")
}

fn measure(
    runner: &str,
    mode: &str,
    fixture: &Path,
    warmup: &str,
    digest: &str,
) -> (Output, Value) {
    let fixture = fixture.to_str().unwrap();
    let out = run(&[
        "--runner",
        runner,
        "--fixture",
        fixture,
        "--mode",
        mode,
        "--iterations",
        "10",
        "--warmup",
        warmup,
        "--expect-digest",
        digest,
    ]);
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(stdout.lines().count(), 1, "one line on stdout: {stdout}");
    let json = serde_json::from_str(&stdout).expect("stdout is one JSON object");
    (out, json)
}

fn assert_all_fields(json: &Value) {
    let obj = json.as_object().expect("an object");
    for f in FIELDS {
        assert!(obj.contains_key(*f), "missing field {f} in {json}");
    }
    assert_eq!(obj.len(), FIELDS.len(), "unexpected fields in {json}");
}

#[test]
fn every_runner_and_mode_decodes_the_fixture() {
    let expected = common::expected_digest();
    for &(runner, mode) in RUNS {
        for warmup in ["2", "0"] {
            let (out, j) = measure(runner, mode, &common::fixture_path(), warmup, &expected);
            assert!(out.status.success(), "{runner} {mode}: {:?}", out.status);
            assert_all_fields(&j);
            assert_eq!(j["status"], "ok", "{runner} {mode}: {j}");
            assert_eq!(j["reason"], Value::Null);
            assert_eq!(j["digest_ok"], true);
            assert_eq!(j["digest"], expected.as_str());
            assert_eq!(j["digest_last"], expected.as_str());
            assert_eq!(j["protocol"], 1);
            assert_eq!(j["language"], "rust");
            assert_eq!(j["runner"], runner);
            assert_eq!(j["mode"], mode);
            assert_eq!(j["iterations"], 10);
            assert_eq!(j["warmup"].to_string(), warmup);
            assert!(j["elapsed_ns"].as_u64().unwrap() > 0);
            // Every contestant allocates at least the result's containers.
            assert!(j["allocs_per_op"].as_f64().unwrap() >= 1.0, "{j}");
            assert!(j["alloc_bytes_per_op"].as_f64().unwrap() > 0.0, "{j}");
            assert_eq!(
                j["allocs_method"],
                "counting global allocator (alloc+realloc)"
            );
            assert!(j["peak_rss_bytes"].as_u64().unwrap() > 0);
            assert!(matches!(
                j["peak_rss_scope"].as_str(),
                Some("loop" | "process")
            ));
            assert_eq!(j["gc_count"], Value::Null);
            assert_eq!(j["gc_pause_ms"], Value::Null);
            // 9 items + the first name's 15 bytes ("Widget \"Pro\" é") per decode.
            let decodes = 10 + warmup.parse::<u64>().unwrap();
            assert_eq!(j["consumed"].as_u64().unwrap(), decodes * (9 + 15));
            assert!(!j["notes"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn wrong_expected_digest_reports_wrong() {
    let (out, j) = measure(
        "serde-json-owned",
        "typed",
        &common::fixture_path(),
        "2",
        "0123456789abcdef",
    );
    assert!(out.status.success());
    assert_all_fields(&j);
    assert_eq!(j["status"], "wrong");
    assert_eq!(j["digest_ok"], false);
    assert_eq!(j["digest"], common::expected_digest().as_str());
    assert!(j["reason"].as_str().unwrap().contains("0123456789abcdef"));
}

#[test]
fn decode_error_reports_failed_and_exits_0() {
    let path = std::env::temp_dir().join(format!("jsonbench-rust-bad-{}.json", std::process::id()));
    std::fs::write(&path, br#"{"status":"ok","total":1,"items":[{"id":1,"#).unwrap();
    for &(runner, mode) in RUNS {
        let (out, j) = measure(runner, mode, &path, "2", &common::expected_digest());
        assert!(out.status.success(), "{runner} {mode}");
        assert_all_fields(&j);
        assert_eq!(j["status"], "failed", "{runner} {mode}: {j}");
        assert!(
            j["reason"].as_str().unwrap().starts_with("decode failed"),
            "{j}"
        );
        assert_eq!(j["digest_ok"], Value::Null);
    }
    std::fs::remove_file(&path).ok();
}

#[test]
fn missing_fixture_reports_failed() {
    let path = Path::new("/nonexistent/fixture.json");
    let (out, j) = measure(
        "serde-json-owned",
        "typed",
        path,
        "2",
        &common::expected_digest(),
    );
    assert!(out.status.success());
    assert_eq!(j["status"], "failed");
    assert!(
        j["reason"]
            .as_str()
            .unwrap()
            .contains("cannot read fixture")
    );
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let fixture = common::fixture_path();
    let fixture = fixture.to_str().unwrap();
    let digest = common::expected_digest();
    let good = |over: &[(&str, &str)]| -> Vec<String> {
        let mut args = vec![
            ("--runner", "serde-json-owned"),
            ("--fixture", fixture),
            ("--mode", "typed"),
            ("--iterations", "10"),
            ("--warmup", "2"),
            ("--expect-digest", digest.as_str()),
        ];
        for (flag, value) in over {
            match args.iter_mut().find(|(f, _)| f == flag) {
                Some(slot) => slot.1 = value,
                None => args.push((flag, value)),
            }
        }
        args.into_iter()
            .filter(|(_, v)| !v.is_empty())
            .flat_map(|(f, v)| [f.to_string(), v.to_string()])
            .collect()
    };
    // Sanity: the unmodified arguments are accepted.
    assert!(
        run(&good(&[]).iter().map(String::as_str).collect::<Vec<_>>())
            .status
            .success()
    );

    let cases: Vec<Vec<String>> = vec![
        vec![],
        vec!["--bogus".into()],
        good(&[("--runner", "no-such-runner")]),
        good(&[("--mode", "dom")]),
        good(&[("--runner", "serde-json-borrowed"), ("--mode", "tree")]),
        good(&[("--iterations", "0")]),
        good(&[("--iterations", "-5")]),
        good(&[("--warmup", "many")]),
        good(&[("--expect-digest", "xyz")]),
        good(&[("--expect-digest", "0228fb58")]),
        good(&[("--expect-digest", "")]),
        good(&[("--fixture", "")]),
        [good(&[]), vec!["--mode".into(), "tree".into()]].concat(),
        vec!["--list".into(), "--mode".into(), "tree".into()],
        vec!["--runner".into()],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
        assert!(!out.stderr.is_empty(), "{args:?}: a message on stderr");
    }
}

#[test]
fn list_describes_every_runner() {
    let out = run(&["--list"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    let mut pairs = Vec::new();
    for entry in list {
        let obj = entry.as_object().unwrap();
        assert_eq!(obj.len(), 4, "{entry}");
        let runner = entry["runner"].as_str().unwrap();
        let library = entry["library"].as_str().unwrap();
        let version = entry["library_version"].as_str().unwrap();
        // The reported version is the one in Cargo.lock.
        assert!(
            lock.contains(&format!("name = \"{library}\"\nversion = \"{version}\"")),
            "{library} {version} not in Cargo.lock"
        );
        for mode in entry["modes"].as_array().unwrap() {
            pairs.push((runner.to_string(), mode.as_str().unwrap().to_string()));
        }
    }
    let want: Vec<(String, String)> = RUNS.iter().map(|&(r, m)| (r.into(), m.into())).collect();
    assert_eq!(pairs, want);
}
