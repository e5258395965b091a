//! Turns the translation files (`locales/en.toml`, `locales/zh.toml`) into Rust, so that every
//! key used in the code is checked by the compiler and no TOML parser ships in the wasm; and the
//! data (`data/*.csv`, `data/transcripts/*.toml` and the other content files) into validated
//! postcard: `bundle.postcard`, which `src/model/bundle.rs` compiles in, and the content file,
//! which the site carries beside the wasm (see `bundle.rs`). A data error stops the build with the
//! model's own message, which names the file and line.
//!
//! The English file defines the keys. A key missing from Chinese is generated as `None`; the test
//! `tests/translations.rs` fails on it, and the app falls back to English rather than blank text.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The model's parsing and validation, shared with the app and `cargo test` rather than repeated.
#[allow(dead_code)]
#[path = "src/model"]
mod model {
    pub mod content;
    pub mod data;
    pub mod evidence;
    pub mod link;
    pub mod reference;
    pub mod transcripts;
    pub mod types;
}

use model::content::Content;
use model::data::{Dataset, MODELS_CSV, RESULTS_CSV};
use model::evidence::{Class, EvidenceFile, Ledger, Rules, SourceFacts, STUDY_NOTES};
use model::transcripts::{Library, RunIndex};

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=data/transcripts");
    println!("cargo:rerun-if-changed=data/excerpts.toml");
    println!("cargo:rerun-if-changed=data/story.toml");
    println!("cargo:rerun-if-changed=data/myths.toml");
    println!("cargo:rerun-if-changed=data/classroom.toml");
    println!("cargo:rerun-if-changed=data/results.csv");
    println!("cargo:rerun-if-changed=data/models.csv");
    println!("cargo:rerun-if-changed=data/study-notes.md");
    println!("cargo:rerun-if-changed=data/sources");
    let en = load("locales/en.toml");
    let zh = load("locales/zh.toml");
    let data = check_data(&compile_content(), &en);
    bundle_data(&data, &en);

    let mut out = String::new();
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
    for (key, text) in &en {
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
    out.push_str(&evidence_table(&data.rules, &en));
    let extra: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    let _ = writeln!(out, "/// Keys in `zh.toml` that English lacks (should be empty).\npub const ZH_ONLY: &[&str] = &{extra:?};");

    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("texts.rs");
    std::fs::write(dest, out).expect("write generated texts");
}

/// Field for field the `Bundle` that `src/model/bundle.rs` reads; postcard relies on the order.
#[derive(serde::Serialize)]
struct Bundle<'a> {
    dataset: &'a Dataset,
    runs: &'a RunIndex,
    facts: &'a SourceFacts,
}

/// Field for field the `ContentFile` that `src/model/bundle.rs` reads.
#[derive(serde::Serialize)]
struct ContentFile<'a> {
    library: &'a Library,
    content: &'a Content,
}

/// Everything `data/` holds, parsed and checked.
struct Checked {
    dataset: Dataset,
    ledger: Ledger,
    rules: Rules,
    library: Library,
    content: Content,
}

/// Parses and validates everything the app shows, including the evidence of every text
/// (`model::evidence`). A problem stops the build with the model's message, naming file and line.
fn check_data(content_json: &str, en: &BTreeMap<String, String>) -> Checked {
    let stop = |error: &dyn std::fmt::Display| -> ! { panic!("data/ is not valid: {error}") };
    let dataset = Dataset::parse(RESULTS_CSV, MODELS_CSV).unwrap_or_else(|e| stop(&e));
    let ledger = Ledger::parse(&toml_as_json("data/sources/quotes.toml"), STUDY_NOTES)
        .unwrap_or_else(|e| stop(&e));
    let rules =
        Rules::parse(&toml_as_json("data/sources/evidence.toml")).unwrap_or_else(|e| stop(&e));
    let library = Library::parse(content_json, &dataset, &ledger).unwrap_or_else(|e| stop(&e));
    let content = Content::parse(content_json, &dataset, &library).unwrap_or_else(|e| stop(&e));
    let mut blocks = content.blocks();
    blocks.extend(library.blocks());
    rules
        .check_blocks(&blocks, &ledger, &dataset)
        .unwrap_or_else(|e| stop(&e));
    rules
        .check_interface(en.keys().map(String::as_str), &ledger, &dataset)
        .unwrap_or_else(|e| stop(&e));
    Checked {
        dataset,
        ledger,
        rules,
        library,
        content,
    }
}

/// Writes what every page needs as `bundle.postcard` (compiled in), and the files only some pages
/// fetch into `site/` (copied into the site by `scripts/post-build.mjs`): the texts of the content
/// pages and the evidence file, each named with a hash of its bytes, which the app learns from
/// `CORNERED_CONTENT_FILE` and `CORNERED_EVIDENCE_FILE`.
fn bundle_data(data: &Checked, en: &BTreeMap<String, String>) {
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let facts = data
        .ledger
        .facts()
        .expect("the ledger has the study's source S1, its date and the notice prompt");
    let bundle = Bundle {
        dataset: &data.dataset,
        runs: &data.library.index(),
        facts: &facts,
    };
    let bytes = postcard::to_allocvec(&bundle).expect("postcard writes any value of these types");
    std::fs::write(out_dir.join("bundle.postcard"), bytes).expect("write bundle.postcard");

    // The site folder holds only the current files, so the hook copies exactly these.
    let site = out_dir.join("site");
    let _ = std::fs::remove_dir_all(&site);
    std::fs::create_dir_all(&site).expect("create OUT_DIR/site");
    let content = ContentFile {
        library: &data.library,
        content: &data.content,
    };
    write_site_file(&site, "content", "CORNERED_CONTENT_FILE", &content);
    let evidence = EvidenceFile {
        ledger: data.ledger.clone(),
        interface: en
            .keys()
            .map(|key| match data.rules.classify(key) {
                Ok(Class::FactBearing(items)) => items.to_vec(),
                _ => Vec::new(),
            })
            .collect(),
    };
    write_site_file(&site, "evidence", "CORNERED_EVIDENCE_FILE", &evidence);
}

/// Writes `site/<stem>-<hash>.postcard` and tells the app its name through `env`.
fn write_site_file(site: &Path, stem: &str, env: &str, value: &impl serde::Serialize) {
    let bytes = postcard::to_allocvec(value).expect("postcard writes any value of these types");
    let name = format!("{stem}-{:016x}.postcard", fnv1a(&bytes));
    std::fs::write(site.join(&name), &bytes).expect("write a site file");
    println!("cargo:rustc-env={env}={name}");
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

/// A TOML file of `data/` as JSON, for the model's serde types.
fn toml_as_json(path: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{path} is not valid TOML: {e}"));
    serde_json::to_string(&table).expect("TOML values are JSON values")
}

/// Converts the transcript, excerpt, story, myth and classroom files to one JSON document (also
/// written to `content.json`, which the tests break on purpose to see validation fail).
/// Only syntax is checked here; `Library::parse` and `Content::parse` check the content.
fn compile_content() -> String {
    let mut transcripts = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir("data/transcripts")
        .expect("data/transcripts")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("read transcript");
        let mut table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()));
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        table.insert("file".into(), toml::Value::String(stem.to_string()));
        transcripts.push(toml::Value::Table(table));
    }
    let table = |path: &str| -> toml::Table {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
            .parse()
            .unwrap_or_else(|e| panic!("{path} is not valid TOML: {e}"))
    };
    let list = |table: &toml::Table, key: &str| {
        table
            .get(key)
            .cloned()
            .unwrap_or(toml::Value::Array(Vec::new()))
    };
    let content = serde_json::json!({
        "transcripts": transcripts,
        "excerpts": list(&table("data/excerpts.toml"), "excerpt"),
        "story": list(&table("data/story.toml"), "step"),
        "myths": list(&table("data/myths.toml"), "myth"),
        "classroom": table("data/classroom.toml"),
    });
    let json = content.to_string();
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("content.json");
    std::fs::write(dest, &json).expect("write content.json");
    json
}

/// Reads a translation file into dotted keys → text, e.g. `[explore] title = "…"` → `explore.title`.
fn load(path: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{path} is not valid TOML: {e}"));
    let mut flat = BTreeMap::new();
    flatten("", &toml::Value::Table(table), path, &mut flat);
    flat
}

fn flatten(prefix: &str, value: &toml::Value, path: &str, flat: &mut BTreeMap<String, String>) {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, path, flat);
            }
        }
        toml::Value::String(text) => {
            flat.insert(prefix.to_string(), text.clone());
        }
        other => panic!(
            "{path}: '{prefix}' must be text, found {}",
            other.type_str()
        ),
    }
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
