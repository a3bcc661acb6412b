//! jsonbench Rust runner: the decoders, the digest and the measuring tools.
//! `main.rs` holds the command line and the protocol output; it also installs the
//! counting allocator, which a library cannot do for its users.

pub mod digest;
pub mod measure;
pub mod model;
pub mod runners;
