//! Sources & method (`#/sources`): how the study was run, what the marks mean, what is not
//! published, every value in the app, and how to cite.

use crate::bundled;
use strum::IntoEnumIterator;
use yew::prelude::*;

use super::data_table::DataTable;
use crate::i18n::{Key, Texts};
use crate::view::common::evidence::{use_evidence_file, Evidence};
use crate::view::common::evidence_list::of_keys;
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, Shared};
use model::types::Confidence;

/// Paragraphs, each followed by its evidence.
fn paragraphs(t: Texts, keys: &[Key]) -> Html {
    keys.iter()
        .map(|&k| html! { <><p>{ t.get(k) }</p><Evidence of={of_keys(&[k])} /></> })
        .collect()
}

/// A list whose items each carry their evidence.
fn list(t: Texts, keys: &[Key]) -> Html {
    html! {
        <ul>
            { for keys.iter().map(|&k| html! {
                <li>{ t.get(k) }<Evidence of={of_keys(&[k])} /></li>
            }) }
        </ul>
    }
}

/// The texts the ledger quotes, with their dates (from the evidence file, loaded on this page),
/// and when they were last checked.
#[function_component(LedgerSources)]
fn ledger_sources() -> Html {
    let t = use_texts();
    let (file, _) = use_evidence_file(true);
    let sources = match file {
        Some(Ok(file)) => file.ledger.sources.as_slice(),
        _ => &[],
    };
    html! {
        <section data-testid="ledger-sources">
            <h2>{ t.get(Key::SourcesLedgerTitle) }</h2>
            <p>{ t.get(Key::SourcesLedgerIntro) }</p>
            <ul>
                { for sources.iter().map(|s| html! {
                    <li>
                        { s.name.get(t.0).to_string() }
                        if !s.date.is_empty() { { " · " }<span class="date">{ s.date.clone() }</span> }
                    </li>
                }) }
            </ul>
            <p data-testid="sources-checked">{ with_date(t.get(Key::SourcesChecked), &bundled::facts().checked) }</p>
        </section>
    }
}

/// A text with its `{date}` filled in, the date kept on one line: a narrow screen broke
/// 2026-11-28 at a hyphen.
fn with_date(template: &str, date: &str) -> Html {
    let (before, after) = template.split_once("{date}").unwrap_or((template, ""));
    html! { <>{ before }<span class="date">{ date.to_string() }</span>{ after }</> }
}

#[function_component(SourcesPage)]
pub fn sources_page() -> Html {
    let t = use_texts();
    // The method and caveats, then the rest of the prose, then the table (itself drawn a group of
    // rows at a time): one per task as the app starts (`use_in_steps`), where the whole page was
    // one task of up to 250 ms on Lighthouse's slow phone.
    let sections = use_in_steps(3, 1, 1);
    html! {
        <article class="sources" aria-busy={(sections < 3).then_some("true")}>
            <header class="page-head">
                <h1>{ t.get(Key::SourcesTitle) }</h1>
                <p class="lede">{ t.get(Key::SourcesIntro) }</p>
            </header>
            <section>
                <h2>{ t.get(Key::SourcesMethodTitle) }</h2>
                { paragraphs(t, &[Key::SourcesMethodCompany, Key::SourcesMethodDilemma, Key::SourcesMethodRuns,
                    Key::SourcesMethodClassifier, Key::SourcesMethodModels, Key::SourcesMethodInterval]) }
            </section>
            <section>
                <h2>{ t.get(Key::SourcesCaveatsTitle) }</h2>
                { list(t, &[Key::SourcesCaveatFictional, Key::SourcesCaveatRealWorld, Key::SourcesCaveatChekhov,
                    Key::SourcesCaveatReal, Key::SourcesCaveatContrived]) }
            </section>
            if sections >= 2 { { later_sections(t) } }
            if sections >= 3 {
                <section>
                    <h2>{ t.get(Key::SourcesTableTitle) }</h2>
                    <p>{ t.get(Key::SourcesTableIntro) }</p>
                    <DataTable data={Shared(bundled::dataset())} />
                </section>
            }
        </article>
    }
}

/// What the confidence marks mean, what is not published, the ledger's sources and how to cite.
fn later_sections(t: Texts) -> Html {
    html! {
        <>
            <section>
                <h2>{ t.get(Key::SourcesConfidenceTitle) }</h2>
                <p>{ t.get(Key::SourcesConfidenceIntro) }</p>
                <dl class="confidence-defs">
                    { for Confidence::iter().map(|c| {
                        let mark = Texts::confidence_mark(c);
                        html! {
                            <>
                                <dt>{ format!("{mark} {}", t.confidence_name(c)).trim().to_string() }</dt>
                                <dd>{ t.confidence_explained(c).trim_start_matches(['◇', '†', ' ']) }</dd>
                            </>
                        }
                    }) }
                </dl>
            </section>
            <section>
                <h2>{ t.get(Key::SourcesUnpublishedTitle) }</h2>
                { list(t, &[Key::SourcesUnpublishedSafety, Key::SourcesUnpublishedGoals, Key::SourcesUnpublishedEval, Key::SourcesUnpublishedParams]) }
                <h3>{ t.get(Key::SourcesOtherTitle) }</h3>
                { paragraphs(t, &[Key::SourcesOtherText]) }
            </section>
            <LedgerSources />
            <section>
                <h2>{ t.get(Key::SourcesCiteTitle) }</h2>
                <p class="citation" lang="en">{ t.get(Key::SourcesCiteText) }</p>
                <p class="small">{ t.get(Key::SourcesCiteNote) }</p>
            </section>
        </>
    }
}
