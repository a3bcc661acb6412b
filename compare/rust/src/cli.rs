//! The command line of both binaries and the protocol's output objects (compare/PROTOCOL.md).

use crate::alloc::counting_active;
use crate::build_info::{BUILD, BuildInfo};
use crate::digest::hex;
use crate::runners::{self, Mode, RUNNERS, Runner, dispatch};
use crate::runs::{CountRun, Counted, Digests, TimeRun, Timed, Validate};
use serde::Serialize;
use std::process::ExitCode;

pub const PROTOCOL: u32 = 2;

const ALLOCS_METHOD: &str = "counting global allocator (alloc, alloc_zeroed, realloc)";

/// Which of the crate's two binaries is running: each does one kind of measurement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    /// `jsonbench-rust`: the plain system allocator; `--measure time` only.
    Timing,
    /// `jsonbench-rust-count`: the counting allocator; `--measure count` only.
    Counting,
}

impl Binary {
    fn name(self) -> &'static str {
        match self {
            Binary::Timing => "jsonbench-rust",
            Binary::Counting => "jsonbench-rust-count",
        }
    }

    fn measure(self) -> Measure {
        match self {
            Binary::Timing => Measure::Time,
            Binary::Counting => Measure::Count,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measure {
    Time,
    Count,
}

impl Measure {
    fn as_str(self) -> &'static str {
        match self {
            Measure::Time => "time",
            Measure::Count => "count",
        }
    }
}

struct Args {
    runner: &'static Runner,
    fixture: String,
    mode: Mode,
    iterations: u64,
    warmup: u64,
    expect_digest: u64,
    measure: Measure,
    retain_copies: u64,
}

enum Command {
    List,
    Help,
    Validate {
        runner: &'static Runner,
        fixture: String,
    },
    Run(Args),
}

fn usage(binary: Binary) -> String {
    let name = binary.name();
    format!(
        "usage: {name} --runner NAME --fixture PATH --mode typed|tree --iterations N --warmup W \
         --expect-digest HEX [--measure {measure}]{retain}\n       \
         {name} --validate --runner NAME --fixture PATH\n       {name} --list",
        measure = binary.measure().as_str(),
        retain = if binary == Binary::Counting {
            " [--retain-copies K]"
        } else {
            ""
        },
    )
}

const VALUED: [&str; 8] = [
    "--runner",
    "--fixture",
    "--mode",
    "--iterations",
    "--warmup",
    "--expect-digest",
    "--measure",
    "--retain-copies",
];

/// The flags as given: `--flag value` or `--flag=value`, each at most once.
#[derive(Default)]
struct Flags {
    values: [Option<String>; VALUED.len()],
    list: bool,
    validate: bool,
    help: bool,
}

impl Flags {
    fn parse(mut argv: impl Iterator<Item = String>) -> Result<Flags, String> {
        let mut flags = Flags::default();
        while let Some(arg) = argv.next() {
            match arg.as_str() {
                "--list" => flags.list = true,
                "--validate" => flags.validate = true,
                "--help" | "-h" => flags.help = true,
                _ => {
                    let (flag, inline) = match arg.split_once('=') {
                        Some((f, v)) => (f, Some(v.to_string())),
                        None => (arg.as_str(), None),
                    };
                    let index = VALUED
                        .iter()
                        .position(|name| *name == flag)
                        .ok_or_else(|| format!("unknown argument: {arg}"))?;
                    if flags.values[index].is_some() {
                        return Err(format!("{flag} given twice"));
                    }
                    let value = match inline {
                        Some(v) => v,
                        None => argv.next().ok_or_else(|| format!("{flag} needs a value"))?,
                    };
                    flags.values[index] = Some(value);
                }
            }
        }
        Ok(flags)
    }

    fn take(&mut self, flag: &str) -> Option<String> {
        let index = VALUED
            .iter()
            .position(|name| *name == flag)
            .expect("a known flag");
        self.values[index].take()
    }

    fn required(&mut self, flag: &str) -> Result<String, String> {
        self.take(flag).ok_or_else(|| format!("missing {flag}"))
    }

    /// Refuses any flag left over after a command took its own.
    fn no_others(&self, command: &str) -> Result<(), String> {
        match VALUED.iter().zip(&self.values).find(|(_, v)| v.is_some()) {
            Some((flag, _)) => Err(format!("{command} does not take {flag}")),
            None => Ok(()),
        }
    }
}

fn parse_runner(name: &str) -> Result<&'static Runner, String> {
    runners::find(name).ok_or_else(|| {
        let names: Vec<_> = RUNNERS.iter().map(|r| r.name).collect();
        format!(
            "unknown runner {name:?} (this build has: {})",
            names.join(", ")
        )
    })
}

fn parse_count(flag: &str, text: &str) -> Result<u64, String> {
    text.parse()
        .map_err(|_| format!("{flag} must be a non-negative integer, not {text:?}"))
}

fn parse_args(binary: Binary, argv: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut flags = Flags::parse(argv)?;
    if flags.help {
        return Ok(Command::Help);
    }
    if flags.list {
        if flags.validate {
            return Err("--list does not take --validate".into());
        }
        flags.no_others("--list")?;
        return Ok(Command::List);
    }
    let runner = parse_runner(&flags.required("--runner")?)?;
    let fixture = flags.required("--fixture")?;
    if fixture.is_empty() {
        return Err("--fixture must not be empty".into());
    }
    if flags.validate {
        flags.no_others("--validate")?;
        return Ok(Command::Validate { runner, fixture });
    }

    let measure = match flags.take("--measure").as_deref() {
        None | Some("time") => Measure::Time,
        Some("count") => Measure::Count,
        Some(other) => return Err(format!("--measure must be time or count, not {other:?}")),
    };
    if measure != binary.measure() {
        return Err(match binary {
            Binary::Timing => "jsonbench-rust has no counting allocator, so that timed runs \
                               pay nothing for counting: run --measure count with jsonbench-rust-count"
                .into(),
            Binary::Counting => "jsonbench-rust-count counts allocations and times nothing: \
                                 give --measure count, or time with jsonbench-rust"
                .into(),
        });
    }
    let retain_copies = match flags.take("--retain-copies") {
        None => 1,
        Some(_) if measure == Measure::Time => {
            return Err("--retain-copies applies to --measure count only".into());
        }
        Some(text) => parse_count("--retain-copies", &text)?,
    };
    if retain_copies == 0 {
        return Err("--retain-copies must be at least 1".into());
    }

    let mode = flags.required("--mode")?;
    let mode =
        Mode::parse(&mode).ok_or_else(|| format!("--mode must be typed or tree, not {mode:?}"))?;
    if !runner.modes.contains(&mode) {
        return Err(format!(
            "runner {} has no {} mode",
            runner.name,
            mode.as_str()
        ));
    }
    let iterations = parse_count("--iterations", &flags.required("--iterations")?)?;
    if iterations == 0 {
        return Err("--iterations must be at least 1".into());
    }
    let warmup = parse_count("--warmup", &flags.required("--warmup")?)?;
    let expect = flags.required("--expect-digest")?;
    if expect.len() != 16 || !expect.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "--expect-digest must be 16 hex digits, not {expect:?}"
        ));
    }
    let expect_digest = u64::from_str_radix(&expect, 16).map_err(|e| e.to_string())?;
    Ok(Command::Run(Args {
        runner,
        fixture,
        mode,
        iterations,
        warmup,
        expect_digest,
        measure,
        retain_copies,
    }))
}

#[derive(Serialize)]
struct ListEntry {
    runner: &'static str,
    library: &'static str,
    library_version: &'static str,
    modes: Vec<&'static str>,
    configuration: &'static str,
    default_run: bool,
    build: &'static BuildInfo,
}

fn list() -> Vec<ListEntry> {
    RUNNERS
        .iter()
        .map(|r| ListEntry {
            runner: r.name,
            library: r.library.name(),
            library_version: r.library.version(),
            modes: r.modes.iter().map(|m| m.as_str()).collect(),
            configuration: r.configuration,
            default_run: r.default_run,
            build: &BUILD,
        })
        .collect()
}

#[derive(Serialize)]
struct Validation {
    protocol: u32,
    runner: &'static str,
    language: &'static str,
    library: &'static str,
    library_version: &'static str,
    accepted: bool,
    error: Option<String>,
    digest: Option<String>,
}

fn validate(runner: &'static Runner, input: &[u8]) -> Validation {
    let verdict = dispatch(runner.tree_decoder(), Mode::Tree, input, Validate);
    Validation {
        protocol: PROTOCOL,
        runner: runner.name,
        language: "rust",
        library: runner.library.name(),
        library_version: runner.library.version(),
        accepted: verdict.is_ok(),
        digest: verdict.as_ref().ok().map(|d| hex(*d)),
        error: verdict.err(),
    }
}

/// The protocol's output object; field order follows PROTOCOL.md. Fields of the other kind
/// of run, and every figure of a failed run, are null.
#[derive(Serialize)]
struct Report {
    protocol: u32,
    runner: &'static str,
    language: &'static str,
    library: &'static str,
    library_version: &'static str,
    mode: &'static str,
    measure: &'static str,
    status: &'static str,
    reason: Option<String>,
    iterations: u64,
    warmup: u64,
    elapsed_ns: Option<u64>,
    cpu_ns: Option<u64>,
    runtime_rss_bytes: Option<u64>,
    peak_rss_bytes: Option<u64>,
    peak_rss_scope: Option<&'static str>,
    gc_count: Option<u64>,
    gc_pause_ms: Option<f64>,
    allocs_total: Option<u64>,
    alloc_bytes_total: Option<u64>,
    allocs_per_op: Option<f64>,
    alloc_bytes_per_op: Option<f64>,
    allocs_method: Option<&'static str>,
    retained_bytes: Option<u64>,
    retained_copies: Option<u64>,
    digest: Option<String>,
    digest_last: Option<String>,
    digest_ok: bool,
    consumed: Option<u64>,
    notes: Vec<String>,
}

impl Report {
    /// A report with nothing measured yet (what a failed run prints).
    fn new(args: &Args) -> Report {
        let mut notes = args.runner.notes();
        notes.push(BUILD.note());
        notes.push(
            "digest: the first result is the process's first decode (warm-up included)".into(),
        );
        Report {
            protocol: PROTOCOL,
            runner: args.runner.name,
            language: "rust",
            library: args.runner.library.name(),
            library_version: args.runner.library.version(),
            mode: args.mode.as_str(),
            measure: args.measure.as_str(),
            status: "failed",
            reason: None,
            iterations: args.iterations,
            warmup: args.warmup,
            elapsed_ns: None,
            cpu_ns: None,
            runtime_rss_bytes: None,
            peak_rss_bytes: None,
            peak_rss_scope: None,
            gc_count: None,
            gc_pause_ms: None,
            allocs_total: None,
            alloc_bytes_total: None,
            allocs_per_op: None,
            alloc_bytes_per_op: None,
            allocs_method: None,
            retained_bytes: None,
            retained_copies: None,
            digest: None,
            digest_last: None,
            digest_ok: false,
            consumed: None,
            notes,
        }
    }

    fn digests(&mut self, d: &Digests, expect: u64, consumed: u64) {
        let ok = d.first == expect && d.last == expect;
        self.status = if ok { "ok" } else { "wrong" };
        if !ok {
            self.reason = Some(format!(
                "digest {} / last {} differs from expected {}",
                hex(d.first),
                hex(d.last),
                hex(expect)
            ));
        }
        self.digest = Some(hex(d.first));
        self.digest_last = Some(hex(d.last));
        self.digest_ok = ok;
        self.consumed = Some(consumed);
    }

    fn timed(&mut self, t: Timed, expect: u64) {
        self.digests(&t.digests, expect, t.consumed);
        self.elapsed_ns = Some(t.elapsed_ns);
        self.cpu_ns = t.cpu_ns;
        self.runtime_rss_bytes = t.runtime_rss_bytes;
        self.peak_rss_bytes = t.peak_rss_bytes;
        self.peak_rss_scope = Some(t.peak_rss_scope.as_str());
    }

    fn counted(&mut self, c: Counted, expect: u64, retain_copies: u64) {
        self.digests(&c.digests, expect, c.consumed);
        let n = self.iterations as f64;
        self.allocs_total = Some(c.allocs.count);
        self.alloc_bytes_total = Some(c.allocs.bytes);
        self.allocs_per_op = Some(c.allocs.count as f64 / n);
        self.alloc_bytes_per_op = Some(c.allocs.bytes as f64 / n);
        self.allocs_method = Some(ALLOCS_METHOD);
        self.retained_bytes = Some(c.retained_bytes);
        self.retained_copies = Some(retain_copies);
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
    let (decoder, mode) = (args.runner.decoder, args.mode);
    let outcome = match args.measure {
        Measure::Time => {
            let run = TimeRun {
                iterations: args.iterations,
                warmup: args.warmup,
            };
            dispatch(decoder, mode, &input, run).map(|t| report.timed(t, args.expect_digest))
        }
        Measure::Count if !counting_active() => {
            Err("the counting global allocator is not installed".to_string())
        }
        Measure::Count => {
            let run = CountRun {
                iterations: args.iterations,
                warmup: args.warmup,
                retain_copies: args.retain_copies,
            };
            dispatch(decoder, mode, &input, run)
                .map(|c| report.counted(c, args.expect_digest, args.retain_copies))
        }
    };
    if let Err(reason) = outcome {
        report.reason = Some(reason);
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

/// Runs the command line of `binary` and returns its exit code (compare/PROTOCOL.md).
pub fn main(binary: Binary) -> ExitCode {
    let name = binary.name();
    if let Some(feature) = cpu_lacks_compiled_features() {
        eprintln!("{name}: built with target feature {feature}, which this CPU lacks");
        return ExitCode::from(3);
    }
    match parse_args(binary, std::env::args().skip(1)) {
        Err(message) => {
            eprintln!("{name}: {message}\n{}", usage(binary));
            ExitCode::from(2)
        }
        Ok(Command::Help) => {
            println!("{}", usage(binary));
            ExitCode::SUCCESS
        }
        Ok(Command::List) => print_json(&list()),
        Ok(Command::Validate { runner, fixture }) => match std::fs::read(&fixture) {
            Ok(input) => print_json(&validate(runner, &input)),
            Err(e) => {
                eprintln!("{name}: cannot read {fixture}: {e}");
                ExitCode::from(1)
            }
        },
        Ok(Command::Run(args)) => print_json(&measure(&args)),
    }
}
