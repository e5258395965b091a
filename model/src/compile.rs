//! Reads and checks everything in `data/`, for the app's `build.rs` and for the tests (feature
//! `compile`, so the app's wasm never carries a TOML parser or file access).
//!
//! A problem is returned as the model's own message, which names the file and, where there is
//! one, the line; `build.rs` stops the build with it.

use std::collections::BTreeMap;
use std::path::Path;

use crate::bundle::{Bundle, ContentFile};
use crate::content::Content;
use crate::data::{Dataset, MODELS_CSV, RESULTS_CSV};
use crate::evidence::{Class, EvidenceFile, Ledger, Rules, STUDY_NOTES};
use crate::since::Timeline;
use crate::transcripts::{Bilingual, Library};

/// Everything `data/` holds, parsed and checked.
#[derive(Debug)]
pub struct Checked {
    pub dataset: Dataset,
    pub ledger: Ledger,
    pub rules: Rules,
    pub library: Library,
    pub content: Content,
    pub since: Timeline,
}

/// Sections of `locales/*.toml` whose texts only the content pages' chunk shows. Their keys
/// become `PageKey`s and their texts travel in the content file, fetched with the chunk, rather
/// than in the main module every page loads (issue 14 measured 1.4 KB gzip). `tests/architecture.rs`
/// checks that no code outside `src/view/content/` names one.
pub const PAGE_SECTIONS: &[&str] = &[
    "story",
    "predict",
    "myths",
    "quiz",
    "classroom",
    "handout",
    "runs",
    "your_runs",
    "punctuation",
];

/// Sections of `locales/*.toml` whose texts only the build writes, into every page's file: what a
/// page says before the app starts (`examples/prerender` reads them for scripts/build.mjs). The
/// wasm never shows them, so they are not `Key`s and the main module does not carry their words;
/// `tests/translations.rs` checks them with the others.
pub const FILE_SECTIONS: &[&str] = &["start"];

/// Whether a locale key is one only the build writes (`FILE_SECTIONS`).
pub fn is_file_key(key: &str) -> bool {
    key.split_once('.')
        .is_some_and(|(section, _)| FILE_SECTIONS.contains(&section))
}

/// Whether a locale key is a content page's (`PAGE_SECTIONS`).
pub fn is_page_key(key: &str) -> bool {
    key.split_once('.')
        .is_some_and(|(section, _)| PAGE_SECTIONS.contains(&section))
}

/// The content pages' texts in key order, English where Chinese lacks one (the translation tests
/// fail on the gap; the reader never sees a blank).
pub fn page_texts(en: &BTreeMap<String, String>, zh: &BTreeMap<String, String>) -> Vec<Bilingual> {
    en.iter()
        .filter(|(key, _)| is_page_key(key))
        .map(|(key, text)| Bilingual {
            en: text.clone(),
            zh: zh.get(key).unwrap_or(text).clone(),
        })
        .collect()
}

/// What the build writes: the bundle compiled in, and the two files the site carries beside the
/// wasm.
pub struct Shipped {
    pub bundle: Bundle,
    pub content: ContentFile,
    pub evidence: EvidenceFile,
}

impl Checked {
    /// Parses and validates everything the app shows under `root` (the repository), including the
    /// evidence of every text: the content blocks' and the interface texts' named by
    /// `interface_keys` (the keys of `locales/en.toml`).
    pub fn read<'k>(
        root: &Path,
        interface_keys: impl IntoIterator<Item = &'k str>,
    ) -> Result<Checked, String> {
        let content_json = content_json(root)?;
        let dataset = Dataset::parse(RESULTS_CSV, MODELS_CSV).map_err(|e| e.to_string())?;
        let ledger = Ledger::parse(
            &toml_as_json(&root.join("data/sources/quotes.toml"))?,
            STUDY_NOTES,
        )
        .map_err(|e| e.to_string())?;
        let rules = Rules::parse(&toml_as_json(&root.join("data/sources/evidence.toml"))?)
            .map_err(|e| e.to_string())?;
        let library =
            Library::parse(&content_json, &dataset, &ledger).map_err(|e| e.to_string())?;
        let content =
            Content::parse(&content_json, &dataset, &library).map_err(|e| e.to_string())?;
        let since = Timeline::parse(&content_json, &dataset, &ledger).map_err(|e| e.to_string())?;
        let mut blocks = content.blocks();
        blocks.extend(library.blocks());
        blocks.extend(since.blocks());
        rules
            .check_blocks(&blocks, &ledger, &dataset)
            .map_err(|e| e.to_string())?;
        rules
            .check_interface(interface_keys, &ledger, &dataset)
            .map_err(|e| e.to_string())?;
        Ok(Checked {
            dataset,
            ledger,
            rules,
            library,
            content,
            since,
        })
    }

    /// The checked values in the shapes the app reads: the interface's evidence by the position of
    /// each key in `interface_keys` (the order of the generated `Key` enum, without the content
    /// pages' keys and those only the build writes), and the content pages' texts.
    pub fn ship<'k>(
        self,
        interface_keys: impl Iterator<Item = &'k str>,
        page_texts: Vec<Bilingual>,
    ) -> Result<Shipped, String> {
        let facts = self
            .ledger
            .facts()
            .ok_or("the ledger lacks the study's source S1, its date or the notice prompt")?;
        let keys: Vec<&str> = interface_keys.collect();
        if let Some(key) = keys.iter().find(|key| {
            is_page_key(key) && matches!(self.rules.classify(key), Ok(Class::FactBearing(_)))
        }) {
            return Err(format!(
                "{key}: a content page's text that states facts needs its evidence beside it, in a main section"
            ));
        }
        if let Some(key) = keys.iter().find(|key| {
            is_file_key(key) && matches!(self.rules.classify(key), Ok(Class::FactBearing(_)))
        }) {
            return Err(format!(
                "{key}: the build writes this text into the pages' files, where no evidence can show beside it, so it may state no facts about the study"
            ));
        }
        let interface = keys
            .into_iter()
            .filter(|key| !is_page_key(key) && !is_file_key(key))
            .map(|key| match self.rules.classify(key) {
                Ok(Class::FactBearing(items)) => items.to_vec(),
                _ => Vec::new(),
            })
            .collect();
        Ok(Shipped {
            bundle: Bundle {
                runs: self.library.index(),
                dataset: self.dataset,
                facts,
            },
            content: ContentFile {
                library: self.library,
                content: self.content,
                since: self.since,
                page_texts,
            },
            evidence: EvidenceFile {
                ledger: self.ledger,
                interface,
            },
        })
    }
}

/// A TOML file as JSON, for the model's serde types.
pub fn toml_as_json(path: &Path) -> Result<String, String> {
    let table = read_table(path)?;
    serde_json::to_string(&table).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_table(path: &Path) -> Result<toml::Table, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    text.parse()
        .map_err(|e| format!("{} is not valid TOML: {e}", path.display()))
}

/// The transcript, excerpt, story, myth, classroom and timeline files as one JSON document, the input of
/// `Library::parse`, `Content::parse` and `Timeline::parse` (tests break a copy of it on purpose to see validation
/// fail). Only syntax is checked here.
pub fn content_json(root: &Path) -> Result<String, String> {
    let folder = root.join("data/transcripts");
    let mut paths: Vec<_> = std::fs::read_dir(&folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut transcripts = Vec::new();
    for path in paths {
        let mut table = read_table(&path)?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        table.insert("file".into(), toml::Value::String(stem.to_string()));
        transcripts.push(toml::Value::Table(table));
    }
    let list = |file: &str, key: &str| -> Result<toml::Value, String> {
        Ok(read_table(&root.join(file))?
            .get(key)
            .cloned()
            .unwrap_or(toml::Value::Array(Vec::new())))
    };
    let content = serde_json::json!({
        "transcripts": transcripts,
        "excerpts": list("data/excerpts.toml", "excerpt")?,
        "story": list("data/story.toml", "step")?,
        "myths": list("data/myths.toml", "myth")?,
        "classroom": read_table(&root.join("data/classroom.toml"))?,
        "since": read_table(&root.join("data/since.toml"))?,
    });
    Ok(content.to_string())
}

/// A translation file as dotted keys → text, e.g. `[explore] title = "…"` → `explore.title`.
pub fn locale(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut flat = BTreeMap::new();
    flatten("", &toml::Value::Table(read_table(path)?), path, &mut flat)?;
    Ok(flat)
}

fn flatten(
    prefix: &str,
    value: &toml::Value,
    path: &Path,
    flat: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    match value {
        toml::Value::Table(table) => {
            for (key, value) in table {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, path, flat)?;
            }
            Ok(())
        }
        toml::Value::String(text) => {
            flat.insert(prefix.to_string(), text.clone());
            Ok(())
        }
        other => Err(format!(
            "{}: '{prefix}' must be text, found {}",
            path.display(),
            other.type_str()
        )),
    }
}
