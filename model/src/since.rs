//! What happened after the study (`data/since.toml`): a dated timeline of what its sources reported
//! later, for `#/since`. These are not results of the 2025 study: they are texts and the sources'
//! own words, never rows of the dataset, so they cannot reach the explorer's chart or its CSV.
//!
//! Each entry is dated by its source in the ledger (`data/sources/quotes.toml`), so a later source
//! is added by adding its quotes there and an entry here, without touching code (data/CONTENT.md).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::data::Dataset;
use crate::evidence::{Block, Ledger};
use crate::reference::{segments, RowRef, Segment};
use crate::transcripts::{Bilingual, ContentError};

/// Something one entry does not show, with what that rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Limit {
    pub text: Bilingual,
    pub evidence: Vec<String>,
}

/// One source's report, in the order the sources appeared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    /// The ledger's source id; its date places the entry.
    pub source: String,
    /// The source's date as the ledger gives it (`2025-06-20`), filled in when the timeline is
    /// read, for `<time datetime>`.
    #[serde(default)]
    pub date: String,
    /// The source's date as a reader says it ("June 2025"); it must name the ledger's year.
    pub when: Bilingual,
    pub title: Bilingual,
    /// What was reported, in our words; numbers only as `{rate:…}`/`{runs:…}` of the study's data.
    pub summary: Bilingual,
    pub evidence: Vec<String>,
    /// Quotes of this source shown verbatim under "In its own words".
    pub quotes: Vec<String>,
    /// Names of later models that our texts may write with their digits ("Claude Haiku 4.5");
    /// each must appear in a quote the entry cites.
    #[serde(default)]
    pub names: Vec<String>,
    /// What the report does not show.
    pub limit: Vec<Limit>,
}

/// The page's own words. They are data rather than interface texts so that they travel in the
/// content file with the entries, not in the main module every page loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub title: Bilingual,
    pub intro: Bilingual,
    /// What the introduction rests on.
    pub evidence: Vec<String>,
    pub own_words: Bilingual,
    pub limits: Bilingual,
    pub back: Bilingual,
}

/// `data/since.toml`: the page's words and the timeline, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    pub page: Page,
    #[serde(rename = "entry")]
    pub since: Vec<Entry>,
}

/// The content JSON's `since` member.
#[derive(Deserialize)]
struct Document {
    since: Timeline,
}

impl Timeline {
    /// Reads the `since` list of the content JSON that `model::compile` makes, and validates it.
    pub fn parse(json: &str, data: &Dataset, ledger: &Ledger) -> Result<Timeline, ContentError> {
        let mut timeline = serde_json::from_str::<Document>(json)
            .map_err(|e| ContentError(format!("data/since.toml: {e}")))?
            .since;
        timeline
            .validate(data, ledger)
            .map_err(|e| ContentError(format!("data/since.toml: {e}")))?;
        Ok(timeline)
    }

    fn validate(&mut self, data: &Dataset, ledger: &Ledger) -> Result<(), String> {
        if self.since.is_empty() {
            return Err("no entries".into());
        }
        let page = &self.page;
        for text in [
            &page.title,
            &page.intro,
            &page.own_words,
            &page.limits,
            &page.back,
        ] {
            if text.en.trim().is_empty() || text.zh.trim().is_empty() {
                return Err("a text of [page] lacks English or Chinese".into());
            }
        }
        let mut ids = HashSet::new();
        let mut previous = String::new();
        for entry in &mut self.since {
            if !ids.insert(entry.id.clone()) {
                return Err(format!("entry '{}': id used twice", entry.id));
            }
            let date = check_entry(entry, data, ledger)
                .map_err(|e| format!("entry '{}': {e}", entry.id))?;
            if date < previous {
                return Err(format!(
                    "entry '{}': dated {date}, before the entry above it",
                    entry.id
                ));
            }
            entry.date.clone_from(&date);
            previous = date;
        }
        Ok(())
    }

    /// Every text a reader sees, for checks that apply to all texts (the date is checked apart).
    pub fn texts(&self) -> Vec<(String, &Bilingual)> {
        let page = &self.page;
        let mut texts = vec![
            ("since page title".to_string(), &page.title),
            ("since page intro".to_string(), &page.intro),
            ("since page labels".to_string(), &page.own_words),
            ("since page labels".to_string(), &page.limits),
            ("since page labels".to_string(), &page.back),
        ];
        for entry in &self.since {
            texts.push((format!("since {} title", entry.id), &entry.title));
            texts.push((format!("since {} summary", entry.id), &entry.summary));
            for (i, limit) in entry.limit.iter().enumerate() {
                texts.push((format!("since {} limit {}", entry.id, i + 1), &limit.text));
            }
        }
        texts
    }

    /// The entries and their limits as blocks that must carry evidence (kind `since`).
    pub fn blocks(&self) -> Vec<Block<'_>> {
        let mut blocks = vec![Block {
            kind: "since",
            id: "page".into(),
            texts: vec![&self.page.title, &self.page.intro],
            evidence: self.page.evidence.iter().map(String::as_str).collect(),
        }];
        for entry in &self.since {
            blocks.push(Block {
                kind: "since",
                id: entry.id.clone(),
                texts: vec![&entry.title, &entry.summary],
                evidence: entry.evidence.iter().map(String::as_str).collect(),
            });
            for (i, limit) in entry.limit.iter().enumerate() {
                blocks.push(Block {
                    kind: "since",
                    id: format!("{} limit {}", entry.id, i + 1),
                    texts: vec![&limit.text],
                    evidence: limit.evidence.iter().map(String::as_str).collect(),
                });
            }
        }
        blocks
    }

    /// The later models' names the entries declare.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.since
            .iter()
            .flat_map(|e| e.names.iter().map(String::as_str))
    }
}

/// One entry against the ledger and the data; gives its source's date.
fn check_entry(entry: &Entry, data: &Dataset, ledger: &Ledger) -> Result<String, String> {
    let source = ledger
        .source(&entry.source)
        .ok_or_else(|| format!("unknown source '{}'", entry.source))?;
    let year = source
        .date
        .get(..4)
        .filter(|y| y.chars().all(|c| c.is_ascii_digit()));
    let year =
        year.ok_or_else(|| format!("source '{}' has no dated year in the ledger", entry.source))?;
    if !entry.when.en.contains(year) || !entry.when.zh.contains(year) {
        return Err(format!("`when` must name the source's year, {year}"));
    }
    if entry.quotes.is_empty() || entry.limit.is_empty() {
        return Err("needs quotes and at least one limit".into());
    }
    for id in &entry.quotes {
        let quote = ledger
            .quote(id)
            .ok_or_else(|| format!("unknown quote '{id}'"))?;
        if quote.source != entry.source {
            return Err(format!(
                "quote '{id}' is from {}, not {}",
                quote.source, entry.source
            ));
        }
    }
    let cited: Vec<&str> = entry
        .quotes
        .iter()
        .chain(&entry.evidence)
        .chain(entry.limit.iter().flat_map(|l| &l.evidence))
        .filter_map(|id| ledger.quote(id))
        .map(|q| q.text.as_str())
        .collect();
    if let Some(name) = entry
        .names
        .iter()
        .find(|n| !cited.iter().any(|text| text.contains(n.as_str())))
    {
        return Err(format!(
            "the name '{name}' appears in no quote the entry cites"
        ));
    }
    let mut texts = vec![&entry.when, &entry.title, &entry.summary];
    texts.extend(entry.limit.iter().map(|l| &l.text));
    for text in texts {
        if text.en.trim().is_empty() || text.zh.trim().is_empty() {
            return Err("a text lacks English or Chinese".into());
        }
        for segment in segments(&text.en).into_iter().chain(segments(&text.zh)) {
            if let Segment::Rate(query) | Segment::Runs(query) = segment {
                let found = RowRef::parse(query).ok().and_then(|r| r.find(data));
                found.ok_or_else(|| format!("no published value for '{query}'"))?;
            }
        }
    }
    Ok(source.date.clone())
}
