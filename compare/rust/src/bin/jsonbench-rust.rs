//! The timing binary: no counting allocator, so the timed loop runs on `System` as a
//! user's program would. Refuses `--measure count`.

fn main() -> std::process::ExitCode {
    jsonbench_rust::cli::main(jsonbench_rust::cli::Binary::Timing)
}
