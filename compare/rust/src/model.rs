//! The fixture model, as the article writes it, and its zero-copy variant.

use serde::Deserialize;
use std::borrow::Cow;

/// The article's model. `M` is the untyped metadata value; it defaults to
/// `serde_json::Value`, which makes `ApiResponse` exactly the article's struct.
/// Other libraries (sonic-rs) plug in their own untyped value.
#[derive(Debug, Deserialize)]
pub struct ApiResponse<M = serde_json::Value> {
    pub status: String,
    pub total: u64,
    pub items: Vec<Item<M>>,
}

#[derive(Debug, Deserialize)]
pub struct Item<M = serde_json::Value> {
    pub id: u64,
    pub name: String,
    pub tags: Vec<String>,
    pub metadata: M,
}

/// Zero-copy variant: strings borrow from the input unless they contain escapes,
/// in which case serde_json decodes them into an owned `String` (a `&str` field
/// would fail on those). `metadata` stays an owned `serde_json::Value`: serde_json
/// has no borrowed tree, and `RawValue` would leave it undecoded.
#[derive(Debug, Deserialize)]
pub struct BorrowedApiResponse<'a> {
    #[serde(borrow)]
    pub status: Cow<'a, str>,
    pub total: u64,
    #[serde(borrow)]
    pub items: Vec<BorrowedItem<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct BorrowedItem<'a> {
    pub id: u64,
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    #[serde(borrow)]
    pub tags: Vec<CowStr<'a>>,
    pub metadata: serde_json::Value,
}

/// serde only borrows a `Cow<str>` that is itself a field marked `#[serde(borrow)]`;
/// inside a `Vec` the plain `Cow` impl always copies. This newtype makes the tags borrow.
#[derive(Debug, Deserialize)]
#[serde(transparent)]
pub struct CowStr<'a>(#[serde(borrow)] pub Cow<'a, str>);
