//! The fixture's digest, computed from every decoded model, equals DIGEST.md's.

mod common;

use jsonbench_rust::digest::{digest, hex};
use jsonbench_rust::model::{ApiResponse, BorrowedApiResponse};

#[test]
fn expected_digest_is_published() {
    // Guards the DIGEST.md parsing below against picking up some other hex string.
    assert_eq!(common::expected_digest(), "0228fb587cc8b600");
}

#[test]
fn serde_json_owned_typed() {
    let bytes = common::fixture();
    let v: ApiResponse = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(hex(digest(&v)), common::expected_digest());
}

#[test]
fn serde_json_borrowed_typed() {
    let bytes = common::fixture();
    let v: BorrowedApiResponse = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(hex(digest(&v)), common::expected_digest());
    // Escaped strings are decoded (owned), plain ones borrowed from the input.
    assert_eq!(v.items[0].name, "Widget \"Pro\" é");
    assert!(matches!(v.items[0].name, std::borrow::Cow::Owned(_)));
    assert!(matches!(v.status, std::borrow::Cow::Borrowed(_)));
    assert!(matches!(
        v.items[1].tags[0].0,
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn serde_json_tree() {
    let bytes = common::fixture();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(hex(digest(&v)), common::expected_digest());
}

#[test]
fn sonic_rs_typed_and_tree() {
    let bytes = common::fixture();
    let typed: ApiResponse<sonic_rs::Value> = sonic_rs::from_slice(&bytes).unwrap();
    assert_eq!(hex(digest(&typed)), common::expected_digest());
    let tree: sonic_rs::Value = sonic_rs::from_slice(&bytes).unwrap();
    assert_eq!(hex(digest(&tree)), common::expected_digest());
}
