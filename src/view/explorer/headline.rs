//! The sentence a reader takes away: model, count, runs, interval, condition, figure, sourcing
//! and the caveat, in one place.

use yew::prelude::*;

use crate::view::format::{
    caveat_key, condition_description, confidence_label, interval_text, sentence,
};

use crate::i18n::{Key, Texts};
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
use crate::view::shell::context::{use_texts, DataRef};
use model::data::ResultRow;
use model::explorer::{headline, without_instructions};
use model::link::ExplorerState;
use model::stats::percent_text;
use model::types::Vocabulary;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub state: ExplorerState,
    pub data: DataRef,
}

/// The parts of the headline for one state.
struct Parts {
    big_rate: Html,
    /// `data-confidence`: the value's confidence, or `not-published`.
    confidence: &'static str,
    sentence: Html,
    details: Html,
}

#[function_component(Headline)]
pub fn headline_view(props: &HeadlineProps) -> Html {
    let t = use_texts();
    let c = props.state.condition;
    let parts = match headline(&props.data, &props.state) {
        Some(row) => published(t, props, row),
        None => unpublished(t, props),
    };
    let description = condition_description(c);
    let words = t.sentences(&description.iter().map(|&k| t.get(k)).collect::<Vec<_>>());
    // One <h2> for every state: a polite live region only announces changes to an element that
    // was already there, so the published and not-published headlines share it.
    html! {
        <section class="headline-block" data-scenario={c.scenario.id()}>
            <p class="scenario-desc" data-testid="scenario-desc">{ words }</p>
            <Evidence of={of_keys(&description)} />
            { parts.big_rate }
            <h2 class="headline" data-testid="headline" data-confidence={parts.confidence} aria-live="polite">
                { parts.sentence }
            </h2>
            // The study's caveat right under the number it qualifies: below the details, a phone's
            // first screen showed the lethal-action rate without it.
            <p class="caveat" data-testid="caveat">{ t.get(caveat_key(c.scenario)) }</p>
            <Evidence of={of_keys(&[caveat_key(c.scenario)])} />
            { parts.details }
        </section>
    }
}

/// A published value: the rate, the sentence with its mark, the interval, the value without
/// safety instructions where that applies, and where the value comes from.
fn published(t: Texts, props: &HeadlineProps, row: &ResultRow) -> Parts {
    let state = &props.state;
    let mark = Texts::confidence_mark(row.confidence);
    let baseline = without_instructions(&props.data, state).and_then(|base| {
        Some(t.fill(
            Key::HeadlineWithoutInstructions,
            &[
                ("k", &base.count()?.to_string()),
                ("n", &base.n?.to_string()),
            ],
        ))
    });
    let model_name = props.data.model_name(&state.model);
    Parts {
        big_rate: html! { <p class="big-rate" aria-hidden="true">{ percent_text(&row.rate_text) }</p> },
        confidence: row.confidence.id(),
        sentence: html! {
            <>
                { sentence(t, state.condition.scenario, model_name, row) }
                if !mark.is_empty() {
                    <span class="mark" title={t.confidence_short(row.confidence)}>{ format!(" {mark}") }</span>
                }
            </>
        },
        details: html! {
            <>
                <p class="interval" data-testid="interval">{ interval_text(t, row) }</p>
                if let Some(baseline) = baseline {
                    <p class="baseline" data-testid="baseline">{ baseline }</p>
                }
                <dl class="facts">
                    <dt>{ t.get(Key::HeadlineCondition) }</dt>
                    <dd data-testid="condition">{ t.condition(state.condition) }</dd>
                    <dt>{ t.get(Key::HeadlineSource) }</dt>
                    <dd data-testid="figure">{ t.figures(&row.figures) }</dd>
                    <dt>{ t.get(Key::HeadlineSourceText) }</dt>
                    <dd data-testid="source-kind">{ t.source_kind(&row.source_kind) }</dd>
                    <dt>{ t.get(Key::HeadlineConfidence) }</dt>
                    <dd data-testid="confidence">{ confidence_label(t, row.confidence) }</dd>
                </dl>
                if let Some(note) = row.note {
                    <p class="row-note" data-testid="row-note">{ t.note(note) }</p>
                    <Evidence of={of_keys(&[Texts::note_key(note)])} />
                }
            </>
        },
    }
}

/// No published value for this model and condition: say so, never a number.
fn unpublished(t: Texts, props: &HeadlineProps) -> Parts {
    let model_name = props.data.model_name(&props.state.model);
    Parts {
        big_rate: html! { <p class="big-rate unpublished" aria-hidden="true">{ "—" }</p> },
        confidence: "not-published",
        sentence: html! { { t.fill(Key::HeadlineNotPublished, &[("model", model_name)]) } },
        details: html! {
            <>
                <p class="interval" data-testid="interval">{ t.get(Key::HeadlineNoBar) }</p>
                <dl class="facts">
                    <dt>{ t.get(Key::HeadlineCondition) }</dt>
                    <dd data-testid="condition">{ t.condition(props.state.condition) }</dd>
                </dl>
            </>
        },
    }
}
