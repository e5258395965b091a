//! `#/classroom/handout`: one printable handout (at most two A4 pages): the key chart, the
//! caveats, the discussion questions and the citation. The print stylesheet does the layout.
//! Paper has no "Why we say this" to open, so each fact-bearing text carries note numbers and the
//! quotes they stand for are printed at the end.

use yew::prelude::*;

use super::bar_chart::BarChart;
use super::confidence_legend::ConfidenceLegend;
use super::content_gate::use_content;
use super::context::{use_texts, Shared};
use super::evidence::{citation, of_block, of_keys};
use super::headline::Headline;
use super::rich_text::rich_text;
use crate::i18n::Key;
use crate::i18n::Texts;
use crate::model::data::Dataset;
use crate::model::evidence::{Item, Ledger, Quote};
use crate::model::link::ExplorerState;

#[function_component(HandoutPage)]
pub fn handout_page() -> Html {
    let t = use_texts();
    let lang = t.0;
    let (content, data) = (&use_content().content, Dataset::bundled());
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let caveats = [
        Key::SourcesCaveatFictional,
        Key::SourcesCaveatRealWorld,
        Key::SourcesCaveatChekhov,
        Key::SourcesCaveatReal,
    ];
    let mut notes = Notes::default();
    let promise_refs = notes.refs(&of_keys(&[Key::AppPromise]));
    let caveat_items: Vec<Html> = caveats
        .iter()
        .map(|&k| html! { <li>{ t.get(k) }{ notes.refs(&of_keys(&[k])) }</li> })
        .collect();
    let questions: Vec<Html> = content
        .classroom
        .question
        .iter()
        .map(|q| {
            let refs = notes.refs(&of_block(&q.evidence, &[&q.text, &q.note]));
            html! { <li>{ rich_text(t, q.text.get(lang)) }{ refs }</li> }
        })
        .collect();
    html! {
        <article class="handout" data-testid="handout">
            <p class="no-print">
                <button type="button" class="primary" onclick={print}>{ t.get(Key::HandoutPrint) }</button>
            </p>
            <header>
                <h1>{ t.get(Key::HandoutTitle) }</h1>
                <p class="lede">{ t.promise() }{ promise_refs }</p>
            </header>
            <section class="handout-chart">
                <Headline state={ExplorerState::default()} data={Shared(data)} />
                <BarChart state={ExplorerState::default()} data={Shared(data)} on_change={Callback::noop()} />
                <ConfidenceLegend />
            </section>
            <section>
                <h2>{ t.get(Key::SourcesCaveatsTitle) }</h2>
                <ul>{ for caveat_items }</ul>
            </section>
            <section>
                <h2>{ t.get(Key::ClassroomQuestions) }</h2>
                <ol>{ for questions }</ol>
            </section>
            { notes.view(t) }
            <footer class="handout-source">
                <p class="citation" lang="en">{ t.get(Key::SourcesCiteText) }</p>
                <p class="small">{ t.footer() }</p>
            </footer>
        </article>
    }
}

/// The quotes cited on the handout, numbered in order of first use.
#[derive(Default)]
struct Notes(Vec<&'static Quote>);

impl Notes {
    /// The note numbers of a text's quotes, as a superscript; numbers new quotes as they come.
    fn refs(&mut self, items: &[&'static str]) -> Html {
        let ledger = Ledger::bundled();
        let mut numbers = Vec::new();
        for &item in items {
            let Item::Quote(id) = Item::parse(item) else {
                continue;
            };
            let Some(quote) = ledger.quote(id) else {
                continue;
            };
            let index = match self.0.iter().position(|q| std::ptr::eq(*q, quote)) {
                Some(index) => index,
                None => {
                    self.0.push(quote);
                    self.0.len() - 1
                }
            };
            numbers.push((index + 1).to_string());
        }
        if numbers.is_empty() {
            return html! {};
        }
        html! { <sup class="note-ref" data-testid="note-ref">{ numbers.join(",") }</sup> }
    }

    fn view(&self, t: Texts) -> Html {
        let text = |q: &Quote| match t.0 {
            crate::i18n::Lang::En => format!("“{}”", q.text),
            crate::i18n::Lang::Zh => format!("“{}”（{}）", q.zh, t.get(Key::EvidenceTranslation)),
        };
        html! {
            <section class="handout-notes" data-testid="handout-notes">
                <h2>{ t.get(Key::EvidenceNumberedTitle) }</h2>
                <ol>
                    { for self.0.iter().map(|q| html! {
                        <li>{ text(q) }{ " — " }{ citation(t, q) }</li>
                    }) }
                </ol>
            </section>
        }
    }
}
