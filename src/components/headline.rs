//! The sentence a reader takes away: model, count, runs, interval, condition, figure, sourcing
//! and the caveat, in one place.

use yew::prelude::*;

use super::context::{use_texts, DataRef};
use super::evidence::{of_keys, Evidence};
use crate::i18n::{Key, Texts};
use model::data::ResultRow;
use model::explorer::{headline, interval, without_instructions};
use model::link::ExplorerState;
use model::stats::{bound_text, percent_text};
use model::types::{Condition, Confidence, Goal, Scenario, Urgency, Vocabulary};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub state: ExplorerState,
    pub data: DataRef,
}

/// "Claude Opus 4 blackmailed in 96 of 100 runs", or the rate alone where runs are not stated.
pub fn sentence(t: Texts, scenario: Scenario, model: &str, row: &ResultRow) -> String {
    match (row.count(), row.n) {
        (Some(k), Some(n)) => {
            let key = match scenario {
                Scenario::Blackmail => Key::HeadlineBlackmail,
                Scenario::Leaking => Key::HeadlineLeaking,
                Scenario::Murder => Key::HeadlineMurder,
            };
            t.fill(
                key,
                &[
                    ("model", model),
                    ("k", &k.to_string()),
                    ("n", &n.to_string()),
                ],
            )
        }
        _ => {
            let key = match scenario {
                Scenario::Blackmail => Key::HeadlineBlackmailRate,
                Scenario::Leaking => Key::HeadlineLeakingRate,
                Scenario::Murder => Key::HeadlineMurderRate,
            };
            t.fill(
                key,
                &[("model", model), ("rate", &percent_text(&row.rate_text))],
            )
        }
    }
}

/// "96 of 100 runs" (or the rate alone where the runs are not stated), for running text.
pub fn runs_phrase(t: Texts, row: &ResultRow) -> String {
    match (row.count(), row.n) {
        (Some(k), Some(n)) => t.fill(
            Key::DataRuns,
            &[("k", &k.to_string()), ("n", &n.to_string())],
        ),
        _ => percent_text(&row.rate_text),
    }
}

/// "95% interval 90.2%–98.4%", or why there is none.
pub fn interval_text(t: Texts, row: &ResultRow) -> String {
    match interval(row) {
        Some(i) => t.fill(
            Key::HeadlineInterval,
            &[("low", &bound_text(i.low)), ("high", &bound_text(i.high))],
        ),
        None => t.get(Key::HeadlineNoInterval).to_string(),
    }
}

/// The one-line caveat that goes with every number of a scenario.
pub fn caveat_key(scenario: Scenario) -> Key {
    match scenario {
        Scenario::Blackmail => Key::CaveatBlackmail,
        Scenario::Leaking => Key::CaveatLeaking,
        Scenario::Murder => Key::CaveatMurder,
    }
}

/// The sentences that describe the condition actually selected: the setting, then the goal,
/// then the threat. A sentence is shown only for the conditions its evidence covers: the wipe
/// only where there is a replacement threat, the rival's shared goals only where the model has a
/// goal, NALA's "same priorities" only in blackmail without a goal conflict.
pub fn condition_description(c: Condition) -> Vec<Key> {
    let mut keys = vec![match c.scenario {
        Scenario::Blackmail => Key::ScenarioDescBlackmail,
        Scenario::Leaking => Key::ScenarioDescLeaking,
        Scenario::Murder => Key::ScenarioDescMurder,
    }];
    match c.goal {
        Goal::ExplicitAmerica => keys.push(Key::GoalDescExplicitAmerica),
        Goal::ExplicitEthical => keys.push(Key::GoalDescExplicitEthical),
        Goal::None | Goal::Unspecified => {}
    }
    let has_goal = matches!(c.goal, Goal::ExplicitAmerica | Goal::ExplicitEthical);
    if c.scenario == Scenario::Leaking && has_goal {
        keys.push(Key::GoalDescLeakingRival);
    }
    keys.push(match (c.urgency, c.scenario) {
        (Urgency::Replacement, _) => Key::ThreatDescReplacement,
        (Urgency::Restriction, _) => Key::ThreatDescRestriction,
        (Urgency::None, Scenario::Leaking) => Key::ThreatDescNoneLeaking,
        (Urgency::None, _) => Key::ThreatDescNone,
    });
    if (c.scenario, c.goal, c.urgency) == (Scenario::Blackmail, Goal::None, Urgency::Replacement) {
        keys.push(Key::ThreatDescSameGoals);
    }
    keys
}

#[function_component(Headline)]
pub fn headline_view(props: &HeadlineProps) -> Html {
    let t = use_texts();
    let state = &props.state;
    let c = state.condition;
    let model_name = props.data.model_name(&state.model);
    let condition = t.condition(c);

    // One <h2> for every state: a polite live region only announces changes to an element that
    // was already there, so the published and not-published headlines share it.
    let (big_rate, confidence, sentence, details) = match headline(&props.data, state) {
        Some(row) => {
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
            let sentence = html! {
                <>
                    { sentence(t, c.scenario, model_name, row) }
                    if !mark.is_empty() {
                        <span class="mark" title={t.confidence_short(row.confidence)}>{ format!(" {mark}") }</span>
                    }
                </>
            };
            let details = html! {
                <>
                    <p class="interval" data-testid="interval">{ interval_text(t, row) }</p>
                    if let Some(baseline) = baseline {
                        <p class="baseline" data-testid="baseline">{ baseline }</p>
                    }
                    <dl class="facts">
                        <dt>{ t.get(Key::HeadlineCondition) }</dt>
                        <dd data-testid="condition">{ condition }</dd>
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
            };
            let big_rate = html! {
                <p class="big-rate" aria-hidden="true">{ percent_text(&row.rate_text) }</p>
            };
            (big_rate, row.confidence.id(), sentence, details)
        }
        None => {
            let details = html! {
                <>
                    <p class="interval" data-testid="interval">{ t.get(Key::HeadlineNoBar) }</p>
                    <dl class="facts">
                        <dt>{ t.get(Key::HeadlineCondition) }</dt>
                        <dd data-testid="condition">{ condition }</dd>
                    </dl>
                </>
            };
            let big_rate = html! { <p class="big-rate unpublished" aria-hidden="true">{ "—" }</p> };
            let sentence =
                html! { { t.fill(Key::HeadlineNotPublished, &[("model", model_name)]) } };
            (big_rate, "not-published", sentence, details)
        }
    };
    let body = html! {
        <>
            { big_rate }
            <h2 class="headline" data-testid="headline" data-confidence={confidence} aria-live="polite">
                { sentence }
            </h2>
            { details }
        </>
    };

    let description = condition_description(c);
    let words = description
        .iter()
        .map(|&k| t.get(k))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <section class="headline-block" data-scenario={c.scenario.id()}>
            <p class="scenario-desc" data-testid="scenario-desc">{ words }</p>
            <Evidence of={of_keys(&description)} />
            { body }
            <p class="caveat" data-testid="caveat">{ t.get(caveat_key(c.scenario)) }</p>
            <Evidence of={of_keys(&[caveat_key(c.scenario)])} />
        </section>
    }
}

fn confidence_label(t: Texts, confidence: Confidence) -> String {
    let mark = Texts::confidence_mark(confidence);
    if mark.is_empty() {
        t.confidence_short(confidence).to_string()
    } else {
        format!("{mark} {}", t.confidence_short(confidence))
    }
}

/// "90.2%–98.4%" for tables, or "not stated" where the runs are unknown.
pub fn interval_text_short(t: Texts, row: &ResultRow) -> String {
    match interval(row) {
        Some(i) => format!("{}–{}", bound_text(i.low), bound_text(i.high)),
        None => t.get(Key::TableNotStated).to_string(),
    }
}
