//! The counting binary: every allocation of the process goes through the counting
//! allocator. Nothing is timed here; it refuses `--measure time`.

use jsonbench_rust::alloc::CountingAlloc;

#[global_allocator]
static ALLOCATOR: CountingAlloc = CountingAlloc;

fn main() -> std::process::ExitCode {
    jsonbench_rust::cli::main(jsonbench_rust::cli::Binary::Counting)
}
