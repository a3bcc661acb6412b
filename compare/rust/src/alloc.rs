//! The counting global allocator of the count binary (`jsonbench-rust-count`). The timing
//! binary does not install it, so its timed loop runs on the plain system allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);
/// Requested bytes allocated and not yet freed. Every block of the process goes through the
/// allocator once installed, so this never goes below zero.
static LIVE: AtomicU64 = AtomicU64::new(0);

/// Wraps the system allocator; counts every allocation and its requested size, and tracks
/// the bytes still live. Install with
/// `#[global_allocator] static A: CountingAlloc = CountingAlloc;`.
/// Relaxed is enough: the counters are read on the thread that did the work.
pub struct CountingAlloc;

#[inline]
fn record(bytes: usize) {
    ALLOCS.fetch_add(1, Relaxed);
    BYTES.fetch_add(bytes as u64, Relaxed);
    LIVE.fetch_add(bytes as u64, Relaxed);
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
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(new_size as u64, Relaxed);
        if new_size >= layout.size() {
            LIVE.fetch_add((new_size - layout.size()) as u64, Relaxed);
        } else {
            LIVE.fetch_sub((layout.size() - new_size) as u64, Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as u64, Relaxed);
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

/// Requested bytes currently allocated through [`CountingAlloc`].
pub fn live_bytes() -> u64 {
    LIVE.load(Relaxed)
}

/// True when [`CountingAlloc`] is the global allocator of this process: without it
/// the counters stay at zero and would report a false "0 allocations".
pub fn counting_active() -> bool {
    let before = AllocCounts::now().count;
    drop(black_box(Box::new(black_box(0u64))));
    AllocCounts::now().count > before
}
