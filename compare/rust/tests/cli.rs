//! Runs the built binaries as `jsonbench run` would and checks the protocol output.

mod common;

use common::{COUNT_BIN, TIMING_BIN, TempFile, json_output, run};
use serde_json::Value;

/// Figures of a time run; null in a count run.
const TIME_FIELDS: &[&str] = &[
    "elapsed_ns",
    "cpu_ns",
    "runtime_rss_bytes",
    "peak_rss_bytes",
    "peak_rss_scope",
];

/// Figures of a count run; null in a time run.
const COUNT_FIELDS: &[&str] = &[
    "allocs_total",
    "alloc_bytes_total",
    "allocs_per_op",
    "alloc_bytes_per_op",
    "allocs_method",
    "retained_bytes",
    "retained_copies",
];

/// Every key of PROTOCOL.md's output object: those of both kinds of run and the rest.
fn fields() -> Vec<&'static str> {
    let head = [
        "protocol",
        "runner",
        "language",
        "library",
        "library_version",
        "mode",
        "measure",
        "status",
        "reason",
        "iterations",
        "warmup",
        "gc_count",
        "gc_pause_ms",
    ];
    let tail = ["digest", "digest_last", "digest_ok", "consumed", "notes"];
    [&head[..], TIME_FIELDS, COUNT_FIELDS, &tail].concat()
}

/// Every (runner, mode) of this build, from compare/runners.json (which the registry test
/// holds equal to `--list`).
fn runs() -> Vec<(String, String)> {
    let entry = common::registry_entry(common::BUILD_ID);
    let mut runs = Vec::new();
    for r in entry["runners"].as_array().unwrap() {
        for mode in r["modes"].as_array().unwrap() {
            runs.push((
                r["runner"].as_str().unwrap().to_string(),
                mode.as_str().unwrap().to_string(),
            ));
        }
    }
    runs
}

/// PROTOCOL.md's consume step for one decode of the fixture, worked out here from a
/// serde_json tree of it: typed `len(items) + len(items[0].name)`, tree adds the number
/// of root members.
fn consume_per_decode(mode: &str) -> u64 {
    let root: Value = serde_json::from_slice(&common::fixture()).unwrap();
    let items = root["items"].as_array().unwrap();
    let typed = (items.len() + items[0]["name"].as_str().unwrap().len()) as u64;
    match mode {
        "typed" => typed,
        _ => typed + root.as_object().unwrap().len() as u64,
    }
}

fn measure_args<'a>(
    runner: &'a str,
    mode: &'a str,
    fixture: &'a str,
    iterations: &'a str,
    digest: &'a str,
) -> Vec<&'a str> {
    vec![
        "--runner",
        runner,
        "--fixture",
        fixture,
        "--mode",
        mode,
        "--iterations",
        iterations,
        "--warmup",
        "2",
        "--expect-digest",
        digest,
    ]
}

fn report(bin: &str, args: &[&str]) -> Value {
    let json = json_output(&run(bin, args));
    let obj = json.as_object().expect("an object");
    let fields = fields();
    for f in &fields {
        assert!(obj.contains_key(*f), "missing field {f} in {json}");
    }
    assert_eq!(obj.len(), fields.len(), "unexpected fields in {json}");
    json
}

fn assert_common(j: &Value, runner: &str, mode: &str, measure: &str, iterations: u64) {
    let expected = common::expected_digest();
    assert_eq!(j["protocol"], 2);
    assert_eq!(j["language"], "rust");
    assert_eq!(j["runner"], runner);
    assert_eq!(j["mode"], mode);
    assert_eq!(j["measure"], measure);
    assert_eq!(j["status"], "ok", "{j}");
    assert_eq!(j["reason"], Value::Null);
    assert_eq!(j["digest_ok"], true);
    assert_eq!(j["digest"], expected.as_str());
    assert_eq!(j["digest_last"], expected.as_str());
    assert_eq!(j["iterations"], iterations);
    assert_eq!(j["warmup"], 2);
    assert_eq!(j["gc_count"], Value::Null);
    assert_eq!(j["gc_pause_ms"], Value::Null);
    assert_eq!(j["consumed"], iterations * consume_per_decode(mode), "{j}");
    assert!(!j["notes"].as_array().unwrap().is_empty());
}

#[test]
fn time_run_of_every_runner_and_mode() {
    let fixture = common::fixture_path();
    let digest = common::expected_digest();
    for (runner, mode) in runs() {
        let j = report(
            TIMING_BIN,
            &measure_args(&runner, &mode, fixture.to_str().unwrap(), "10", &digest),
        );
        assert_common(&j, &runner, &mode, "time", 10);
        for f in [
            "elapsed_ns",
            "cpu_ns",
            "runtime_rss_bytes",
            "peak_rss_bytes",
        ] {
            assert!(j[f].as_u64().unwrap() > 0, "{f} in {j}");
        }
        assert!(matches!(
            j["peak_rss_scope"].as_str(),
            Some("loop" | "process")
        ));
        for f in COUNT_FIELDS {
            assert_eq!(j[*f], Value::Null, "{f} in a time run: {j}");
        }
    }
}

#[test]
fn count_run_of_every_runner_and_mode_is_exact() {
    let fixture = common::fixture_path();
    let document_bytes = common::fixture().len() as f64;
    let digest = common::expected_digest();
    let n = 300u64;
    for (runner, mode) in runs() {
        let mut args = measure_args(&runner, &mode, fixture.to_str().unwrap(), "300", &digest);
        args.extend(["--measure", "count", "--retain-copies", "8"]);
        let j = report(COUNT_BIN, &args);
        assert_common(&j, &runner, &mode, "count", n);
        // Every decode of the same bytes allocates the same: whole numbers per decode.
        let allocs = j["allocs_total"].as_u64().unwrap();
        let bytes = j["alloc_bytes_total"].as_u64().unwrap();
        assert!(
            allocs > 0 && allocs.is_multiple_of(n),
            "{runner} {mode}: {allocs} allocations"
        );
        assert!(bytes.is_multiple_of(n), "{runner} {mode}: {bytes} bytes");
        assert_eq!(j["allocs_per_op"].as_f64().unwrap(), (allocs / n) as f64);
        assert_eq!(
            j["alloc_bytes_per_op"].as_f64().unwrap(),
            (bytes / n) as f64
        );
        assert_eq!(
            j["allocs_method"],
            "counting global allocator (alloc, alloc_zeroed, realloc)"
        );
        // A result keeps some of what its decode allocated, never more, and is of the order
        // of the document, not ten times it.
        let retained = j["retained_bytes"].as_u64().unwrap();
        assert!(retained > 0, "{j}");
        assert!(
            retained <= bytes / n,
            "{runner} {mode}: keeps {retained} of {} B",
            bytes / n
        );
        assert!((retained as f64) < 10.0 * document_bytes, "{j}");
        assert_eq!(j["retained_copies"], 8);
        for f in TIME_FIELDS {
            assert_eq!(j[*f], Value::Null, "{f} in a count run: {j}");
        }
    }
}

#[test]
fn each_binary_refuses_the_other_kind_of_run() {
    let fixture = common::fixture_path();
    let digest = common::expected_digest();
    let runner = &runs()[0].0;
    let args = measure_args(runner, "typed", fixture.to_str().unwrap(), "10", &digest);
    let cases: [(&str, &[&str], &str); 3] = [
        (TIMING_BIN, &["--measure", "count"], "jsonbench-rust-count"),
        (COUNT_BIN, &[], "jsonbench-rust"),
        (COUNT_BIN, &["--measure", "time"], "jsonbench-rust"),
    ];
    for (bin, extra, pointing_to) in cases {
        let out = run(bin, &[args.as_slice(), extra].concat());
        assert_eq!(out.status.code(), Some(2), "{bin} {extra:?}");
        assert!(out.stdout.is_empty());
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(message.contains(pointing_to), "{bin} {extra:?}: {message}");
    }
}

#[test]
fn wrong_expected_digest_reports_wrong() {
    let fixture = common::fixture_path();
    let runner = &runs()[0].0;
    let args = measure_args(
        runner,
        "typed",
        fixture.to_str().unwrap(),
        "10",
        "0123456789abcdef",
    );
    let j = report(TIMING_BIN, &args);
    assert_eq!(j["status"], "wrong");
    assert_eq!(j["digest_ok"], false);
    assert_eq!(j["digest"], common::expected_digest().as_str());
    assert!(j["reason"].as_str().unwrap().contains("0123456789abcdef"));
}

fn assert_failed(j: &Value, reason_starts: &str) {
    assert_eq!(j["status"], "failed", "{j}");
    assert_eq!(j["digest_ok"], false);
    assert!(
        j["reason"].as_str().unwrap().starts_with(reason_starts),
        "{j}"
    );
    for f in TIME_FIELDS
        .iter()
        .chain(COUNT_FIELDS)
        .chain(&["digest", "digest_last", "consumed"])
    {
        assert_eq!(j[*f], Value::Null, "{f} on a failed run: {j}");
    }
}

#[test]
fn decode_error_reports_failed_and_exits_0() {
    let bad = TempFile::new(br#"{"status":"ok","total":1,"items":[{"id":1,"#);
    let digest = common::expected_digest();
    for (runner, mode) in runs() {
        let args = measure_args(&runner, &mode, bad.path(), "10", &digest);
        assert_failed(&report(TIMING_BIN, &args), "decode failed");
        let count = [args.as_slice(), &["--measure", "count"]].concat();
        assert_failed(&report(COUNT_BIN, &count), "decode failed");
    }
}

#[test]
fn missing_fixture_reports_failed() {
    let runner = &runs()[0].0;
    let digest = common::expected_digest();
    let args = measure_args(runner, "typed", "/nonexistent/fixture.json", "10", &digest);
    assert_failed(&report(TIMING_BIN, &args), "cannot read fixture");
}

#[test]
fn bad_arguments_exit_2_with_a_message() {
    let fixture = common::fixture_path();
    let fixture = fixture.to_str().unwrap();
    let digest = common::expected_digest();
    let runner = runs()[0].0.clone();
    let good = |over: &[(&str, &str)]| -> Vec<String> {
        let mut args = vec![
            ("--runner", runner.as_str()),
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
    let strings = |args: &[&str]| args.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let run_owned =
        |bin: &str, args: &[String]| run(bin, &args.iter().map(String::as_str).collect::<Vec<_>>());
    // Sanity: the unmodified arguments are accepted, by each binary with its own --measure.
    json_output(&run_owned(TIMING_BIN, &good(&[])));
    json_output(&run_owned(
        COUNT_BIN,
        &good(&[("--measure", "count"), ("--retain-copies", "3")]),
    ));

    let timing_cases: Vec<Vec<String>> = vec![
        vec![],
        strings(&["--bogus"]),
        good(&[("--runner", "no-such-runner")]),
        good(&[("--mode", "dom")]),
        good(&[("--iterations", "0")]),
        good(&[("--iterations", "-5")]),
        good(&[("--warmup", "many")]),
        good(&[("--expect-digest", "xyz")]),
        good(&[("--expect-digest", "0228fb58")]),
        good(&[("--expect-digest", "")]),
        good(&[("--fixture", "")]),
        good(&[("--measure", "wall")]),
        good(&[("--retain-copies", "2")]), // a time run holds nothing
        [good(&[]), strings(&["--mode", "tree"])].concat(),
        strings(&["--list", "--mode", "tree"]),
        strings(&["--list", "--validate"]),
        strings(&["--validate", "--runner", &runner]),
        strings(&[
            "--validate",
            "--runner",
            &runner,
            "--fixture",
            fixture,
            "--mode",
            "tree",
        ]),
        strings(&["--runner"]),
    ];
    let count_cases: Vec<Vec<String>> = vec![
        good(&[("--measure", "count"), ("--retain-copies", "0")]),
        good(&[("--measure", "count"), ("--retain-copies", "some")]),
    ];
    let cases = timing_cases
        .into_iter()
        .map(|a| (TIMING_BIN, a))
        .chain(count_cases.into_iter().map(|a| (COUNT_BIN, a)));
    for (bin, args) in cases {
        let out = run_owned(bin, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
        assert!(!out.stderr.is_empty(), "{args:?}: a message on stderr");
    }
}

#[test]
fn a_runner_without_tree_mode_refuses_it() {
    let entry = common::registry_entry(common::BUILD_ID);
    let fixture = common::fixture_path();
    let digest = common::expected_digest();
    for r in entry["runners"].as_array().unwrap() {
        if r["modes"].as_array().unwrap().iter().any(|m| m == "tree") {
            continue;
        }
        let name = r["runner"].as_str().unwrap();
        let out = run(
            TIMING_BIN,
            &measure_args(name, "tree", fixture.to_str().unwrap(), "10", &digest),
        );
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("has no tree mode"));
    }
}

#[test]
fn validate_accepts_and_rejects_with_every_runner_of_both_binaries() {
    let expected = common::expected_digest();
    let fixture = String::from_utf8(common::fixture()).unwrap();
    for bin in [TIMING_BIN, COUNT_BIN] {
        for (runner, _) in runs() {
            let ok = common::validate(bin, &runner, &fixture);
            let library = ok["library"].as_str().unwrap().to_string();
            let fields = [
                "protocol",
                "runner",
                "language",
                "library",
                "library_version",
                "accepted",
                "error",
                "digest",
            ];
            assert_eq!(ok.as_object().unwrap().len(), fields.len(), "{ok}");
            assert_eq!(ok["protocol"], 2);
            assert_eq!(ok["runner"], runner.as_str());
            assert_eq!(ok["language"], "rust");
            assert_eq!(ok["accepted"], true);
            assert_eq!(ok["error"], Value::Null);
            assert_eq!(ok["digest"], expected.as_str());

            // Trailing content: not JSON, whatever the library.
            let bad = common::validate(bin, &runner, "[1, 2] x");
            assert_eq!(bad["accepted"], false, "{bad}");
            assert!(!bad["error"].as_str().unwrap().is_empty(), "{bad}");
            assert_eq!(bad["digest"], Value::Null);
            assert_eq!(bad["library"], library.as_str());
        }
    }
}

#[test]
fn validate_of_an_unreadable_file_is_an_error_not_a_verdict() {
    let out = run(
        TIMING_BIN,
        &[
            "--validate",
            "--runner",
            &runs()[0].0,
            "--fixture",
            "/nonexistent/doc.json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}
