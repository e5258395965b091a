//! What a text's evidence is ([`Of`]), and the code that decodes the evidence file and draws what
//! it holds: the quotes and data rows under an opened "Why we say this" (`evidence.rs`), and the
//! quotes the pages that print them show. The decoding and drawing are a wasm chunk of their own
//! (`evidence_code`, entered through [`code`]), opened with the file (`site_file::evidence_file`):
//! no page needs them before a reader opens a "Why we say this" or a page that prints quotes is
//! opened, and in the main module they were 4 KB gzip that every page started with (measured).

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::bundled;
use crate::i18n::{evidence, has_evidence, Key, Lang, Texts};
use crate::view::format::{row_condition, runs_phrase};
use model::bundle::EvidenceFile;
use model::evidence::{inline_rows, Item, Ledger, Quote};
use model::reference::RowRef;
use model::stats::percent_text;
use model::transcripts::Bilingual;

/// What the chunk hands back.
#[derive(Clone, Copy)]
pub struct EvidenceCode {
    /// Decodes the file's bytes, once per visit (`bundled::EVIDENCE`).
    pub install: fn(&[u8]) -> Result<&'static EvidenceFile, postcard::Error>,
    /// The quotes and data rows a text rests on.
    pub list: fn(Texts, &Of, &'static EvidenceFile) -> Html,
}

const CODE: EvidenceCode = EvidenceCode {
    install,
    list: evidence_list,
};

thread_local! {
    /// Set once the chunk is open. Stored on this side of the split, as `view::content` does.
    static OPENED: Cell<Option<EvidenceCode>> = const { Cell::new(None) };
}

#[wasm_split(evidence_code, fallible)]
fn code() -> Result<EvidenceCode, SplitLoaderError> {
    Ok(CODE)
}

fn install(bytes: &[u8]) -> Result<&'static EvidenceFile, postcard::Error> {
    bundled::EVIDENCE.install(bytes)
}

/// Opens the chunk (once per visit; a failed fetch is tried afresh next time).
pub async fn open() -> Result<EvidenceCode, SplitLoaderError> {
    if let Some(code) = opened() {
        return Ok(code);
    }
    let code = code().await?;
    OPENED.set(Some(code));
    Ok(code)
}

/// The code, if the chunk is open: always once the file has been installed, which needs it; on
/// the host, where the split is a plain call, always.
pub fn opened() -> Option<EvidenceCode> {
    if cfg!(not(target_arch = "wasm32")) {
        OPENED.set(Some(CODE));
    }
    OPENED.get()
}

/// What a text's evidence is: the keys of interface texts shown as one block, or the items of a
/// block of the content files.
#[derive(Clone, PartialEq)]
pub enum Of {
    Keys(Vec<Key>),
    Items(Vec<&'static str>),
}

/// The evidence of interface texts shown together as one block.
pub fn of_keys(keys: &[Key]) -> Of {
    Of::Keys(keys.to_vec())
}

/// The evidence of a block of the content files: its own list, then the rows its texts cite.
pub fn of_block(list: &'static [String], texts: &[&'static Bilingual]) -> Of {
    Of::Items(block_items(list, texts))
}

fn block_items(list: &'static [String], texts: &[&'static Bilingual]) -> Vec<&'static str> {
    let mut items: Vec<&'static str> = list.iter().map(String::as_str).collect();
    for row in inline_rows(texts) {
        if !items.contains(&row) {
            items.push(row);
        }
    }
    items
}

impl Of {
    /// Whether there is evidence to offer, known before the evidence file has loaded.
    pub fn any(&self) -> bool {
        match self {
            Of::Keys(keys) => keys.iter().any(|&k| has_evidence(k)),
            Of::Items(items) => !items.is_empty(),
        }
    }

    /// The items, each once, in order.
    pub fn items(&self, file: &'static EvidenceFile) -> Vec<&'static str> {
        match self {
            Of::Items(items) => items.clone(),
            Of::Keys(keys) => {
                let mut items = Vec::new();
                for &key in keys {
                    for item in evidence(file, key) {
                        if !items.contains(&item.as_str()) {
                            items.push(item.as_str());
                        }
                    }
                }
                items
            }
        }
    }
}

/// "Anthropic research post … · Footnote 10 · 2025-06-20".
pub fn citation(t: Texts, ledger: &Ledger, quote: &Quote) -> String {
    let mut parts = Vec::new();
    if let Some(source) = ledger.source(&quote.source) {
        parts.push(source.name.get(t.0).to_string());
    }
    parts.push(quote.locator.get(t.0).to_string());
    if let Some(date) = ledger.source(&quote.source).map(|s| s.date.as_str()) {
        if !date.is_empty() {
            parts.push(date.to_string());
        }
    }
    parts.join(" · ")
}

/// A quote's words, emphasised where its source emphasises them (`Quote::emphasised`, made by
/// the build), without the asterisks the notes mark it with.
pub fn quote_words(quote: &Quote) -> Html {
    if quote.emphasised.is_empty() {
        return html! { { quote.text.as_str() } };
    }
    quote
        .emphasised
        .iter()
        .enumerate()
        .map(|(i, words)| match i % 2 {
            0 => html! { { words.as_str() } },
            _ => html! { <em>{ words.as_str() }</em> },
        })
        .collect()
}

fn quote_item(t: Texts, ledger: &Ledger, quote: &'static Quote) -> Html {
    // Our notes' own quotes say so in their source's name ("our own words …, not the study's").
    let cite = html! { <p class="evidence-cite">{ citation(t, ledger, quote) }</p> };
    let original = html! {
        <blockquote class="evidence-text" lang="en" data-testid="evidence-quote">{ quote_words(quote) }</blockquote>
    };
    match t.0 {
        Lang::En => html! { <li class="evidence-quote-item">{ original }{ cite }</li> },
        Lang::Zh => html! {
            <li class="evidence-quote-item">
                <blockquote class="evidence-translation" lang="zh-Hans">{ quote.zh.as_str() }</blockquote>
                <p class="small">{ t.get(Key::EvidenceTranslation) }</p>
                <details class="evidence-original">
                    <summary>{ t.get(Key::EvidenceOriginal) }</summary>
                    { original }
                </details>
                { cite }
            </li>
        },
    }
}

fn row_item(t: Texts, query: &'static str) -> Html {
    let data = bundled::dataset();
    let Some((reference, row)) = RowRef::parse(query)
        .ok()
        .and_then(|r| r.find(data).map(|row| (r, row)))
    else {
        return html! {};
    };
    let value = match row.n {
        Some(_) => runs_phrase(t, row),
        None => percent_text(&row.rate_text),
    };
    let condition = row_condition(t, reference.condition, reference.metric);
    let text = t.fill(
        Key::EvidenceRow,
        &[
            ("model", data.model_name(&reference.model)),
            ("condition", &condition),
            ("value", &value),
            ("figure", &t.figures(&row.figures)),
            ("source", &t.source_kind(&row.source_kind)),
        ],
    );
    html! { <li class="evidence-row" data-testid="evidence-row" data-ref={query}>{ text }</li> }
}

/// The quotes and data rows a text rests on; in the evidence code's chunk (`evidence_code`).
fn evidence_list(t: Texts, of: &Of, file: &'static EvidenceFile) -> Html {
    let ledger = &file.ledger;
    let items = of.items(file);
    let items = items.iter().map(|&item| match Item::parse(item) {
        Item::Quote(id) => ledger
            .quote(id)
            .map_or(html! {}, |q| quote_item(t, ledger, q)),
        Item::Row(query) => row_item(t, query),
    });
    html! { <ul class="evidence-list">{ for items }</ul> }
}
