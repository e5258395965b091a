//! "Why we say this": the quotes and data rows a fact-bearing text rests on (`model::evidence`),
//! revealed under the text. A native `<details>`, so it opens with a click, Enter or Space, is
//! announced as a disclosure by screen readers, and needs no script to work.

use yew::prelude::*;

use super::context::use_texts;
use super::headline::runs_phrase;
use crate::i18n::{evidence, Key, Lang, Texts};
use crate::model::content::RowRef;
use crate::model::data::Dataset;
use crate::model::evidence::{inline_rows, Item, Ledger, Quote, OUR_NOTES};
use crate::model::stats::percent_text;
use crate::model::transcripts::Bilingual;

#[derive(Properties, PartialEq)]
pub struct EvidenceProps {
    /// Quote ids and row queries, in the order they are shown.
    pub items: Vec<&'static str>,
}

/// The evidence of interface texts shown together as one block, each item once.
pub fn of_keys(keys: &[Key]) -> Vec<&'static str> {
    let mut items = Vec::new();
    for &key in keys {
        for &item in evidence(key) {
            if !items.contains(&item) {
                items.push(item);
            }
        }
    }
    items
}

/// The evidence of a block of the content files: its own list, then the rows its texts cite.
pub fn of_block(list: &'static [String], texts: &[&'static Bilingual]) -> Vec<&'static str> {
    let mut items: Vec<&'static str> = list.iter().map(String::as_str).collect();
    for row in inline_rows(texts) {
        if !items.contains(&row) {
            items.push(row);
        }
    }
    items
}

/// "Research post, Footnote 10, 2025-06-20".
pub fn citation(t: Texts, quote: &Quote) -> String {
    let ledger = Ledger::bundled();
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

fn quote_item(t: Texts, quote: &'static Quote) -> Html {
    let cite = html! {
        <>
            <p class="evidence-cite">{ citation(t, quote) }</p>
            if quote.source == OUR_NOTES {
                <p class="evidence-cite">{ t.get(Key::EvidenceNotesCaution) }</p>
            }
        </>
    };
    let original = html! {
        <blockquote class="evidence-text" lang="en" data-testid="evidence-quote">{ quote.text.as_str() }</blockquote>
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
    let data = Dataset::bundled();
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
    let text = t.fill(
        Key::EvidenceRow,
        &[
            ("model", data.model_name(&reference.model)),
            ("condition", &t.condition(reference.condition)),
            ("value", &value),
            ("figure", &t.figures(&row.figures)),
            ("source", &t.source_kind(&row.source_kind)),
        ],
    );
    html! { <li class="evidence-row" data-testid="evidence-row" data-ref={query}>{ text }</li> }
}

#[function_component(Evidence)]
pub fn evidence_view(props: &EvidenceProps) -> Html {
    let t = use_texts();
    if props.items.is_empty() {
        return html! {};
    }
    let ledger = Ledger::bundled();
    let items = props.items.iter().map(|&item| match Item::parse(item) {
        Item::Quote(id) => ledger.quote(id).map_or(html! {}, |q| quote_item(t, q)),
        Item::Row(query) => row_item(t, query),
    });
    html! {
        <details class="evidence" data-testid="evidence">
            <summary>{ t.get(Key::EvidenceSummary) }</summary>
            <ul class="evidence-list">{ for items }</ul>
        </details>
    }
}
