//! `jsonbench-rust`: measures one run of one Rust JSON library in one mode and prints
//! one JSON object (compare/PROTOCOL.md).

use jsonbench_rust::digest::hex;
use jsonbench_rust::measure::{CountingAlloc, counting_active};
use jsonbench_rust::runners::{self, Mode, RUNNERS, Runner};
use serde::Serialize;
use std::process::ExitCode;

// Counts every heap allocation of the process; the figures come from here.
#[global_allocator]
static ALLOCATOR: CountingAlloc = CountingAlloc;

const USAGE: &str = "usage: jsonbench-rust --runner NAME --fixture PATH --mode typed|tree \
--iterations N --warmup W --expect-digest HEX\n       jsonbench-rust --list";

const ALLOCS_METHOD: &str = "counting global allocator (alloc+realloc)";

struct Args {
    runner: &'static Runner,
    fixture: String,
    mode: Mode,
    iterations: u64,
    warmup: u64,
    expect_digest: u64,
}

enum Command {
    List,
    Help,
    Run(Args),
}

/// Hand-parsed: six valued flags and `--list`; `--flag value` or `--flag=value`.
fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut list = false;
    let mut values: [(&str, Option<String>); 6] = [
        ("--runner", None),
        ("--fixture", None),
        ("--mode", None),
        ("--iterations", None),
        ("--warmup", None),
        ("--expect-digest", None),
    ];
    while let Some(arg) = argv.next() {
        if arg == "--list" {
            list = true;
            continue;
        }
        if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (arg.clone(), None),
        };
        let slot = values
            .iter_mut()
            .find(|(name, _)| *name == flag)
            .ok_or_else(|| format!("unknown argument: {arg}"))?;
        if slot.1.is_some() {
            return Err(format!("{flag} given twice"));
        }
        let value = match inline {
            Some(v) => v,
            None => argv.next().ok_or_else(|| format!("{flag} needs a value"))?,
        };
        slot.1 = Some(value);
    }
    if list {
        if values.iter().any(|(_, v)| v.is_some()) {
            return Err("--list takes no other argument".into());
        }
        return Ok(Command::List);
    }
    let [runner, fixture, mode, iterations, warmup, expect] =
        values.map(|(name, v)| v.ok_or_else(|| format!("missing {name}")));

    let runner = runner?;
    let runner = runners::find(&runner).ok_or_else(|| {
        let names: Vec<_> = RUNNERS.iter().map(|r| r.name).collect();
        format!("unknown runner {runner:?} (known: {})", names.join(", "))
    })?;
    let mode = mode?;
    let mode =
        Mode::parse(&mode).ok_or_else(|| format!("--mode must be typed or tree, not {mode:?}"))?;
    if !runner.modes.contains(&mode) {
        return Err(format!(
            "runner {} has no {} mode",
            runner.name,
            mode.as_str()
        ));
    }
    let iterations = parse_count("--iterations", &iterations?)?;
    if iterations == 0 {
        return Err("--iterations must be at least 1".into());
    }
    let warmup = parse_count("--warmup", &warmup?)?;
    let expect = expect?;
    if expect.len() != 16 || !expect.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "--expect-digest must be 16 hex digits, not {expect:?}"
        ));
    }
    let expect_digest = u64::from_str_radix(&expect, 16).map_err(|e| e.to_string())?;
    Ok(Command::Run(Args {
        runner,
        fixture: fixture?,
        mode,
        iterations,
        warmup,
        expect_digest,
    }))
}

fn parse_count(flag: &str, text: &str) -> Result<u64, String> {
    text.parse()
        .map_err(|_| format!("{flag} must be a non-negative integer, not {text:?}"))
}

#[derive(Serialize)]
struct ListEntry {
    runner: &'static str,
    library: &'static str,
    library_version: &'static str,
    modes: Vec<&'static str>,
}

/// The protocol's output object; field order follows PROTOCOL.md.
#[derive(Serialize)]
struct Report {
    protocol: u32,
    runner: &'static str,
    language: &'static str,
    library: &'static str,
    library_version: &'static str,
    mode: &'static str,
    status: &'static str,
    reason: Option<String>,
    iterations: u64,
    warmup: u64,
    elapsed_ns: Option<u64>,
    alloc_bytes_per_op: Option<f64>,
    allocs_per_op: Option<f64>,
    allocs_method: &'static str,
    peak_rss_bytes: Option<u64>,
    peak_rss_scope: Option<&'static str>,
    gc_count: Option<u64>,
    gc_pause_ms: Option<f64>,
    digest: Option<String>,
    digest_last: Option<String>,
    digest_ok: Option<bool>,
    consumed: Option<u64>,
    notes: Vec<String>,
}

impl Report {
    /// A report with nothing measured yet (what a failed run prints).
    fn new(args: &Args) -> Report {
        Report {
            protocol: 1,
            runner: args.runner.name,
            language: "rust",
            library: args.runner.library,
            library_version: args.runner.library_version,
            mode: args.mode.as_str(),
            status: "failed",
            reason: None,
            iterations: args.iterations,
            warmup: args.warmup,
            elapsed_ns: None,
            alloc_bytes_per_op: None,
            allocs_per_op: None,
            allocs_method: ALLOCS_METHOD,
            peak_rss_bytes: None,
            peak_rss_scope: None,
            gc_count: None,
            gc_pause_ms: None,
            digest: None,
            digest_last: None,
            digest_ok: None,
            consumed: None,
            notes: runners::notes(args.runner, args.mode),
        }
    }
}

fn measure(args: &Args) -> Report {
    let mut report = Report::new(args);
    let input = match std::fs::read(&args.fixture) {
        Ok(bytes) => bytes,
        Err(e) => {
            report.reason = Some(format!("cannot read fixture {}: {e}", args.fixture));
            return report;
        }
    };
    if !counting_active() {
        report.reason = Some("the counting global allocator is not installed".into());
        return report;
    }
    let m = match runners::run(args.runner, args.mode, &input, args.iterations, args.warmup) {
        Ok(m) => m,
        Err(reason) => {
            report.reason = Some(reason);
            return report;
        }
    };
    let n = args.iterations as f64;
    let ok = m.digest_first == args.expect_digest && m.digest_last == args.expect_digest;
    report.status = if ok { "ok" } else { "wrong" };
    if !ok {
        report.reason = Some(format!(
            "digest {} / last {} differs from expected {}",
            hex(m.digest_first),
            hex(m.digest_last),
            hex(args.expect_digest)
        ));
    }
    report.elapsed_ns = Some(m.elapsed_ns);
    report.alloc_bytes_per_op = Some(m.allocs.bytes as f64 / n);
    report.allocs_per_op = Some(m.allocs.count as f64 / n);
    report.peak_rss_bytes = m.peak_rss_bytes;
    report.peak_rss_scope = Some(m.peak_rss_scope.as_str());
    report.digest = Some(hex(m.digest_first));
    report.digest_last = Some(hex(m.digest_last));
    report.digest_ok = Some(ok);
    report.consumed = Some(m.consumed);
    if let Some(cpu) = m.cpu_ns {
        report.notes.push(format!(
            "timed loop thread CPU time {cpu} ns (CLOCK_THREAD_CPUTIME_ID); \
             the rest of elapsed_ns the thread waited for a CPU"
        ));
    }
    report
}

fn print_json<T: Serialize>(value: &T) -> ExitCode {
    match serde_json::to_string(value) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("jsonbench-rust: cannot serialise output: {e}");
            ExitCode::from(1)
        }
    }
}

/// The binary is compiled with avx2/pclmulqdq (see .cargo/config.toml); on a CPU without
/// them it would die of SIGILL somewhere in a decoder, so say why up front instead.
fn cpu_lacks_compiled_features() -> Option<&'static str> {
    // `is_x86_feature_detected!` answers true at compile time for enabled features, so ask
    // the kernel.
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    let flags = cpuinfo.lines().find(|l| l.starts_with("flags"))?;
    let has = |f: &str| flags.split_whitespace().any(|w| w == f);
    [
        ("avx2", cfg!(target_feature = "avx2")),
        ("pclmulqdq", cfg!(target_feature = "pclmulqdq")),
    ]
    .into_iter()
    .find(|&(name, compiled)| compiled && !has(name))
    .map(|(name, _)| name)
}

fn main() -> ExitCode {
    if let Some(feature) = cpu_lacks_compiled_features() {
        eprintln!("jsonbench-rust: built with target feature {feature}, which this CPU lacks");
        return ExitCode::from(3);
    }
    match parse_args(std::env::args().skip(1)) {
        Err(message) => {
            eprintln!("jsonbench-rust: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::List) => {
            let list: Vec<ListEntry> = RUNNERS
                .iter()
                .map(|r| ListEntry {
                    runner: r.name,
                    library: r.library,
                    library_version: r.library_version,
                    modes: r.modes.iter().map(|m| m.as_str()).collect(),
                })
                .collect();
            print_json(&list)
        }
        Ok(Command::Run(args)) => print_json(&measure(&args)),
    }
}
