//! What the model's tests share: `data/` read and checked exactly as `build.rs` reads it
//! (`model::compile`), once per test binary.
#![allow(dead_code)] // each test file uses some of these

use std::path::PathBuf;
use std::sync::OnceLock;

use model::compile::{content_json as compile_content_json, locale, Checked};
use model::content::Content;
use model::data::Dataset;
use model::evidence::{Ledger, SourceFacts};
use model::since::Timeline;
use model::transcripts::{Library, RunIndex};

/// The repository, read at run time so that a test binary never carries a folder that may no
/// longer exist (the stand-alone check builds a copy elsewhere).
pub fn root() -> PathBuf {
    let model = std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    PathBuf::from(model).join("..")
}

/// The interface's keys, as `locales/en.toml` defines them.
pub fn interface_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let en = locale(&root().join("locales/en.toml")).unwrap_or_else(|e| panic!("{e}"));
        en.into_keys().collect()
    })
}

/// Everything `data/` holds, checked.
pub fn checked() -> &'static Checked {
    static CHECKED: OnceLock<Checked> = OnceLock::new();
    CHECKED.get_or_init(|| {
        let keys = interface_keys().iter().map(String::as_str);
        Checked::read(&root(), keys).unwrap_or_else(|e| panic!("data/ is not valid: {e}"))
    })
}

/// The content files as one JSON document, which tests break on purpose.
pub fn content_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| compile_content_json(&root()).unwrap_or_else(|e| panic!("{e}")))
}

/// The content JSON with one change made to it, for tests that break it on purpose.
pub fn content_json_with(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json: serde_json::Value = serde_json::from_str(content_json()).unwrap();
    change(&mut json);
    json.to_string()
}

pub fn dataset() -> &'static Dataset {
    &checked().dataset
}

pub fn ledger() -> &'static Ledger {
    &checked().ledger
}

pub fn library() -> &'static Library {
    &checked().library
}

pub fn content() -> &'static Content {
    &checked().content
}

pub fn since() -> &'static Timeline {
    &checked().since
}

pub fn runs() -> &'static RunIndex {
    static RUNS: OnceLock<RunIndex> = OnceLock::new();
    RUNS.get_or_init(|| library().index())
}

pub fn facts() -> SourceFacts {
    ledger()
        .facts()
        .expect("the ledger has the study's source, its date and the notice prompt")
}
