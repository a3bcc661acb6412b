//! jsonbench Rust runner: the decoders, the digest and the measuring tools, shared by the
//! two binaries of the crate. `jsonbench-rust` times (plain system allocator);
//! `jsonbench-rust-count` installs [`alloc::CountingAlloc`] and counts. See
//! compare/PROTOCOL.md.

pub mod alloc;
pub mod build_info;
pub mod cli;
pub mod digest;
pub mod measure;
pub mod model;
pub mod runners;
pub mod runs;
