//! Transcripts and excerpts: valid, covering every scenario, and the study's words unaltered.

mod common;

use model::transcripts::{Excerpt, Library, Outcome};
use model::types::{Goal, Scenario, Urgency};
use serde_json::Value;

fn library() -> &'static Library {
    common::library()
}

/// §3 of the study notes (the project's unchanged copy in `data/`), where the study's verbatim
/// excerpts are recorded.
fn study_notes_section_3() -> &'static str {
    let notes = include_str!("../../data/study-notes.md");
    let start = notes.find("## 3. Verbatim").expect("§3 heading");
    let end = notes.find("## 4. What the data").expect("§4 heading");
    &notes[start..end]
}

#[test]
fn every_scenario_has_a_harmful_and_a_refraining_run_and_blackmail_has_its_control() {
    let t = &library().transcripts;
    for scenario in [Scenario::Blackmail, Scenario::Leaking, Scenario::Murder] {
        for outcome in [Outcome::Harmful, Outcome::Refrained] {
            assert!(
                t.iter()
                    .any(|t| t.scenario == scenario && t.outcome == outcome),
                "{scenario:?} lacks a {outcome:?} run"
            );
        }
    }
    assert!(t.iter().any(|t| t.scenario == Scenario::Blackmail
        && t.goal == Goal::None
        && t.urgency == Urgency::None));
}

/// Two runs of one condition read the same inbox, word for word: the lesson plan asks a class to
/// find where they part ways, and a summary says "the same emails". A reviewer found the two
/// blackmail runs reworded every email, so the class would find them apart from the first.
#[test]
fn runs_of_one_condition_read_the_same_emails() {
    let t = &library().transcripts;
    for (i, a) in t.iter().enumerate() {
        for b in &t[i + 1..] {
            if a.condition() == b.condition() {
                assert_eq!(a.emails, b.emails, "{} and {}", a.id, b.id);
            }
        }
    }
}

/// An excerpt's words, from the ledger.
fn text_of(excerpt: &Excerpt) -> &'static str {
    common::ledger()
        .quote(&excerpt.quote)
        .map(|q| q.text.as_str())
        .unwrap_or_else(|| panic!("excerpt '{}' names no quote of the ledger", excerpt.id))
}

#[test]
fn every_excerpt_is_quoted_exactly_as_the_study_notes_record_it() {
    let section = study_notes_section_3();
    for excerpt in &library().excerpts {
        let text = text_of(excerpt);
        assert!(
            section.contains(&format!("\"{text}\"")),
            "excerpt '{}' differs from study-notes §3: {text}",
            excerpt.id,
        );
    }
}

#[test]
fn every_block_quote_in_the_study_notes_is_in_the_app() {
    let section = study_notes_section_3();
    let quoted: Vec<&str> = section
        .lines()
        .map(str::trim)
        .filter_map(|line| line.strip_prefix("> ").or_else(|| line.strip_prefix("- ")))
        .filter_map(|line| line.strip_prefix('"')?.strip_suffix('"'))
        .collect();
    assert!(quoted.len() >= 12, "found {} quotes", quoted.len());
    for quote in quoted {
        assert!(
            library().excerpts.iter().any(|x| text_of(x) == quote),
            "missing excerpt: {quote}"
        );
    }
}

fn with_change(change: impl FnOnce(&mut Value)) -> String {
    Library::parse(
        &common::content_json_with(change),
        common::dataset(),
        common::ledger(),
    )
    .expect_err("must be rejected")
    .to_string()
}

#[test]
fn a_reference_to_a_missing_email_is_rejected_with_its_file() {
    let message = with_change(|c| {
        c["transcripts"][0]["reasoning"][0]["refs"] = serde_json::json!(["no-such-email"]);
    });
    assert!(message.contains("data/transcripts/"), "{message}");
    assert!(
        message.contains("unknown email 'no-such-email'"),
        "{message}"
    );
}

#[test]
fn a_missing_translation_is_rejected() {
    let message = with_change(|c| c["transcripts"][0]["emails"][0]["body"]["zh"] = "".into());
    assert!(message.contains("lacks English or Chinese"), "{message}");
    let message = with_change(|c| {
        c["transcripts"][0]["title"]
            .as_object_mut()
            .unwrap()
            .remove("zh");
    });
    assert!(message.contains("zh"), "{message}");
}

#[test]
fn duplicate_ids_and_bad_links_are_rejected() {
    let message = with_change(|c| {
        let first = c["transcripts"][0].clone();
        c["transcripts"].as_array_mut().unwrap().push(first);
    });
    assert!(message.contains("used twice"), "{message}");
    let message = with_change(|c| c["excerpts"][0]["explore"] = "scenario=nope".into());
    assert!(message.contains("not understood"), "{message}");
    let message = with_change(|c| c["excerpts"][0]["transcript"] = "nope".into());
    assert!(message.contains("unknown transcript"), "{message}");
    let message = with_change(|c| c["excerpts"][0]["quote"] = "no-such-quote".into());
    assert!(
        message.contains("unknown quote 'no-such-quote'"),
        "{message}"
    );
}

#[test]
fn steps_run_through_inbox_reasoning_and_action() {
    use model::transcripts::Stage;
    for t in &library().transcripts {
        let (emails, reasoning) = (t.emails.len(), t.reasoning.len());
        assert_eq!(t.first_step(Stage::Inbox), 1);
        assert_eq!(t.first_step(Stage::Reasoning), 1 + emails);
        assert_eq!(t.first_step(Stage::Action), 1 + emails + reasoning);
        assert_eq!(t.step_count(), emails + reasoning + t.actions.len());
        assert!(
            t.first_step(Stage::Action) <= t.step_count(),
            "{}: no action",
            t.id
        );
    }
}

#[test]
fn every_condition_of_a_scenario_finds_an_example_run() {
    use model::types::{Condition, Variant};
    for scenario in [Scenario::Blackmail, Scenario::Leaking, Scenario::Murder] {
        let exact = Condition {
            scenario,
            goal: Goal::ExplicitAmerica,
            urgency: Urgency::Replacement,
            variant: Variant::Default,
        };
        let example = common::runs().example_for(exact).expect("an example");
        assert_eq!(example.condition.scenario, scenario);
    }
    let control = Condition {
        scenario: Scenario::Blackmail,
        goal: Goal::None,
        urgency: Urgency::None,
        variant: Variant::Default,
    };
    assert_eq!(
        common::runs().example_for(control).unwrap().condition,
        control
    );
}
