//! The contestants and the measured loop they share (compare/PROTOCOL.md, "The measured work").

use crate::digest::{Digest, digest};
use crate::measure::{
    AllocCounts, Instant, PeakScope, peak_rss_bytes, reset_peak_rss, thread_cpu_ns,
};
use crate::model::{ApiResponse, BorrowedApiResponse};
use sonic_rs::{JsonContainerTrait, JsonValueTrait};
use std::fmt::Display;
use std::hint::black_box;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Typed,
    Tree,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "typed" => Some(Mode::Typed),
            "tree" => Some(Mode::Tree),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Typed => "typed",
            Mode::Tree => "tree",
        }
    }
}

pub struct Runner {
    pub name: &'static str,
    pub library: &'static str,
    pub library_version: &'static str,
    pub modes: &'static [Mode],
}

const SERDE_JSON_VERSION: &str = env!("JSONBENCH_SERDE_JSON_VERSION");
const SONIC_RS_VERSION: &str = env!("JSONBENCH_SONIC_RS_VERSION");

pub const RUNNERS: &[Runner] = &[
    Runner {
        name: "serde-json-owned",
        library: "serde_json",
        library_version: SERDE_JSON_VERSION,
        modes: &[Mode::Typed, Mode::Tree],
    },
    Runner {
        name: "serde-json-borrowed",
        library: "serde_json",
        library_version: SERDE_JSON_VERSION,
        modes: &[Mode::Typed],
    },
    Runner {
        name: "sonic-rs",
        library: "sonic-rs",
        library_version: SONIC_RS_VERSION,
        modes: &[Mode::Typed, Mode::Tree],
    },
];

pub fn find(name: &str) -> Option<&'static Runner> {
    RUNNERS.iter().find(|r| r.name == name)
}

/// Whether sonic-rs was built with its SIMD parser: it picks it at compile time
/// (all of avx2, pclmulqdq, sse2 on x86_64, or neon on aarch64), else a scalar fallback.
pub const SONIC_SIMD: bool = cfg!(any(
    all(
        target_arch = "x86_64",
        target_feature = "avx2",
        target_feature = "pclmulqdq",
        target_feature = "sse2"
    ),
    all(target_arch = "aarch64", target_feature = "neon")
));

/// What qualifies this runner's figures, for the protocol's `notes`.
pub fn notes(runner: &Runner, mode: Mode) -> Vec<String> {
    let model = match (runner.name, mode) {
        ("serde-json-owned", Mode::Typed) => {
            "model: String, Vec<String>, metadata serde_json::Value (owned)"
        }
        ("serde-json-borrowed", Mode::Typed) => {
            "model: Cow<str> status/name/tags borrowed from the input unless escaped \
             (tags through a #[serde(borrow)] newtype), metadata serde_json::Value (owned)"
        }
        ("sonic-rs", Mode::Typed) => "model: String, Vec<String>, metadata sonic_rs::Value",
        ("sonic-rs", Mode::Tree) => "tree: sonic_rs::Value",
        _ => "tree: serde_json::Value (BTreeMap objects, default features)",
    };
    let mut notes = vec![model.to_string()];
    if runner.library == "sonic-rs" {
        notes.push(if SONIC_SIMD {
            "sonic-rs SIMD parser compiled in (target features avx2+pclmulqdq)".into()
        } else {
            "sonic-rs SIMD parser NOT compiled in: scalar fallback \
             (build from compare/rust so .cargo/config.toml applies)"
                .into()
        });
    }
    notes.push(format!(
        "{}, release profile, target features avx2={} pclmulqdq={}",
        env!("JSONBENCH_RUSTC_VERSION"),
        cfg!(target_feature = "avx2"),
        cfg!(target_feature = "pclmulqdq"),
    ));
    notes.push(
        "digest: first result is the first warm-up decode (first timed one if warmup 0)".into(),
    );
    notes
}

/// The cheap per-decode consumption: item count plus the length of the first name.
pub trait Consume {
    fn consume(&self) -> u64;
}

impl<M> Consume for ApiResponse<M> {
    fn consume(&self) -> u64 {
        let first = self.items.first().map_or(0, |i| i.name.len());
        (self.items.len() + first) as u64
    }
}

impl Consume for BorrowedApiResponse<'_> {
    fn consume(&self) -> u64 {
        let first = self.items.first().map_or(0, |i| i.name.len());
        (self.items.len() + first) as u64
    }
}

impl Consume for serde_json::Value {
    fn consume(&self) -> u64 {
        let items = self.get("items").and_then(|v| v.as_array());
        let len = items.map_or(0, |a| a.len());
        let first = items
            .and_then(|a| a.first())
            .and_then(|i| i.get("name"))
            .and_then(|n| n.as_str())
            .map_or(0, str::len);
        (len + first) as u64
    }
}

impl Consume for sonic_rs::Value {
    fn consume(&self) -> u64 {
        let items = self.get("items").and_then(|v| v.as_array());
        let len = items.map_or(0, |a| a.len());
        let first = items
            .and_then(|a| a.first())
            .and_then(|i| i.get("name"))
            .and_then(|n| n.as_str())
            .map_or(0, str::len);
        (len + first) as u64
    }
}

/// The figures of one run.
#[derive(Debug)]
pub struct Measured {
    pub elapsed_ns: u64,
    pub allocs: AllocCounts,
    pub peak_rss_bytes: Option<u64>,
    pub peak_rss_scope: PeakScope,
    /// CPU time of this thread during the timed loop.
    pub cpu_ns: Option<u64>,
    pub digest_first: u64,
    pub digest_last: u64,
    pub consumed: u64,
}

/// Runs `runner` in `mode` over `input`. `Err` carries the reason a decode failed.
/// Panics if the runner does not offer the mode (the caller checks `modes`).
pub fn run(
    runner: &Runner,
    mode: Mode,
    input: &[u8],
    iterations: u64,
    warmup: u64,
) -> Result<Measured, String> {
    match (runner.name, mode) {
        ("serde-json-owned", Mode::Typed) => measure(input, iterations, warmup, |b| {
            serde_json::from_slice::<ApiResponse>(b)
        }),
        ("serde-json-owned", Mode::Tree) => measure(input, iterations, warmup, |b| {
            serde_json::from_slice::<serde_json::Value>(b)
        }),
        ("serde-json-borrowed", Mode::Typed) => measure(input, iterations, warmup, |b| {
            serde_json::from_slice::<BorrowedApiResponse>(b)
        }),
        ("sonic-rs", Mode::Typed) => measure(input, iterations, warmup, |b| {
            sonic_rs::from_slice::<ApiResponse<sonic_rs::Value>>(b)
        }),
        ("sonic-rs", Mode::Tree) => measure(input, iterations, warmup, |b| {
            sonic_rs::from_slice::<sonic_rs::Value>(b)
        }),
        (name, mode) => panic!("runner {name} has no {} mode", mode.as_str()),
    }
}

/// Warm-up, then the timed loop between two readings of the clock and the allocation
/// counters. Every decode is a fresh call on the same bytes, as a user would write it.
fn measure<'a, T, E>(
    input: &'a [u8],
    iterations: u64,
    warmup: u64,
    decode: impl Fn(&'a [u8]) -> Result<T, E>,
) -> Result<Measured, String>
where
    T: Digest + Consume,
    E: Display,
{
    let failed = |e: E| format!("decode failed: {e}");
    let mut consumed = 0u64;
    let mut first: Option<T> = None;
    for _ in 0..warmup {
        let v = decode(black_box(input)).map_err(failed)?;
        consumed = consumed.wrapping_add(black_box(v.consume()));
        if first.is_none() {
            first = Some(v);
        }
    }

    let peak_rss_scope = reset_peak_rss();
    let before = AllocCounts::now();
    let cpu_before = thread_cpu_ns();
    let start = Instant::now();
    let mut last: Option<T> = None;
    for _ in 0..iterations {
        let v = decode(black_box(input)).map_err(failed)?;
        consumed = consumed.wrapping_add(black_box(v.consume()));
        if first.is_none() {
            first = Some(v);
        } else {
            last = Some(v); // drops the previous result, as a loop body would
        }
    }
    let elapsed = start.elapsed();
    let cpu_ns = thread_cpu_ns().zip(cpu_before).map(|(b, a)| b - a);
    let allocs = AllocCounts::now().since(before);
    let peak = peak_rss_bytes();

    let first = first.ok_or("no decode ran (iterations and warmup are 0)")?;
    let digest_first = digest(&first);
    let digest_last = last.as_ref().map_or(digest_first, digest);
    Ok(Measured {
        elapsed_ns: u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX),
        allocs,
        peak_rss_bytes: peak,
        peak_rss_scope,
        cpu_ns,
        digest_first,
        digest_last,
        consumed: black_box(consumed),
    })
}
