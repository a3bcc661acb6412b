//! The contestants of this build, their decoders and the consume step.

use crate::digest::Digest;
use crate::model::{ApiResponse, BorrowedApiResponse};
use sonic_rs::{JsonContainerTrait, JsonValueTrait};
use std::fmt::Display;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Library {
    SerdeJson,
    SonicRs,
}

impl Library {
    pub fn name(self) -> &'static str {
        match self {
            Library::SerdeJson => "serde_json",
            Library::SonicRs => "sonic-rs",
        }
    }

    /// The version linked, as Cargo.lock pins it.
    pub fn version(self) -> &'static str {
        match self {
            Library::SerdeJson => env!("JSONBENCH_SERDE_JSON_VERSION"),
            Library::SonicRs => env!("JSONBENCH_SONIC_RS_VERSION"),
        }
    }
}

/// How a runner decodes: which model it fills in typed mode and which tree in tree mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decoder {
    /// `ApiResponse` (owned strings, metadata `serde_json::Value`); tree `serde_json::Value`.
    SerdeOwned,
    /// `BorrowedApiResponse` (`Cow<str>` borrowed unless escaped); no tree of its own.
    SerdeBorrowed,
    /// `ApiResponse<sonic_rs::Value>`; tree `sonic_rs::Value`.
    Sonic,
}

pub struct Runner {
    pub name: &'static str,
    pub library: Library,
    pub decoder: Decoder,
    pub modes: &'static [Mode],
    /// In the default run; false for a variant of a library another runner measures.
    pub default_run: bool,
    /// One line saying how the library is used (compare/runners.json repeats it).
    pub configuration: &'static str,
    /// What qualifies its figures, printed in every run's `notes`.
    pub model_note: &'static str,
}

const BOTH: &[Mode] = &[Mode::Typed, Mode::Tree];

/// The runners of the default build. serde_json's `float_roundtrip` feature would change
/// every serde_json runner of a build, so the correctly rounded one has a build of its own.
#[cfg(not(feature = "float-roundtrip"))]
pub const RUNNERS: &[Runner] = &[
    Runner {
        name: "serde-json-owned",
        library: Library::SerdeJson,
        decoder: Decoder::SerdeOwned,
        modes: BOTH,
        default_run: true,
        configuration: "serde_json::from_slice into owned String/Vec<String>, \
                        metadata serde_json::Value; tree: serde_json::Value",
        model_note: "typed: String, Vec<String>, metadata serde_json::Value (owned); \
                     tree: serde_json::Value (BTreeMap objects, default features)",
    },
    Runner {
        name: "serde-json-borrowed",
        library: Library::SerdeJson,
        decoder: Decoder::SerdeBorrowed,
        modes: &[Mode::Typed],
        default_run: false,
        configuration: "serde_json::from_slice with Cow<str> borrowed unless escaped, \
                        metadata owned serde_json::Value",
        model_note: "typed: Cow<str> status/name/tags borrowed from the input unless escaped \
                     (tags through a #[serde(borrow)] newtype), metadata serde_json::Value (owned)",
    },
    Runner {
        name: "sonic-rs",
        library: Library::SonicRs,
        decoder: Decoder::Sonic,
        modes: BOTH,
        default_run: true,
        configuration: "sonic_rs::from_slice into the owned model, metadata sonic_rs::Value; \
                        tree: sonic_rs::Value",
        model_note: "typed: String, Vec<String>, metadata sonic_rs::Value; tree: sonic_rs::Value",
    },
];

#[cfg(feature = "float-roundtrip")]
pub const RUNNERS: &[Runner] = &[Runner {
    name: "serde-json-roundtrip",
    library: Library::SerdeJson,
    decoder: Decoder::SerdeOwned,
    modes: BOTH,
    default_run: false,
    configuration: "as serde-json-owned, built with serde_json's float_roundtrip feature \
                    (correctly rounded floats)",
    model_note: "typed: String, Vec<String>, metadata serde_json::Value (owned); \
                 tree: serde_json::Value; serde_json feature float_roundtrip",
}];

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

impl Runner {
    /// What qualifies this runner's figures, for the protocol's `notes`.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = vec![self.model_note.to_string()];
        if self.library == Library::SonicRs {
            notes.push(if SONIC_SIMD {
                "sonic-rs SIMD parser compiled in (target features avx2+pclmulqdq)".into()
            } else {
                "sonic-rs SIMD parser NOT compiled in: scalar fallback \
                 (build from compare/rust so .cargo/config.toml applies)"
                    .into()
            });
        }
        notes
    }

    /// The decoder `--validate` uses: the runner's own tree, or its library's default tree
    /// when the runner has no tree mode (serde-json-borrowed: `serde_json::Value`).
    pub fn tree_decoder(&self) -> Decoder {
        match self.decoder {
            Decoder::SerdeBorrowed => Decoder::SerdeOwned,
            d => d,
        }
    }
}

/// One piece of work done with a decoder: a time run, a count run, a validation. Generic
/// over the decoded type so every loop is monomorphised for it (no dynamic dispatch inside
/// a measured loop).
pub trait Workload {
    type Output;
    fn run<'a>(self, input: &'a [u8], decode: impl Decode<'a>) -> Self::Output;
}

/// A decoder of this build: a function from the input bytes to a value the protocol can
/// digest and consume, or to the library's error.
pub trait Decode<'a> {
    type Value: Digest + Consume;
    type Error: Display;
    fn decode(&self, input: &'a [u8]) -> Result<Self::Value, Self::Error>;
}

impl<'a, F, T, E> Decode<'a> for F
where
    F: Fn(&'a [u8]) -> Result<T, E>,
    T: Digest + Consume,
    E: Display,
{
    type Value = T;
    type Error = E;

    fn decode(&self, input: &'a [u8]) -> Result<T, E> {
        self(input)
    }
}

/// Runs `work` with the decoder for `mode`. Panics for a mode the decoder lacks (callers
/// check `Runner::modes`).
pub fn dispatch<W: Workload>(decoder: Decoder, mode: Mode, input: &[u8], work: W) -> W::Output {
    match (decoder, mode) {
        (Decoder::SerdeOwned, Mode::Typed) => {
            work.run(input, serde_json::from_slice::<ApiResponse>)
        }
        (Decoder::SerdeOwned, Mode::Tree) => {
            work.run(input, serde_json::from_slice::<serde_json::Value>)
        }
        (Decoder::SerdeBorrowed, Mode::Typed) => {
            work.run(input, serde_json::from_slice::<BorrowedApiResponse>)
        }
        (Decoder::Sonic, Mode::Typed) => {
            work.run(input, sonic_rs::from_slice::<ApiResponse<sonic_rs::Value>>)
        }
        (Decoder::Sonic, Mode::Tree) => work.run(input, sonic_rs::from_slice::<sonic_rs::Value>),
        (decoder, mode) => panic!("{decoder:?} has no {} mode", mode.as_str()),
    }
}

/// The consume step of compare/PROTOCOL.md: a cheap value read from every result so that
/// no decode is dead code. String lengths are UTF-8 bytes (Rust's unit).
pub trait Consume {
    fn consume(&self) -> u64;
}

/// typed: `len(items) + len(items[0].name)`.
fn consume_typed(items: usize, first_name: Option<&str>) -> u64 {
    (items + first_name.map_or(0, str::len)) as u64
}

impl<M> Consume for ApiResponse<M> {
    fn consume(&self) -> u64 {
        consume_typed(
            self.items.len(),
            self.items.first().map(|i| i.name.as_str()),
        )
    }
}

impl Consume for BorrowedApiResponse<'_> {
    fn consume(&self) -> u64 {
        consume_typed(self.items.len(), self.items.first().map(|i| &*i.name))
    }
}

/// The read-only view of an untyped tree the tree consume step needs.
trait Tree: Sized {
    /// Members of an object, elements of an array, length of a string, 0 for null, else 1.
    fn size(&self) -> usize;
    fn member(&self, name: &str) -> Option<&Self>;
    /// The element count and first element, if this is an array.
    fn array(&self) -> Option<(usize, Option<&Self>)>;
    fn str(&self) -> Option<&str>;
}

/// tree: `size(root) + len(items) + len(items[0].name)`, `items` being root's member
/// "items" when it is an array.
fn consume_tree<V: Tree>(root: &V) -> u64 {
    let (items, first) = root.member("items").and_then(V::array).unwrap_or((0, None));
    let name = first.and_then(|i| i.member("name")).and_then(V::str);
    (root.size() + items + name.map_or(0, str::len)) as u64
}

impl Tree for serde_json::Value {
    fn size(&self) -> usize {
        use serde_json::Value;
        match self {
            Value::Null => 0,
            Value::Object(m) => m.len(),
            Value::Array(a) => a.len(),
            Value::String(s) => s.len(),
            Value::Bool(_) | Value::Number(_) => 1,
        }
    }

    fn member(&self, name: &str) -> Option<&Self> {
        self.as_object()?.get(name)
    }

    fn array(&self) -> Option<(usize, Option<&Self>)> {
        self.as_array().map(|a| (a.len(), a.first()))
    }

    fn str(&self) -> Option<&str> {
        self.as_str()
    }
}

impl Tree for sonic_rs::Value {
    fn size(&self) -> usize {
        if let Some(o) = self.as_object() {
            o.len()
        } else if let Some(a) = self.as_array() {
            a.len()
        } else if let Some(s) = self.as_str() {
            s.len()
        } else if self.is_null() {
            0
        } else {
            1
        }
    }

    fn member(&self, name: &str) -> Option<&Self> {
        self.as_object()?.get(&name)
    }

    fn array(&self) -> Option<(usize, Option<&Self>)> {
        self.as_array().map(|a| (a.len(), a.first()))
    }

    fn str(&self) -> Option<&str> {
        self.as_str()
    }
}

impl Consume for serde_json::Value {
    fn consume(&self) -> u64 {
        consume_tree(self)
    }
}

impl Consume for sonic_rs::Value {
    fn consume(&self) -> u64 {
        consume_tree(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> (u64, u64) {
        let serde: serde_json::Value = serde_json::from_str(text).unwrap();
        let sonic: sonic_rs::Value = sonic_rs::from_str(text).unwrap();
        (serde.consume(), sonic.consume())
    }

    #[test]
    fn tree_consume_follows_the_protocol() {
        // root size 2 (members), 2 items, first name "é!" is 3 UTF-8 bytes.
        assert_eq!(both(r#"{"items":[{"name":"é!"},1],"x":null}"#), (7, 7));
        // items not an array, first item not an object, name not a string: those parts are 0.
        assert_eq!(both(r#"{"items":{"name":"abc"}}"#), (1, 1));
        assert_eq!(both(r#"{"items":["abc"]}"#), (2, 2));
        assert_eq!(both(r#"{"items":[{"name":5}]}"#), (2, 2));
        assert_eq!(both(r#"{"items":[]}"#), (1, 1));
        // Any other root: its size only.
        assert_eq!(both(r#"[{"items":[1,2]}]"#), (1, 1));
        assert_eq!(both(r#""abcd""#), (4, 4));
        assert_eq!(both("12.5"), (1, 1));
        assert_eq!(both("true"), (1, 1));
        assert_eq!(both("null"), (0, 0));
        assert_eq!(both("{}"), (0, 0));
    }

    #[test]
    fn typed_consume_follows_the_protocol() {
        let text = r#"{"status":"ok","total":2,"items":[
            {"id":1,"name":"a\"é","tags":[],"metadata":null},
            {"id":2,"name":"zz","tags":[],"metadata":null}]}"#;
        let owned: ApiResponse = serde_json::from_str(text).unwrap();
        let borrowed: BorrowedApiResponse = serde_json::from_str(text).unwrap();
        let sonic: ApiResponse<sonic_rs::Value> = sonic_rs::from_str(text).unwrap();
        // 2 items + `a"é` (4 UTF-8 bytes)
        assert_eq!(owned.consume(), 6);
        assert_eq!(borrowed.consume(), 6);
        assert_eq!(sonic.consume(), 6);
        let empty: ApiResponse =
            serde_json::from_str(r#"{"status":"","total":0,"items":[]}"#).unwrap();
        assert_eq!(empty.consume(), 0);
    }
}
