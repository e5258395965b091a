//! `#/classroom/handout`: one printable handout (at most two A4 pages): the key chart, the
//! caveats, the discussion questions and the citation. The print stylesheet does the layout.
//! Paper has no "Why we say this" to open, so each fact-bearing text carries note numbers and the
//! quotes they stand for are printed at the end.

use crate::bundled;
use yew::prelude::*;

use super::loaded::use_content;
use super::rich_text::rich_text;
use crate::i18n::{Key, PageKey, Texts};
use crate::view::common::evidence::{evidence_failed, use_evidence_file};
use crate::view::common::evidence_list::{of_block, of_keys, Of};
use crate::view::explorer::bar_chart::BarChart;
use crate::view::explorer::confidence_legend::ConfidenceLegend;
use crate::view::explorer::headline::Headline;
use crate::view::format::{caveat_key, condition_description};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, Shared};
use model::bundle::EvidenceFile;
use model::content::DiscussionQuestion;
use model::evidence::{Item, Quote};
use model::link::ExplorerState;

#[function_component(HandoutPage)]
pub fn handout_page() -> Html {
    let t = use_texts();
    let lang = t.0;
    let (content, data) = (&use_content().content, bundled::dataset());
    // The headline, the chart, then the caveats and questions, then the notes: one per task as the
    // app starts (`use_in_steps`); the numbering of the notes is the same whichever are drawn. The
    // chart was drawn with the headline, the start's longest task (49–74 ms in Lighthouse's trace).
    let sections = use_in_steps(4, 1, 1);
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
    // Paper cannot open "Why we say this", so the page fetches the quotes for its notes at once.
    let file = match use_evidence_file(true).0 {
        Some(Ok(file)) => file,
        Some(Err(error)) => return evidence_failed(t, error),
        None => return html! { <p class="small" role="status">{ t.get(Key::EvidenceLoading) }</p> },
    };
    let mut notes = Notes::new(file);
    let promise_refs = notes.refs(&of_keys(&[Key::AppPromise]));
    // The chart's own texts (what the condition is, the caveat, the legend's caveat), whose
    // "Why we say this" paper cannot open.
    let state = ExplorerState::default();
    let mut chart_keys = condition_description(state.condition);
    chart_keys.extend([caveat_key(state.condition.scenario), Key::CaveatGeneral]);
    let chart_refs = notes.refs(&of_keys(&chart_keys));
    let caveat_items: Vec<Html> = caveats
        .iter()
        .map(|&k| html! { <li>{ t.get(k) }{ notes.refs(&of_keys(&[k])) }</li> })
        .collect();
    let questions: Vec<Html> = content
        .classroom
        .question
        .iter()
        .map(|q| {
            let refs = notes.refs(&printed(q, file));
            html! { <li>{ rich_text(t, q.text.get(lang)) }{ refs }</li> }
        })
        .collect();
    html! {
        <article class="handout" data-testid="handout" aria-busy={(sections < 4).then_some("true")}>
            <p class="no-print">
                <button type="button" class="primary" onclick={print}>{ t.page(PageKey::HandoutPrint) }</button>
            </p>
            <header>
                <h1>{ t.page(PageKey::HandoutTitle) }</h1>
                <p class="lede">{ t.promise() }{ promise_refs }</p>
            </header>
            <section class="handout-chart">
                <Headline state={state.clone()} data={Shared(data)} />
                if sections > 1 {
                    <BarChart state={state} data={Shared(data)} on_change={Callback::noop()} selectable=false />
                    <ConfidenceLegend />
                    <p class="small print-only">{ t.get(Key::EvidenceNotesForChart) }{ chart_refs }</p>
                }
            </section>
            if sections > 2 {
                <section>
                    <h2>{ t.get(Key::SourcesCaveatsTitle) }</h2>
                    <ul>{ for caveat_items }</ul>
                </section>
                <section>
                    <h2>{ t.page(PageKey::ClassroomQuestions) }</h2>
                    <ol>{ for questions }</ol>
                </section>
            }
            if sections > 3 {
                { notes.view(t) }
                <footer class="handout-source">
                    <p class="citation" lang="en">{ t.get(Key::SourcesCiteText) }</p>
                    <p class="small">{ t.footer() }</p>
                </footer>
            }
        </article>
    }
}

/// The evidence of a discussion question that its printed text uses: the quotes it quotes
/// (“…”), what its words state besides (`text_evidence`, data/classroom.toml) and the rows it
/// cites. The rest of its evidence supports the teacher's note, which the handout does not print;
/// two pages leave no room for notes on it.
fn printed(q: &'static DiscussionQuestion, file: &'static EvidenceFile) -> Of {
    let fragments: Vec<&str> = q
        .text
        .en
        .split('“')
        .skip(1)
        .filter_map(|s| s.split('”').next())
        .collect();
    let items = of_block(&q.evidence, &[&q.text])
        .items(file)
        .into_iter()
        .filter(|&item| match Item::parse(item) {
            Item::Row(_) => true,
            Item::Quote(id) => {
                q.text_evidence.iter().any(|own| own == id)
                    || file
                        .ledger
                        .quote(id)
                        .is_some_and(|quote| fragments.iter().any(|f| quote.text.contains(f)))
            }
        })
        .collect();
    Of::Items(items)
}

/// The places in the sources that the handout cites, numbered in order of first use (each kept
/// as the first quote from it).
struct Notes {
    file: &'static EvidenceFile,
    quotes: Vec<&'static Quote>,
}

impl Notes {
    fn new(file: &'static EvidenceFile) -> Notes {
        Notes {
            file,
            quotes: Vec::new(),
        }
    }

    /// The note numbers of a text's quotes, as a superscript; numbers new quotes as they come.
    fn refs(&mut self, of: &Of) -> Html {
        let mut numbers: Vec<usize> = Vec::new();
        for item in of.items(self.file) {
            let Item::Quote(id) = Item::parse(item) else {
                continue;
            };
            let Some(quote) = self.file.ledger.quote(id) else {
                continue;
            };
            // One note per place in a source: quotes from the same place share its number.
            let same_place = |q: &&Quote| q.source == quote.source && q.locator == quote.locator;
            let index = match self.quotes.iter().position(same_place) {
                Some(index) => index,
                None => {
                    self.quotes.push(quote);
                    self.quotes.len() - 1
                }
            };
            if !numbers.contains(&(index + 1)) {
                numbers.push(index + 1);
            }
        }
        if numbers.is_empty() {
            return html! {};
        }
        // In order, whatever order the text's quotes came in ("3,4,1,2" read as a mistake).
        numbers.sort_unstable();
        let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
        html! { <sup class="note-ref" data-testid="note-ref">{ numbers.join(",") }</sup> }
    }

    /// Where each note's words are: the source's id and the place in it, after a key to the
    /// sources with their dates. The words themselves would take pages; they are under "Why we
    /// say this" beside the same texts in the app.
    fn view(&self, t: Texts) -> Html {
        let ledger = &self.file.ledger;
        let mut used: Vec<&str> = self.quotes.iter().map(|q| q.source.as_str()).collect();
        used.dedup();
        let key = ledger
            .sources
            .iter()
            .filter(|s| used.contains(&s.id.as_str()))
            .map(|s| {
                let date = if s.date.is_empty() {
                    String::new()
                } else {
                    format!("{}{}", t.page(PageKey::PunctuationComma), s.date)
                };
                let colon = t.page(PageKey::PunctuationColon);
                format!("{}{colon}{}{date}", s.id, s.short.get(t.0))
            })
            .collect::<Vec<_>>()
            .join(" · ");
        html! {
            <section class="handout-notes" data-testid="handout-notes">
                <h2>{ t.get(Key::EvidenceNumberedTitle) }</h2>
                <p class="small">{ t.get(Key::EvidenceNotesIntro) }{ " " }{ key }</p>
                <ol>
                    { for self.quotes.iter().map(|q| html! {
                        <li data-quote={q.id.clone()}>{ format!("{} · {}", q.source, q.locator.get(t.0)) }</li>
                    }) }
                </ol>
            </section>
        }
    }
}
