//! Turns the translation files (`locales/en.toml`, `locales/zh.toml`) into Rust, so that every
//! key used in the code is checked by the compiler and no TOML parser ships in the wasm; and the
//! data (`data/`) into checked postcard with the model's own code (`model::compile`):
//! `bundle.postcard`, which `src/bundled.rs` compiles in, and the two files the site carries
//! beside the wasm. A data error stops the build with the model's message, which names the file
//! and line.
//!
//! The English file defines the keys. A key missing from Chinese is generated as `None`; the test
//! `tests/translations.rs` fails on it, and the app falls back to English rather than blank text.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use model::compile::{is_file_key, is_page_key, locale, page_texts, Checked};
use model::evidence::{Class, Rules};

fn main() {
    for watched in ["locales", "data"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let stop = |error: String| -> ! { panic!("data/ is not valid: {error}") };
    let en = locale(Path::new("locales/en.toml")).unwrap_or_else(|e| stop(e));
    let zh = locale(Path::new("locales/zh.toml")).unwrap_or_else(|e| stop(e));
    let keys = || en.keys().map(String::as_str);
    let checked = Checked::read(Path::new("."), keys()).unwrap_or_else(|e| stop(e));
    let texts = texts_rs(&en, &zh, &checked.rules);
    let shipped = checked
        .ship(keys(), page_texts(&en, &zh))
        .unwrap_or_else(|e| stop(e));

    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("texts.rs"), texts).expect("write generated texts");
    let bytes = postcard::to_allocvec(&shipped.bundle).expect("postcard writes these types");
    std::fs::write(out_dir.join("bundle.postcard"), bytes).expect("write bundle.postcard");
    // The site folder holds only the current files, so the build driver copies exactly these.
    let site = out_dir.join("site");
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).expect("create OUT_DIR/site");
    write_site_file(&site, "content", "CORNERED_CONTENT_FILE", &shipped.content);
    write_site_file(
        &site,
        "evidence",
        "CORNERED_EVIDENCE_FILE",
        &shipped.evidence,
    );
}

/// The generated `Key` enum, the texts of both languages and `has_evidence`, for the texts the
/// main module carries; and `PageKey` for the content pages' texts, which the content file carries.
/// The texts only the build writes into the pages' files (`FILE_SECTIONS`) are in neither.
fn texts_rs(en: &BTreeMap<String, String>, zh: &BTreeMap<String, String>, rules: &Rules) -> String {
    let mut out = page_keys_rs(en);
    let en: BTreeMap<String, String> = en
        .iter()
        .filter(|(key, _)| !is_page_key(key) && !is_file_key(key))
        .map(|(key, text)| (key.clone(), text.clone()))
        .collect();
    let en = &en;
    out.push_str("/// A translatable text. Generated from `locales/en.toml` by `build.rs`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for key in en.keys() {
        let _ = writeln!(out, "    /// `{key}`\n    {},", variant(key));
    }
    out.push_str("}\n\nimpl Key {\n    pub const ALL: &'static [Key] = &[\n");
    for key in en.keys() {
        let _ = writeln!(out, "        Key::{},", variant(key));
    }
    out.push_str("    ];\n\n    /// The key as written in the translation files.\n");
    out.push_str("    pub fn id(self) -> &'static str {\n        match self {\n");
    for key in en.keys() {
        let _ = writeln!(out, "            Key::{} => {key:?},", variant(key));
    }
    out.push_str("        }\n    }\n}\n\n");
    // English defines the keys, so it has every text; Chinese may lack one.
    out.push_str("/// Texts of `locales/en.toml`, which defines the keys.\n");
    out.push_str("pub fn en(key: Key) -> &'static str {\n    match key {\n");
    for (key, text) in en {
        let _ = writeln!(out, "        Key::{} => {text:?},", variant(key));
    }
    out.push_str("    }\n}\n\n");
    out.push_str("/// Texts of `locales/zh.toml`; `None` where the file lacks the key.\n");
    out.push_str("pub fn zh(key: Key) -> Option<&'static str> {\n    match key {\n");
    for key in en.keys() {
        match zh.get(key) {
            Some(text) => {
                let _ = writeln!(out, "        Key::{} => Some({text:?}),", variant(key));
            }
            None => {
                println!("cargo:warning=locales/zh.toml has no '{key}'");
                let _ = writeln!(out, "        Key::{} => None,", variant(key));
            }
        }
    }
    out.push_str("    }\n}\n\n");
    out.push_str(&evidence_table(rules, en));
    let extra: Vec<&String> = zh
        .keys()
        .filter(|k| !en.contains_key(*k) && !is_page_key(k) && !is_file_key(k))
        .collect();
    let _ = writeln!(out, "/// Keys in `zh.toml` that English lacks (should be empty).\npub const ZH_ONLY: &[&str] = &{extra:?};");

    out
}

/// Writes `site/<stem>-<hash>.postcard` and tells the app its name through `env`.
fn write_site_file(site: &Path, stem: &str, env: &str, value: &impl serde::Serialize) {
    let bytes = postcard::to_allocvec(value).expect("postcard writes any value of these types");
    let name = format!("{stem}-{:016x}.postcard", fnv1a(&bytes));
    std::fs::write(site.join(&name), &bytes).expect("write a site file");
    println!("cargo:rustc-env={env}={name}");
}

/// `PageKey`: a text of the content pages, looked up in the content file by its position.
fn page_keys_rs(en: &BTreeMap<String, String>) -> String {
    let keys: Vec<&String> = en.keys().filter(|key| is_page_key(key)).collect();
    let mut out = String::new();
    out.push_str("/// A text only the content pages show; its words are in the content file.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum PageKey {\n");
    for key in &keys {
        let _ = writeln!(out, "    /// `{key}`\n    {},", variant(key));
    }
    out.push_str("}\n\nimpl PageKey {\n    pub const ALL: &'static [PageKey] = &[\n");
    for key in &keys {
        let _ = writeln!(out, "        PageKey::{},", variant(key));
    }
    let _ = writeln!(out, "    ];\n\n    /// The keys as written in the translation files, in order.\n    pub const IDS: &'static [&'static str] = &{keys:?};\n}}\n");
    out
}

/// `pub fn has_evidence(key: Key) -> bool`: whether an interface text states facts and so
/// carries evidence (`data/sources/evidence.toml`, already checked). The items themselves travel
/// in the evidence file, by the key's position, so the main module does not carry them.
fn evidence_table(rules: &Rules, en: &BTreeMap<String, String>) -> String {
    let fact_bearing: Vec<String> = en
        .keys()
        .filter(|key| matches!(rules.classify(key), Ok(Class::FactBearing(_))))
        .map(|key| format!("Key::{}", variant(key)))
        .collect();
    format!(
        "/// Whether a text states facts about the study and so carries evidence.\n\
         pub fn has_evidence(key: Key) -> bool {{\n    matches!(key, {})\n}}\n\n",
        fact_bearing.join(" | ")
    )
}

/// `explore.headline_published` → `ExploreHeadlinePublished`.
fn variant(key: &str) -> String {
    key.split(['.', '_', '-'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A name for the content file that changes whenever its bytes do (FNV-1a, 64 bit). Written out
/// because std's hasher may change between Rust releases and a hashing crate is not needed for this.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
