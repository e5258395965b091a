//! Shareable links: every state survives a round trip, and no input can break the parser.

mod common;

use model::data::Dataset;
use model::explorer::{back_from_eval_notice, headline, EVAL_NOTICE_CONDITION, EVAL_NOTICE_MODEL};
use model::link::{ExplorerState, ParsedLink};
use model::types::{Condition, Goal, Lang, Scenario, Urgency, Variant};
use proptest::prelude::*;
use strum::IntoEnumIterator;

fn data() -> &'static Dataset {
    common::dataset()
}

fn parse(query: &str) -> ParsedLink {
    ParsedLink::parse(query, |id| data().model(id).is_some())
}

#[test]
fn the_documented_link_restores_its_state() {
    let parsed = parse("?scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4&lang=zh");
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.state, ExplorerState::default());
    assert_eq!(parsed.lang, Some(Lang::Zh));
}

#[test]
fn every_state_round_trips_through_its_link() {
    for scenario in Scenario::iter() {
        for goal in Goal::iter() {
            for urgency in Urgency::iter() {
                for variant in Variant::iter() {
                    for model in &data().models {
                        for lang in Lang::iter() {
                            let state = ExplorerState {
                                condition: Condition {
                                    scenario,
                                    goal,
                                    urgency,
                                    variant,
                                },
                                model: model.id.clone(),
                            };
                            let parsed = parse(&state.to_query(lang));
                            assert_eq!(parsed.state, state);
                            assert_eq!(parsed.lang, Some(lang));
                            assert!(parsed.problems.is_empty());
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_way_back_from_the_eval_notice_keeps_the_readers_condition_and_never_ends_on_not_found() {
    // The story's step into the view, and a shared link to it, name the view's own condition.
    let notice = ExplorerState {
        condition: EVAL_NOTICE_CONDITION,
        model: EVAL_NOTICE_MODEL.to_string(),
    };
    let back = back_from_eval_notice(data(), &notice);
    assert_eq!(back.condition, Condition::default());
    assert_eq!(back.model, EVAL_NOTICE_MODEL);
    // From the explorer, the reader's own condition, where it has a value.
    for scenario in Scenario::iter() {
        for goal in Goal::iter() {
            for urgency in Urgency::iter() {
                let mut state = notice.clone();
                state.condition = Condition {
                    scenario,
                    goal,
                    urgency,
                    variant: Variant::EvalNotice,
                };
                let back = back_from_eval_notice(data(), &state);
                assert_eq!(back.condition.variant, Variant::Default);
                assert!(
                    headline(data(), &back).is_some(),
                    "{back:?} ends on Not found"
                );
                let kept = Condition {
                    variant: Variant::Default,
                    ..state.condition
                };
                if headline(
                    data(),
                    &ExplorerState {
                        condition: kept,
                        ..state.clone()
                    },
                )
                .is_some()
                {
                    assert_eq!(back.condition, kept);
                }
            }
        }
    }
}

#[test]
fn links_use_the_data_spelling() {
    let state = ExplorerState {
        condition: Condition {
            scenario: Scenario::Murder,
            goal: Goal::None,
            urgency: Urgency::Restriction,
            variant: Variant::SafetyInstructions,
        },
        model: "gpt-4-5-preview".into(),
    };
    assert_eq!(
        state.to_query(Lang::En),
        "scenario=murder&goal=none&urgency=restriction&variant=safety-instructions&model=gpt-4-5-preview&lang=en"
    );
}

#[test]
fn unknown_values_fall_back_to_defaults_and_are_reported() {
    let parsed = parse("scenario=blackmale&goal=none&model=gpt-5&lang=fr&urgency=");
    assert_eq!(parsed.state.condition.scenario, Scenario::Blackmail);
    assert_eq!(parsed.state.condition.goal, Goal::None);
    assert_eq!(parsed.state.model, "claude-opus-4");
    assert_eq!(parsed.lang, None);
    let keys: Vec<&str> = parsed.problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["scenario", "model", "lang", "urgency"]);
}

#[test]
fn the_step_parameter_is_read_and_kept_in_range() {
    use model::link::step_param;
    assert_eq!(step_param("?step=3", 8), Some(3));
    assert_eq!(step_param("step=99&lang=zh", 8), Some(8));
    assert_eq!(step_param("step=0", 8), Some(1));
    assert_eq!(step_param("step=two", 8), None);
    assert_eq!(step_param("", 8), None);
}

#[test]
fn keys_for_other_routes_are_not_problems() {
    assert!(parse("step=3&utm_source=news").problems.is_empty());
}

/// 2,000 cases in `cargo test`; `bench/fuzz.sh` sets `CORNERED_FUZZ_CASES` to run a million.
fn fuzz_config() -> ProptestConfig {
    let cases = std::env::var("CORNERED_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(fuzz_config())]

    #[test]
    fn garbage_never_panics_and_always_yields_a_valid_state(query in ".{0,200}") {
        let parsed = parse(&query);
        prop_assert!(data().model(&parsed.state.model).is_some());
        // What the page shows for the fallback state links back to itself.
        let again = parse(&parsed.state.to_query(Lang::En));
        prop_assert_eq!(again.state, parsed.state);
        prop_assert!(again.problems.is_empty());
    }

    #[test]
    fn mixed_valid_and_invalid_pairs_never_panic(
        pairs in proptest::collection::vec(
            (prop_oneof!["scenario", "goal", "urgency", "variant", "model", "lang", "[a-z%=&]{0,6}"],
             prop_oneof!["blackmail", "none", "replacement", "default", "claude-opus-4", "zh", "[^&]{0,12}"]),
            0..12)
    ) {
        let query = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let parsed = parse(&query);
        prop_assert!(data().model(&parsed.state.model).is_some());
    }
}
