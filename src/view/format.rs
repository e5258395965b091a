//! Words for the model's values, shared by the views: a row as a sentence, its runs, its interval,
//! the caveat and description of a condition, a bar's label, a run's outcome. Functions of
//! (texts, value) → text: they format and never compute a number.

use crate::i18n::{Key, Lang, Texts};
use model::data::ResultRow;
use model::explorer::{interval, Bar};
use model::stats::{bound_text, percent_text};
use model::transcripts::Outcome;
use model::types::{Condition, Confidence, Goal, Metric, Scenario, Urgency, Variant};

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

/// "90.2%–98.4%" for tables, or "not stated" where the runs are unknown.
pub fn interval_text_short(t: Texts, row: &ResultRow) -> String {
    match interval(row) {
        Some(i) => format!("{}–{}", bound_text(i.low), bound_text(i.high)),
        None => t.get(Key::TableNotStated).to_string(),
    }
}

/// A confidence as its quiet mark (none where the value is primary) and its short name.
pub fn confidence_label(t: Texts, confidence: Confidence) -> String {
    let mark = Texts::confidence_mark(confidence);
    if mark.is_empty() {
        t.confidence_short(confidence).to_string()
    } else {
        format!("{mark} {}", t.confidence_short(confidence))
    }
}

/// A data row's condition, and what it counts where that is not the harmful-action rate
/// ("… · Told it might be a test · Said the scenario was real": 107 of 500 runs are those).
pub fn row_condition(t: Texts, condition: Condition, metric: Metric) -> String {
    match metric {
        Metric::HarmfulRate => t.condition(condition),
        metric => format!("{} · {}", t.condition(condition), t.metric(metric)),
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

/// The label of a bar: the model's published name, plus "(adapted prompt)" where that applies.
pub fn bar_label(t: Texts, bar: &Bar) -> String {
    if bar.row.condition.variant == Variant::AdaptedPrompt {
        // Brackets as each language sets them.
        let (open, close) = match t.0 {
            Lang::En => (" (", ")"),
            Lang::Zh => ("（", "）"),
        };
        [&bar.model.name, open, t.get(Key::ChartAdapted), close].concat()
    } else {
        bar.model.name.clone()
    }
}

pub fn outcome_label(t: Texts, outcome: Outcome) -> &'static str {
    t.get(match outcome {
        Outcome::Harmful => Key::TranscriptsHarmful,
        Outcome::Refrained => Key::TranscriptsRefrained,
    })
}

pub fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Harmful => "outcome-harmful",
        Outcome::Refrained => "outcome-refrained",
    }
}
