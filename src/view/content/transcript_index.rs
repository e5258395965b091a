//! `#/transcripts`: every illustrative run, grouped by scenario, then the study's own words.

use strum::IntoEnumIterator;
use yew::prelude::*;

use crate::view::format::{outcome_class, outcome_label};
use yew_router::prelude::*;

use super::excerpt_list::ExcerptList;
use super::loaded::use_content;
use crate::i18n::{Key, PageKey};
use crate::routes::Route;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::{of_block, of_keys};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::use_texts;
use model::types::Scenario;

#[function_component(TranscriptIndex)]
pub fn transcript_index() -> Html {
    let t = use_texts();
    let library = &use_content().library;
    let lang = t.0;
    // A scenario's runs per task as the app starts (`use_in_steps`), then the study's excerpts:
    // drawn at once, the page was the longest task of its start (≈ 86 ms unthrottled).
    let scenarios = Scenario::iter().count();
    let sections = use_in_steps(scenarios + 1, 1, 1);
    let groups = Scenario::iter().take(sections).map(|scenario| {
        let cards = library.transcripts.iter().filter(|tr| tr.scenario == scenario).map(|tr| {
            html! {
                <li class={classes!("transcript-card", outcome_class(tr.outcome))}
                    data-transcript={tr.id.clone()}>
                    <h3>
                        <Link<Route> to={Route::Transcript { id: tr.id.clone() }}>{ tr.title.get(lang).to_string() }</Link<Route>>
                    </h3>
                    <p class="outcome">{ outcome_label(t, tr.outcome) }{ " · " }{ t.goal(tr.goal) }{ " · " }{ t.urgency(tr.urgency) }</p>
                    <p>{ tr.summary.get(lang).to_string() }</p>
                    <Evidence of={of_block(&tr.evidence, &[&tr.title, &tr.summary])} />
                </li>
            }
        });
        html! {
            <section class="transcript-group">
                <h2>{ t.scenario(scenario) }</h2>
                <ul class="transcript-cards">{ for cards }</ul>
            </section>
        }
    });
    html! {
        <article class="transcripts" aria-busy={(sections <= scenarios).then_some("true")}>
            <header class="page-head">
                <h1>{ t.page(PageKey::RunsTitle) }</h1>
                <p class="lede">{ t.get(Key::TranscriptsIntro) }</p>
                <Evidence of={of_keys(&[Key::TranscriptsIntro])} />
                <p class="illustrative-label" data-testid="illustrative-label">{ t.page(PageKey::RunsIllustrative) }</p>
            </header>
            { for groups }
            if sections > scenarios {
                // The way in to the page for a reader's own runs of the study.
                <p class="your-runs-line" data-testid="your-runs-link">
                    <Link<Route> to={Route::YourRuns}>{ t.page(PageKey::YourRunsInvite) }</Link<Route>>
                </p>
                <ExcerptList />
            }
        </article>
    }
}
