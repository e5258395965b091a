//! "Why we say this": the quotes and data rows a fact-bearing text rests on (`model::evidence`),
//! revealed under the text. A native `<details>`, so it opens with a click, Enter or Space, is
//! announced as a disclosure by screen readers, and needs no script to work.

use crate::bundled;
use yew::prelude::*;

use crate::i18n::{evidence, has_evidence, Key, Lang, Texts};
use crate::view::format::{row_condition, runs_phrase};
use crate::view::hooks::drawn_when_opened::use_drawn_when_opened;
use crate::view::shell::context::use_texts;
use crate::view::shell::site_file::{self, file_error, FileError};
use model::bundle::EvidenceFile;
use model::evidence::{inline_rows, Item, Ledger, Quote};
use model::reference::RowRef;
use model::stats::percent_text;
use model::transcripts::Bilingual;

/// What a text's evidence is: the keys of interface texts shown as one block, or the items of a
/// block of the content files.
#[derive(Clone, PartialEq)]
pub enum Of {
    Keys(Vec<Key>),
    Items(Vec<&'static str>),
}

#[derive(Properties, PartialEq)]
pub struct EvidenceProps {
    pub of: Of,
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
    fn any(&self) -> bool {
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

/// The evidence file once it has loaded (or why it could not), and a callback that starts
/// loading it; `now` starts at once.
#[hook]
pub fn use_evidence_file(
    now: bool,
) -> (
    Option<Result<&'static EvidenceFile, FileError>>,
    Callback<()>,
) {
    let state = use_state(|| bundled::EVIDENCE.get().map(Ok));
    let request = {
        let state = state.clone();
        Callback::from(move |()| {
            if matches!(*state, Some(Ok(_))) {
                return;
            }
            // A text opened while another's first load is under way fetches the file too (a reader
            // opens one at a time); a queue of waiters to share one load cost 0.4 KB gzip of the
            // main module, measured, which is over its budget.
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Some(site_file::evidence_file().await));
            });
        })
    };
    {
        let request = request.clone();
        use_effect_with(now, move |&now| {
            if now {
                request.emit(());
            }
        });
    }
    (*state, request)
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

/// Why the quotes could not load, naming the file.
pub fn evidence_failed(t: Texts, error: FileError) -> Html {
    let reason = file_error(t, error);
    html! {
        <p class="evidence-status" role="alert">
            { t.fill(Key::ContentFailedReason, &[("file", bundled::EVIDENCE.name), ("reason", &reason)]) }
        </p>
    }
}

/// The quotes are drawn once a reader first opens it, as the chart's table is
/// (`use_drawn_when_opened`): on the pages that have their quotes from the start (the runs'
/// index, what happened next, the handout, sources) they were built at the app's start for
/// nobody, 45 of the 64 KB of the runs' index's page.
#[function_component(Evidence)]
pub fn evidence_view(props: &EvidenceProps) -> Html {
    let t = use_texts();
    let (file, request) = use_evidence_file(false);
    // Loads the quotes the first time the reader opens it.
    let (opened, ontoggle) = use_drawn_when_opened(request.clone());
    if !props.of.any() {
        return html! {};
    }
    html! {
        <details class="evidence" data-testid="evidence" {ontoggle}>
            <summary>{ t.get(Key::EvidenceSummary) }</summary>
            if opened {
                { evidence_body(t, &props.of, file, request) }
            }
        </details>
    }
}

/// What an opened "Why we say this" shows: its quotes and rows, or why they could not load.
fn evidence_body(
    t: Texts,
    of: &Of,
    file: Option<Result<&'static EvidenceFile, FileError>>,
    request: Callback<()>,
) -> Html {
    match file {
        Some(Ok(file)) => {
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
        Some(Err(error)) => html! {
            <>
                { evidence_failed(t, error) }
                <button type="button" onclick={request.reform(|_| ())}>{ t.get(Key::ContentRetry) }</button>
            </>
        },
        None => {
            html! { <p class="evidence-status" role="status">{ t.get(Key::EvidenceLoading) }</p> }
        }
    }
}
