//! The counting allocator counts a known workload exactly. One test in this binary, so no
//! other test thread allocates while it counts.

use jsonbench_rust::alloc::{AllocCounts, CountingAlloc, counting_active, live_bytes};
use std::hint::black_box;

#[global_allocator]
static ALLOCATOR: CountingAlloc = CountingAlloc;

#[test]
fn counts_known_workloads_exactly() {
    assert!(counting_active());

    let mut boxes: Vec<Box<[u8; 32]>> = Vec::with_capacity(10);
    let live = live_bytes();
    let before = AllocCounts::now();
    for i in 0..10u8 {
        boxes.push(Box::new([i; 32]));
    }
    let after = AllocCounts::now();
    black_box(&boxes);
    assert_eq!(
        after.since(before),
        AllocCounts {
            count: 10,
            bytes: 320
        }
    );
    assert_eq!(live_bytes() - live, 320);

    // Nothing allocated: nothing counted (frees are not allocations), but they are no
    // longer live.
    let before = AllocCounts::now();
    drop(black_box(boxes));
    assert_eq!(
        AllocCounts::now().since(before),
        AllocCounts { count: 0, bytes: 0 }
    );
    assert_eq!(
        live_bytes(),
        live - 10 * std::mem::size_of::<Box<[u8; 32]>>() as u64
    );

    // alloc_zeroed counts like alloc.
    let live = live_bytes();
    let before = AllocCounts::now();
    let zeroed = black_box(vec![0u8; 100]);
    assert_eq!(
        AllocCounts::now().since(before),
        AllocCounts {
            count: 1,
            bytes: 100
        }
    );
    assert_eq!(live_bytes() - live, 100);
    drop(zeroed);
    assert_eq!(live_bytes(), live);

    // realloc counts as one allocation of the new size; live bytes grow by the difference
    // and shrink with it.
    let mut grown: Vec<u8> = Vec::with_capacity(16);
    black_box(&mut grown);
    let live = live_bytes();
    let before = AllocCounts::now();
    grown.reserve_exact(64);
    black_box(&grown);
    assert_eq!(
        AllocCounts::now().since(before),
        AllocCounts {
            count: 1,
            bytes: 64
        }
    );
    assert_eq!(live_bytes() - live, 48);
    grown.shrink_to(8);
    black_box(&grown);
    assert_eq!(live - live_bytes(), 8);
}
