//! The measured work of compare/PROTOCOL.md: the time run, the count run, and `--validate`.

use crate::alloc::{AllocCounts, live_bytes};
use crate::digest::{Digest, digest};
use crate::measure::{
    Instant, PeakScope, peak_rss_bytes, reset_peak_rss, rss_bytes, thread_cpu_ns,
};
use crate::runners::{Consume, Decode, Workload};
use std::fmt::Display;
use std::hint::black_box;

/// Digests of the process's first decoded result and of the loop's last one.
#[derive(Debug)]
pub struct Digests {
    pub first: u64,
    pub last: u64,
}

/// `--measure time`: W warm-up decodes, then N decodes between two readings of the
/// monotonic and the thread CPU clock. Nothing else happens in between.
pub struct TimeRun {
    pub iterations: u64,
    pub warmup: u64,
}

#[derive(Debug)]
pub struct Timed {
    pub elapsed_ns: u64,
    pub cpu_ns: Option<u64>,
    /// Resident set after start-up and setup, before the first decode.
    pub runtime_rss_bytes: Option<u64>,
    pub peak_rss_bytes: Option<u64>,
    pub peak_rss_scope: PeakScope,
    pub digests: Digests,
    pub consumed: u64,
}

/// `--measure count`: W warm-up decodes, then N decodes between two readings of the
/// counting allocator, then `retain_copies` results held at once to see what one keeps.
pub struct CountRun {
    pub iterations: u64,
    pub warmup: u64,
    pub retain_copies: u64,
}

#[derive(Debug)]
pub struct Counted {
    pub allocs: AllocCounts,
    /// Live bytes one result keeps, averaged over the copies held.
    pub retained_bytes: u64,
    pub digests: Digests,
    pub consumed: u64,
}

/// `--validate`: one tree decode; `Err` holds the library's message.
pub struct Validate;

fn decode_failed(e: impl Display) -> String {
    format!("decode failed: {e}")
}

/// Decodes `n` times, each a fresh call on the same bytes, consuming every result. Keeps the
/// first result in `first` if it is empty and returns the last one (each result is dropped
/// when the next arrives, as in a loop body) with the sum of the consume step.
fn decode_loop<'a, D: Decode<'a>>(
    input: &'a [u8],
    decode: &D,
    n: u64,
    first: &mut Option<D::Value>,
) -> Result<(Option<D::Value>, u64), String> {
    let mut consumed = 0u64;
    let mut last = None;
    for _ in 0..n {
        let v = decode.decode(black_box(input)).map_err(decode_failed)?;
        consumed = consumed.wrapping_add(black_box(v.consume()));
        if first.is_none() {
            *first = Some(v);
        } else {
            last = Some(v);
        }
    }
    Ok((last, consumed))
}

fn digests<T: Digest>(first: Option<T>, last: Option<T>) -> Result<Digests, String> {
    let first = first.ok_or("no decode ran (iterations and warmup are 0)")?;
    let digest_first = digest(&first);
    Ok(Digests {
        first: digest_first,
        last: last.as_ref().map_or(digest_first, digest),
    })
}

impl Workload for TimeRun {
    type Output = Result<Timed, String>;

    fn run<'a>(self, input: &'a [u8], decode: impl Decode<'a>) -> Self::Output {
        let runtime_rss_bytes = rss_bytes();
        let mut first = None;
        decode_loop(input, &decode, self.warmup, &mut first)?;

        let peak_rss_scope = reset_peak_rss();
        let cpu_before = thread_cpu_ns();
        let start = Instant::now();
        let (last, consumed) = decode_loop(input, &decode, self.iterations, &mut first)?;
        let elapsed = start.elapsed();
        let cpu_after = thread_cpu_ns();
        let peak_rss_bytes = peak_rss_bytes();

        Ok(Timed {
            elapsed_ns: u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX),
            cpu_ns: cpu_after
                .zip(cpu_before)
                .map(|(after, before)| after - before),
            runtime_rss_bytes,
            peak_rss_bytes,
            peak_rss_scope,
            digests: digests(first, last)?,
            consumed,
        })
    }
}

impl Workload for CountRun {
    type Output = Result<Counted, String>;

    fn run<'a>(self, input: &'a [u8], decode: impl Decode<'a>) -> Self::Output {
        let mut first = None;
        decode_loop(input, &decode, self.warmup, &mut first)?;

        let before = AllocCounts::now();
        let (last, consumed) = decode_loop(input, &decode, self.iterations, &mut first)?;
        let allocs = AllocCounts::now().since(before);

        // Room for every copy first, so the holding vector adds nothing to the window.
        let mut held = Vec::with_capacity(self.retain_copies as usize);
        let live_before = live_bytes();
        for _ in 0..self.retain_copies {
            held.push(decode.decode(black_box(input)).map_err(decode_failed)?);
        }
        let live_after = live_bytes();
        black_box(&held);
        drop(held);
        let retained = live_after.saturating_sub(live_before) as f64 / self.retain_copies as f64;

        Ok(Counted {
            allocs,
            retained_bytes: retained.round() as u64,
            digests: digests(first, last)?,
            consumed,
        })
    }
}

impl Workload for Validate {
    /// The digest of the accepted value, or the library's message.
    type Output = Result<u64, String>;

    fn run<'a>(self, input: &'a [u8], decode: impl Decode<'a>) -> Self::Output {
        decode
            .decode(input)
            .map(|v| digest(&v))
            .map_err(|e| e.to_string())
    }
}
