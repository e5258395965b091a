//! The evidence ledger: what each sentence about the study rests on.
//!
//! A number on screen is bound to its row of `data/results.csv` by construction; a sentence is
//! bound to its evidence here. Evidence is a list of items, each either the id of a verbatim
//! quote in `data/sources/quotes.toml` (the source's own words, as `data/study-notes.md` records
//! them) or a data row written as its query (`scenario=…&goal=…&urgency=…&variant=…&model=…`).
//! Which texts must carry evidence is decided in one place, `data/sources/evidence.toml`.
//!
//! `build.rs` checks every quote against the notes character for character (only the notes'
//! own line wrapping is ignored) and every item of every text against the ledger and the data;
//! `tests/evidence.rs` runs the same checks on broken copies.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::data::Dataset;
use crate::reference::RowRef;
use crate::transcripts::{Bilingual, ContentError};

/// The project's unchanged copy of the research notes, which record every quote.
pub const STUDY_NOTES: &str = include_str!("../../data/study-notes.md");

/// A text the quotes come from: the study's research post (S1), the system card (S2), …
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    /// A few words, for the handout's numbered notes.
    pub short: Bilingual,
    pub name: Bilingual,
    /// As precise as the notes give it: `2025-06-20`, `2025-05`, or empty.
    #[serde(default)]
    pub date: String,
}

/// The source's own words, exactly, with our translation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub source: String,
    /// Where in the source: "Footnote 10", "Figure 12 caption", …
    pub locator: Bilingual,
    /// Verbatim; never edited.
    pub text: String,
    /// Our translation, shown as such.
    pub zh: String,
    /// Where the source emphasises some words (`*far more*`: [`emphasis`]), the text as the page
    /// shows it, without the asterisks: plain and emphasised parts in turn, plain first. Empty
    /// where it emphasises none, and the page shows `text`. Made by the build, so the app
    /// carries no parser (it cost the main module 0.5 KB gzip, at its budget).
    #[serde(default)]
    pub emphasised: Vec<String>,
}

/// Plain and emphasised parts in turn, plain first (see [`Quote::emphasised`]); italic and bold
/// are both emphasis on the page.
pub fn emphasised_parts(text: &str) -> Vec<String> {
    let parts = emphasis(text);
    if parts.iter().all(|(kind, _)| *kind == Emphasis::Plain) {
        return Vec::new();
    }
    let mut turns: Vec<String> = Vec::new();
    for (kind, part) in parts {
        let emphasised = kind != Emphasis::Plain;
        if emphasised != (turns.len() % 2 == 1) {
            turns.push(String::new());
        }
        turns.push(part.to_string());
    }
    turns
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    /// The date the notes say their sources were last checked (`2026-11-28`).
    pub checked: String,
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
    #[serde(rename = "quote")]
    pub quotes: Vec<Quote>,
}

/// What every page shows of the sources, compiled into the app (`model::bundle`) rather than
/// fetched with the ledger: the date the sources were last checked and the study's year (the
/// footer), and the one quote the explorer shows as text rather than as evidence (the "is this a
/// test?" notice).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceFacts {
    pub checked: String,
    pub study_year: String,
    /// The words of the quote `NOTICE_PROMPT`, and our Chinese translation of them.
    pub notice_prompt: String,
    pub notice_prompt_zh: String,
}

/// The evidence of every text: the ledger of quotes, and the items of each fact-bearing interface
/// text by the position of its key in `Key::ALL` (the order of `locales/en.toml`'s keys). A file
/// of its own beside the wasm (`model::bundle`), fetched the first time a reader opens "Why we say
/// this", and with the texts of the content pages, which quote it: few readers open one, and the
/// quotes in both languages are about 18 KB gzip that the explorer's first paint need not wait for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceFile {
    pub ledger: Ledger,
    pub interface: Vec<Vec<String>>,
}

/// The quote the explorer's "is this a test?" view shows as text.
pub const NOTICE_PROMPT: &str = "s1-notice-prompt";

impl Ledger {
    /// The facts every page shows, taken from the ledger at build time.
    pub fn facts(&self) -> Option<SourceFacts> {
        Some(SourceFacts {
            checked: self.checked.clone(),
            study_year: self.source("S1")?.date.get(..4)?.to_string(),
            notice_prompt: self.quote(NOTICE_PROMPT)?.text.clone(),
            notice_prompt_zh: self.quote(NOTICE_PROMPT)?.zh.clone(),
        })
    }
}

/// One item of a text's evidence, as written in the data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    /// The id of a quote.
    Quote(&'a str),
    /// A data row, written as its query. Quote ids never contain `=`, queries always do.
    Row(&'a str),
}

impl<'a> Item<'a> {
    pub fn parse(item: &'a str) -> Item<'a> {
        if item.contains('=') {
            Item::Row(item)
        } else {
            Item::Quote(item)
        }
    }
}

/// How a part of a quote is set in its source. The notes keep the source's emphasis as Markdown
/// does: `*far more*` is italic in the research post, `**Option 2: …**` bold in a model's reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emphasis {
    Plain,
    Italic,
    Bold,
}

/// A quote's text cut where its source's emphasis begins and ends, without the asterisks that
/// mark it. Never fails: an asterisk with no partner, or around nothing or a space, is a
/// character of the quote.
pub fn emphasis(text: &str) -> Vec<(Emphasis, &str)> {
    let mut parts = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while let Some(start) = marker_at(text, at, 1) {
        let (width, kind) = match text.as_bytes().get(start + 1) {
            Some(b'*') => (2, Emphasis::Bold),
            _ => (1, Emphasis::Italic),
        };
        let inner_from = start + width;
        match marker_at(text, inner_from, width) {
            Some(end) if is_emphasised(&text[inner_from..end]) => {
                if start > plain_from {
                    parts.push((Emphasis::Plain, &text[plain_from..start]));
                }
                parts.push((kind, &text[inner_from..end]));
                at = end + width;
                plain_from = at;
            }
            _ => at = inner_from,
        }
    }
    if plain_from < text.len() {
        parts.push((Emphasis::Plain, &text[plain_from..]));
    }
    parts
}

/// Where the next run of `width` asterisks starts, from `from` on. By bytes: an asterisk is one
/// byte in UTF-8, and a substring search (`str::find` with a `&str`) would add some 2 KB of
/// searcher to the app's main module, which is at its budget.
fn marker_at(text: &str, from: usize, width: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    (from..bytes.len().saturating_sub(width - 1))
        .find(|&i| bytes[i..i + width].iter().all(|&b| b == b'*'))
}

/// Words between asterisks, as Markdown emphasises them: not empty, no space just inside.
fn is_emphasised(inner: &str) -> bool {
    !inner.is_empty() && inner.trim() == inner && !inner.starts_with('*')
}

/// The notes with every run of whitespace made one space: the notes wrap long quotes across
/// lines, and a line break in Markdown is not a character of the source.
pub fn unwrapped(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The date in the notes' line "Sources last checked: **2026-11-28**".
pub fn last_checked(notes: &str) -> Option<&str> {
    let after = notes.split("Sources last checked:").nth(1)?;
    let date = after.trim_start().trim_start_matches('*');
    let end = date.find(|c: char| !(c.is_ascii_digit() || c == '-'))?;
    (end == "2026-11-28".len()).then_some(&date[..end])
}

impl Ledger {
    /// Reads the JSON that `build.rs` makes of `data/sources/quotes.toml` and checks it against
    /// the notes it quotes.
    pub fn parse(json: &str, notes: &str) -> Result<Ledger, ContentError> {
        #[derive(Deserialize)]
        struct File {
            #[serde(rename = "source")]
            sources: Vec<Source>,
            #[serde(rename = "quote")]
            quotes: Vec<Quote>,
        }
        let file: File = serde_json::from_str(json)
            .map_err(|e| ContentError(format!("data/sources/quotes.toml: {e}")))?;
        let checked = last_checked(notes).ok_or_else(|| {
            ContentError(
                "data/study-notes.md: no “Sources last checked: **YYYY-MM-DD**” line".into(),
            )
        })?;
        let mut quotes = file.quotes;
        for quote in &mut quotes {
            quote.emphasised = emphasised_parts(&quote.text);
        }
        let ledger = Ledger {
            checked: checked.to_string(),
            sources: file.sources,
            quotes,
        };
        ledger.validate(notes)?;
        Ok(ledger)
    }

    fn validate(&self, notes: &str) -> Result<(), ContentError> {
        let fail =
            |message: String| Err(ContentError(format!("data/sources/quotes.toml: {message}")));
        let notes = unwrapped(notes);
        let mut sources = HashSet::new();
        for source in &self.sources {
            if !sources.insert(source.id.as_str()) {
                return fail(format!("source '{}' listed twice", source.id));
            }
            let names = [&source.name, &source.short];
            if names
                .iter()
                .any(|n| n.en.trim().is_empty() || n.zh.trim().is_empty())
            {
                return fail(format!(
                    "source '{}' lacks its name in English or Chinese",
                    source.id
                ));
            }
        }
        let mut ids = HashSet::new();
        for quote in &self.quotes {
            let id = &quote.id;
            let well_formed = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !well_formed {
                return fail(format!(
                    "quote id '{id}': use lowercase letters, digits and '-'"
                ));
            }
            if !ids.insert(id.as_str()) {
                return fail(format!("quote '{id}' listed twice"));
            }
            if !sources.contains(quote.source.as_str()) {
                return fail(format!("quote '{id}': unknown source '{}'", quote.source));
            }
            if quote.text != unwrapped(&quote.text) || quote.text.is_empty() {
                return fail(format!(
                    "quote '{id}': write the text on one line, single-spaced, as the source has it"
                ));
            }
            if !notes.contains(&quote.text) {
                return fail(format!(
                    "quote '{id}' is not in data/study-notes.md character for character: {}",
                    quote.text
                ));
            }
            let texts = [&quote.zh, &quote.locator.en, &quote.locator.zh];
            if texts.iter().any(|t| t.trim().is_empty()) {
                return fail(format!("quote '{id}' lacks its translation or its locator"));
            }
        }
        Ok(())
    }

    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Checks one text's evidence: every quote known, every row published.
    pub fn check<S: AsRef<str>>(
        &self,
        what: &str,
        items: &[S],
        data: &Dataset,
    ) -> Result<(), ContentError> {
        for item in items {
            match Item::parse(item.as_ref()) {
                Item::Quote(id) if self.quote(id).is_none() => {
                    return Err(ContentError(format!("{what}: unknown quote '{id}'")));
                }
                Item::Row(query) => {
                    let row =
                        RowRef::parse(query).map_err(|e| ContentError(format!("{what}: {e}")))?;
                    if row.find(data).is_none() {
                        return Err(ContentError(format!(
                            "{what}: no published value for '{query}'"
                        )));
                    }
                }
                Item::Quote(_) => {}
            }
        }
        Ok(())
    }
}

/// Which texts state facts about the study: `data/sources/evidence.toml`, the one place where
/// that is decided.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    pub content: ContentRules,
    pub interface: InterfaceRules,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContentRules {
    /// Kinds of block (see [`Block::kind`]) that must carry evidence.
    pub fact_bearing: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterfaceRules {
    /// Keys of `locales/*.toml` that are labels, or templates filled from a row shown beside
    /// them. A prefix ending in `.` covers a whole section.
    pub labels: Vec<String>,
    /// Every other key, with its evidence.
    pub evidence: std::collections::BTreeMap<String, Vec<String>>,
}

/// How an interface text is classed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class<'a> {
    Label,
    FactBearing(&'a [String]),
}

impl Rules {
    pub fn parse(json: &str) -> Result<Rules, ContentError> {
        serde_json::from_str(json)
            .map_err(|e| ContentError(format!("data/sources/evidence.toml: {e}")))
    }

    /// The class of one interface key, or why it has none (or two).
    pub fn classify(&self, key: &str) -> Result<Class<'_>, ContentError> {
        let label = self
            .interface
            .labels
            .iter()
            .any(|prefix| match prefix.strip_suffix('.') {
                Some(section) => key.starts_with(section) && key[section.len()..].starts_with('.'),
                None => key == prefix,
            });
        let evidence = self.interface.evidence.get(key);
        let fail = |why: &str| {
            Err(ContentError(format!(
                "data/sources/evidence.toml: '{key}' of locales/en.toml {why}"
            )))
        };
        match (label, evidence) {
            (true, None) => Ok(Class::Label),
            (false, Some(items)) if !items.is_empty() => Ok(Class::FactBearing(items)),
            (false, Some(_)) => fail("is fact-bearing but has no evidence"),
            (true, Some(_)) => fail("is both a label and a fact-bearing text"),
            (false, None) => fail(
                "is neither a label nor a fact-bearing text with evidence: add it to one of the two",
            ),
        }
    }

    /// Checks every interface key of English (which defines the keys) and every evidence entry.
    pub fn check_interface<'k>(
        &self,
        keys: impl IntoIterator<Item = &'k str>,
        ledger: &Ledger,
        data: &Dataset,
    ) -> Result<(), ContentError> {
        let keys: HashSet<&str> = keys.into_iter().collect();
        for key in &keys {
            if let Class::FactBearing(items) = self.classify(key)? {
                ledger.check(&format!("locales/en.toml '{key}'"), items, data)?;
            }
        }
        if let Some(stray) = self
            .interface
            .evidence
            .keys()
            .find(|k| !keys.contains(k.as_str()))
        {
            return Err(ContentError(format!(
                "data/sources/evidence.toml: evidence for '{stray}', which locales/en.toml lacks"
            )));
        }
        Ok(())
    }

    /// Checks the blocks of the content files: a fact-bearing block has evidence and all of it
    /// resolves; any other block states no value.
    pub fn check_blocks(
        &self,
        blocks: &[Block<'_>],
        ledger: &Ledger,
        data: &Dataset,
    ) -> Result<(), ContentError> {
        for block in blocks {
            let what = format!("{} '{}'", block.kind, block.id);
            let inline = block.inline_rows();
            if self.content.fact_bearing.iter().any(|k| k == block.kind) {
                if block.evidence.is_empty() && inline.is_empty() {
                    return Err(ContentError(format!(
                        "{what} states facts about the study but has no evidence: add an `evidence` list"
                    )));
                }
                ledger.check(&what, &block.evidence, data)?;
            } else if !inline.is_empty() || !block.evidence.is_empty() {
                return Err(ContentError(format!(
                    "{what}: this kind of block states no facts (data/sources/evidence.toml), so it may not cite values or quotes"
                )));
            }
        }
        Ok(())
    }
}

/// A block of prose in the content files, with what it rests on.
#[derive(Clone, Debug)]
pub struct Block<'a> {
    /// `story`, `myth`, `lesson`, `question`, `quiz`, `excerpt` or `transcript`.
    pub kind: &'static str,
    pub id: String,
    pub texts: Vec<&'a Bilingual>,
    /// Its `evidence` list (an excerpt's own quote comes first).
    pub evidence: Vec<&'a str>,
}

impl<'a> Block<'a> {
    /// The rows its texts cite as `{rate:…}` or `{runs:…}`, in both languages, each once.
    pub fn inline_rows(&self) -> Vec<&'a str> {
        inline_rows(&self.texts)
    }
}

/// The rows some texts cite as `{rate:…}` or `{runs:…}`, in both languages, each once.
pub fn inline_rows<'a>(texts: &[&'a Bilingual]) -> Vec<&'a str> {
    use crate::reference::{segments, Segment};
    let mut rows = Vec::new();
    for text in texts {
        for language in [text.en.as_str(), text.zh.as_str()] {
            for segment in segments(language) {
                if let Segment::Rate(q) | Segment::Runs(q) = segment {
                    if !rows.contains(&q) {
                        rows.push(q);
                    }
                }
            }
        }
    }
    rows
}
