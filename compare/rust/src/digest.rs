//! The jsonbench digest (fixtures/DIGEST.md): FNV-1a 64 over a canonical encoding of
//! the decoded value, never of the input bytes.

use crate::model::{ApiResponse, BorrowedApiResponse, BorrowedItem, CowStr, Item};
use sonic_rs::{JsonContainerTrait, JsonValueTrait};
use std::borrow::Cow;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64 fed with the canonical encoding.
pub struct Canon {
    h: u64,
}

impl Default for Canon {
    fn default() -> Self {
        Canon { h: FNV_OFFSET }
    }
}

impl Canon {
    pub fn finish(&self) -> u64 {
        self.h
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.h = (self.h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    fn count(&mut self, tag: u8, n: usize) {
        let n = u32::try_from(n).expect("digest: length does not fit in 4 bytes");
        self.bytes(&[tag]);
        self.bytes(&n.to_le_bytes());
    }

    pub fn null(&mut self) {
        self.bytes(b"n");
    }

    pub fn bool(&mut self, b: bool) {
        self.bytes(if b { b"t" } else { b"f" });
    }

    /// Zero of either sign is written as +0.0.
    pub fn number(&mut self, x: f64) {
        let bits = if x == 0.0 { 0 } else { x.to_bits() };
        self.bytes(b"d");
        self.bytes(&bits.to_le_bytes());
    }

    pub fn string(&mut self, s: &str) {
        self.count(b's', s.len());
        self.bytes(s.as_bytes());
    }

    pub fn array<'v, D, I>(&mut self, items: I)
    where
        D: Digest + ?Sized + 'v,
        I: ExactSizeIterator<Item = &'v D>,
    {
        self.count(b'a', items.len());
        for item in items {
            item.feed(self);
        }
    }

    /// Members in any order; they are sorted by the UTF-8 bytes of their names
    /// (`str`'s `Ord` compares bytes, a prefix first) and for a repeated name the
    /// last one wins.
    pub fn object(&mut self, mut members: Vec<(&str, &dyn Digest)>) {
        members.sort_by(|a, b| a.0.cmp(b.0)); // stable: repeated names keep document order
        let mut distinct: Vec<(&str, &dyn Digest)> = Vec::with_capacity(members.len());
        for m in members {
            match distinct.last_mut() {
                Some(prev) if prev.0 == m.0 => *prev = m,
                _ => distinct.push(m),
            }
        }
        self.count(b'o', distinct.len());
        for (name, value) in distinct {
            self.string(name);
            value.feed(self);
        }
    }
}

/// A decoded value that can be fed to the canonical encoding.
pub trait Digest {
    fn feed(&self, c: &mut Canon);
}

/// The digest of `value`.
pub fn digest<D: Digest + ?Sized>(value: &D) -> u64 {
    let mut c = Canon::default();
    value.feed(&mut c);
    c.finish()
}

/// 16 lowercase hex digits, as printed in the protocol.
pub fn hex(digest: u64) -> String {
    format!("{digest:016x}")
}

impl Digest for str {
    fn feed(&self, c: &mut Canon) {
        c.string(self);
    }
}

impl Digest for String {
    fn feed(&self, c: &mut Canon) {
        c.string(self);
    }
}

impl Digest for Cow<'_, str> {
    fn feed(&self, c: &mut Canon) {
        c.string(self);
    }
}

impl Digest for CowStr<'_> {
    fn feed(&self, c: &mut Canon) {
        c.string(&self.0);
    }
}

/// Integer fields are numbers: the nearest double (`as` rounds to nearest, ties to even).
impl Digest for u64 {
    fn feed(&self, c: &mut Canon) {
        c.number(*self as f64);
    }
}

impl<T: Digest> Digest for [T] {
    fn feed(&self, c: &mut Canon) {
        c.array(self.iter());
    }
}

impl<T: Digest> Digest for Vec<T> {
    fn feed(&self, c: &mut Canon) {
        c.array(self.iter());
    }
}

impl Digest for serde_json::Value {
    fn feed(&self, c: &mut Canon) {
        use serde_json::Value;
        match self {
            Value::Null => c.null(),
            Value::Bool(b) => c.bool(*b),
            // Without arbitrary_precision every Number has an f64 view: floats as
            // parsed, u64/i64 converted with `as` (nearest).
            Value::Number(n) => c.number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => c.string(s),
            Value::Array(items) => c.array(items.iter()),
            Value::Object(map) => c.object(
                map.iter()
                    .map(|(k, v)| (k.as_str(), v as &dyn Digest))
                    .collect(),
            ),
        }
    }
}

impl Digest for sonic_rs::Value {
    fn feed(&self, c: &mut Canon) {
        if let Some(s) = self.as_str() {
            c.string(s);
        } else if self.is_number() {
            c.number(self.as_f64().unwrap_or(f64::NAN));
        } else if let Some(b) = self.as_bool() {
            c.bool(b);
        } else if let Some(items) = self.as_array() {
            c.array(items.iter());
        } else if let Some(obj) = self.as_object() {
            c.object(obj.iter().map(|(k, v)| (k, v as &dyn Digest)).collect());
        } else {
            c.null();
        }
    }
}

/// Typed values are hashed as the object they were decoded from: each field under its
/// own name, which is its JSON name (the models rename nothing).
macro_rules! feed_fields {
    ($($field:ident),+) => {
        fn feed(&self, c: &mut Canon) {
            c.object(vec![$((stringify!($field), &self.$field as &dyn Digest)),+]);
        }
    };
}

impl<M: Digest> Digest for ApiResponse<M> {
    feed_fields!(status, total, items);
}

impl<M: Digest> Digest for Item<M> {
    feed_fields!(id, name, tags, metadata);
}

impl Digest for BorrowedApiResponse<'_> {
    feed_fields!(status, total, items);
}

impl Digest for BorrowedItem<'_> {
    feed_fields!(id, name, tags, metadata);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fnv(bytes: &[u8]) -> u64 {
        let mut c = Canon::default();
        c.bytes(bytes);
        c.finish()
    }

    fn num(x: f64) -> Vec<u8> {
        let mut v = b"d".to_vec();
        v.extend_from_slice(&x.to_bits().to_le_bytes());
        v
    }

    fn s(text: &str) -> Vec<u8> {
        let mut v = b"s".to_vec();
        v.extend_from_slice(&(text.len() as u32).to_le_bytes());
        v.extend_from_slice(text.as_bytes());
        v
    }

    fn sonic(text: &str) -> sonic_rs::Value {
        sonic_rs::from_str(text).unwrap()
    }

    #[test]
    fn fnv1a_64_reference_vectors() {
        assert_eq!(fnv(b""), 0xcbf29ce484222325);
        assert_eq!(fnv(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn scalars() {
        assert_eq!(digest(&json!(null)), fnv(b"n"));
        assert_eq!(digest(&json!(true)), fnv(b"t"));
        assert_eq!(digest(&json!(false)), fnv(b"f"));
        assert_eq!(digest(&json!(1.5)), fnv(&num(1.5)));
        assert_eq!(hex(0x0123), "0000000000000123");
    }

    #[test]
    fn zero_of_either_sign_is_positive_zero() {
        let plus = fnv(&[b'd', 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(digest(&json!(0.0)), plus);
        assert_eq!(digest(&json!(-0.0)), plus);
        assert_eq!(digest(&json!(0)), plus);
        assert_eq!(digest(&0u64), plus);
        assert_eq!(digest(&sonic("-0.0")), plus);
        let parsed: serde_json::Value = serde_json::from_str("-0.0").unwrap();
        assert_eq!(digest(&parsed), plus);
    }

    #[test]
    fn integers_round_to_nearest_double() {
        // 2^53 + 1 is not a double; ties go to even, i.e. 2^53.
        let two53 = 9_007_199_254_740_992.0;
        assert_eq!(digest(&json!(9_007_199_254_740_993u64)), fnv(&num(two53)));
        assert_eq!(digest(&9_007_199_254_740_993u64), fnv(&num(two53)));
        assert_eq!(digest(&json!(-9_007_199_254_740_993i64)), fnv(&num(-two53)));
        assert_eq!(digest(&json!(u64::MAX)), fnv(&num(18446744073709551616.0)));
        assert_eq!(
            digest(&sonic("18446744073709551616")),
            fnv(&num(18446744073709551616.0))
        );
    }

    #[test]
    fn strings_are_length_prefixed_utf8() {
        assert_eq!(digest(&json!("")), fnv(&[b's', 0, 0, 0, 0]));
        assert_eq!(digest(&json!("é")), fnv(&[b's', 2, 0, 0, 0, 0xc3, 0xa9]));
        assert_eq!(digest("é"), digest(&json!("é")));
        // 300 bytes: the length is 4-byte little-endian, not one byte.
        let long = "x".repeat(300);
        assert_eq!(digest(&json!(long)), fnv(&s(&long)));
        assert_eq!(&s(&long)[..5], &[b's', 0x2c, 0x01, 0, 0]);
    }

    #[test]
    fn arrays_are_counted() {
        let mut want = vec![b'a', 2, 0, 0, 0];
        want.extend(num(1.0));
        want.extend(b"n");
        assert_eq!(digest(&json!([1, null])), fnv(&want));
        assert_eq!(digest(&sonic("[1,null]")), fnv(&want));
        assert_eq!(digest(&json!([])), fnv(&[b'a', 0, 0, 0, 0]));
    }

    #[test]
    fn object_members_sorted_by_utf8_bytes() {
        // Expected order: "a" < "ab" (prefix first) < "b" < "z" < "é" (0xC3 > 'z').
        let mut want = vec![b'o', 5, 0, 0, 0];
        for (k, v) in [("a", 1.0), ("ab", 2.0), ("b", 3.0), ("z", 4.0), ("é", 5.0)] {
            want.extend(s(k));
            want.extend(num(v));
        }
        let want = fnv(&want);
        let text = r#"{"é":5,"b":3,"z":4,"ab":2,"a":1}"#;
        // serde_json sorts its maps itself; sonic-rs keeps document order.
        let tree: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(digest(&tree), want);
        assert_eq!(digest(&sonic(text)), want);
    }

    #[test]
    fn repeated_names_count_once_last_wins() {
        let mut c = Canon::default();
        c.object(vec![("a", &1u64), ("b", &2u64), ("a", &3u64)]);
        assert_eq!(c.finish(), digest(&json!({"a": 3, "b": 2})));
    }

    #[test]
    fn nested_object() {
        let mut want = vec![b'o', 1, 0, 0, 0];
        want.extend(s("k"));
        want.extend([b'o', 0, 0, 0, 0]);
        assert_eq!(digest(&json!({"k": {}})), fnv(&want));
    }

    /// The digest of `text` parsed by serde_json, after checking sonic-rs agrees.
    fn parsed(text: &str) -> u64 {
        let tree: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(digest(&tree), digest(&sonic(text)), "{text}");
        digest(&tree)
    }

    #[test]
    fn catches_every_small_change() {
        for (a, b) in [
            ("0.1", "0.10000000000000002"),     // one ulp
            (r#""a\nb""#, r#""anb""#),          // a lost escape
            ("[1,2,3]", "[1,3,2]"),             // a reordered array
            (r#"{"name":1}"#, r#"{"nane":1}"#), // a changed member name
            (r#"{"a":[]}"#, r#"{"a":{}}"#),     // container kind
            (r#"["ab"]"#, r#"["a","b"]"#),      // string boundaries
            (r#"{"a":null}"#, "{}"),            // a member with a null value
        ] {
            assert_ne!(parsed(a), parsed(b), "{a} and {b}");
        }
    }

    #[test]
    fn member_order_does_not_count() {
        assert_eq!(
            parsed(r#"{"a":1,"b":{"y":[true,null],"x":"s"}}"#),
            parsed(r#"{"b":{"x":"s","y":[true,null]},"a":1}"#)
        );
    }

    #[test]
    fn typed_equals_tree_for_complete_document() {
        let text = r#"{"status":"ok","total":2,"items":[
            {"id":1,"name":"a\"b","tags":["x","y\n"],"metadata":{"z":1,"a":[true,null]}},
            {"id":2,"name":"c","tags":[],"metadata":{}}]}"#;
        let tree: serde_json::Value = serde_json::from_str(text).unwrap();
        let owned: ApiResponse = serde_json::from_str(text).unwrap();
        let borrowed: BorrowedApiResponse = serde_json::from_str(text).unwrap();
        let sonic_typed: ApiResponse<sonic_rs::Value> = sonic_rs::from_str(text).unwrap();
        assert_eq!(digest(&owned), digest(&tree));
        assert_eq!(digest(&borrowed), digest(&tree));
        assert_eq!(digest(&sonic_typed), digest(&tree));
        assert_eq!(digest(&sonic(text)), digest(&tree));
    }
}
