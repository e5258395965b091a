//! `#/classroom/handout`: one printable handout (at most two A4 pages): the key chart, the
//! caveats, the discussion questions and the citation. The print stylesheet does the layout.

use yew::prelude::*;

use super::bar_chart::BarChart;
use super::confidence_legend::ConfidenceLegend;
use super::content_gate::use_content;
use super::context::{use_texts, Shared};
use super::headline::Headline;
use super::rich_text::rich_text;
use crate::i18n::Key;
use crate::model::data::Dataset;
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
    html! {
        <article class="handout" data-testid="handout">
            <p class="no-print">
                <button type="button" class="primary" onclick={print}>{ t.get(Key::HandoutPrint) }</button>
            </p>
            <header>
                <h1>{ t.get(Key::HandoutTitle) }</h1>
                <p class="lede">{ t.get(Key::AppPromise) }</p>
            </header>
            <section class="handout-chart">
                <Headline state={ExplorerState::default()} data={Shared(data)} />
                <BarChart state={ExplorerState::default()} data={Shared(data)} on_change={Callback::noop()} />
                <ConfidenceLegend />
            </section>
            <section>
                <h2>{ t.get(Key::SourcesCaveatsTitle) }</h2>
                <ul>{ for caveats.iter().map(|&k| html! { <li>{ t.get(k) }</li> }) }</ul>
            </section>
            <section>
                <h2>{ t.get(Key::ClassroomQuestions) }</h2>
                <ol>{ for content.classroom.question.iter().map(|q| html! { <li>{ rich_text(t, q.text.get(lang)) }</li> }) }</ol>
            </section>
            <footer class="handout-source">
                <p class="citation" lang="en">{ t.get(Key::SourcesCiteText) }</p>
                <p class="small">{ t.get(Key::AppFooter) }</p>
            </footer>
        </article>
    }
}
