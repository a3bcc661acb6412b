//! Allocation counter, clock and peak resident memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

/// Wraps the system allocator and counts every allocation and its requested size.
/// Install with `#[global_allocator] static A: CountingAlloc = CountingAlloc;`.
/// Relaxed is enough: the counters are read on the thread that did the work.
pub struct CountingAlloc;

#[inline]
fn record(bytes: usize) {
    ALLOCS.fetch_add(1, Relaxed);
    BYTES.fetch_add(bytes as u64, Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; only counters are added.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    // A growing Vec or String reallocates: count it as one allocation of the new size,
    // which is what a user pays for (the old block is released).
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// Allocations and bytes counted so far by [`CountingAlloc`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocCounts {
    pub count: u64,
    pub bytes: u64,
}

impl AllocCounts {
    pub fn now() -> Self {
        AllocCounts {
            count: ALLOCS.load(Relaxed),
            bytes: BYTES.load(Relaxed),
        }
    }

    pub fn since(self, earlier: AllocCounts) -> AllocCounts {
        AllocCounts {
            count: self.count - earlier.count,
            bytes: self.bytes - earlier.bytes,
        }
    }
}

/// True when [`CountingAlloc`] is the global allocator of this process: without it
/// the counters stay at zero and would report a false "0 allocations".
pub fn counting_active() -> bool {
    let before = AllocCounts::now().count;
    drop(black_box(Box::new(black_box(0u64))));
    AllocCounts::now().count > before
}

/// Monotonic clock (CLOCK_MONOTONIC on Linux).
pub use std::time::Instant;

/// Whose peak `VmHWM` describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeakScope {
    /// The high-water mark was reset just before the timed loop.
    Loop,
    /// The reset was refused: the peak covers the whole process.
    Process,
}

impl PeakScope {
    pub fn as_str(self) -> &'static str {
        match self {
            PeakScope::Loop => "loop",
            PeakScope::Process => "process",
        }
    }
}

/// Resets the kernel's resident-set high-water mark (`echo 5 > /proc/self/clear_refs`).
pub fn reset_peak_rss() -> PeakScope {
    match std::fs::write("/proc/self/clear_refs", "5") {
        Ok(()) => PeakScope::Loop,
        Err(_) => PeakScope::Process,
    }
}

/// `VmHWM` of this process in bytes, if `/proc/self/status` has it.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_vm_hwm(&status)
}

fn parse_vm_hwm(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let mut parts = line["VmHWM:".len()..].split_whitespace();
    let value: u64 = parts.next()?.parse().ok()?;
    match parts.next() {
        Some("kB") => Some(value * 1024),
        _ => None,
    }
}

/// CPU time this thread has consumed, in ns (`CLOCK_THREAD_CPUTIME_ID`). On a shared
/// machine `elapsed_ns` minus the loop's CPU time is what other processes took.
/// (`/proc/thread-self/schedstat` would do without FFI but only advances at scheduler
/// ticks, so short loops read 0.)
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
pub fn thread_cpu_ns() -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec of the 64-bit Linux layout; libc only writes it.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    (rc == 0).then(|| ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
pub fn thread_cpu_ns() -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_vm_hwm_in_kib() {
        let status = "Name:\tx\nVmPeak:\t  10 kB\nVmHWM:\t    2048 kB\nVmRSS:\t 1 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(2048 * 1024));
        assert_eq!(parse_vm_hwm("VmRSS: 1 kB\n"), None);
    }

    #[test]
    fn thread_cpu_time_advances() {
        let before = thread_cpu_ns().unwrap();
        let mut x = 0u64;
        while thread_cpu_ns().unwrap() < before + 1_000_000 {
            x = black_box(x + 1);
        }
        assert!(x > 0);
    }

    #[test]
    fn reads_own_peak() {
        // Linux only, as the protocol is.
        assert!(peak_rss_bytes().unwrap() > 0);
    }
}
