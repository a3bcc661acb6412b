//! What the operating system tells about this process: clocks and resident memory.

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

/// `VmHWM` (peak resident set) of this process in bytes.
pub fn peak_rss_bytes() -> Option<u64> {
    status_bytes("VmHWM")
}

/// `VmRSS` (current resident set) of this process in bytes.
pub fn rss_bytes() -> Option<u64> {
    status_bytes("VmRSS")
}

fn status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_status_kib(&status, field)
}

fn parse_status_kib(status: &str, field: &str) -> Option<u64> {
    let rest = status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))?;
    let mut parts = rest.split_whitespace();
    let value: u64 = parts.next()?.parse().ok()?;
    match parts.next() {
        Some("kB") => Some(value * 1024),
        _ => None,
    }
}

/// CPU time this thread has consumed, in ns (`CLOCK_THREAD_CPUTIME_ID`). On a shared
/// machine the wall time of a loop minus its CPU time is time the thread waited for a CPU.
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
    use std::hint::black_box;

    #[test]
    fn parses_status_fields_in_kib() {
        let status = "Name:\tx\nVmPeak:\t  10 kB\nVmHWM:\t    2048 kB\nVmRSS:\t 1 kB\n";
        assert_eq!(parse_status_kib(status, "VmHWM"), Some(2048 * 1024));
        assert_eq!(parse_status_kib(status, "VmRSS"), Some(1024));
        assert_eq!(parse_status_kib("VmRSS: 1 kB\n", "VmHWM"), None);
        assert_eq!(parse_status_kib("VmHWM: 1 pages\n", "VmHWM"), None);
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
    fn reads_own_resident_set() {
        // Linux only, as the protocol is. The peak is never below the current size.
        let rss = rss_bytes().unwrap();
        assert!(rss > 0);
        assert!(peak_rss_bytes().unwrap() >= rss);
    }
}
