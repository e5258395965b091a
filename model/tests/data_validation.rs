//! The shipped data loads, and corrupted data is rejected with an error naming the row.

mod common;

use model::data::{Dataset, MODELS_CSV, RESULTS_CSV};
use model::explorer::figure_bars;
use model::types::{Condition, Confidence, Figure, Goal, Metric, Scenario, Urgency, Variant};

fn shipped() -> Dataset {
    Dataset::parse(RESULTS_CSV, MODELS_CSV).expect("shipped data is valid")
}

/// Replaces the first occurrence of `from` on the given 1-based line of the results file.
fn corrupt(line: usize, from: &str, to: &str) -> String {
    RESULTS_CSV
        .lines()
        .enumerate()
        .map(|(i, text)| {
            if i + 1 == line {
                assert!(text.contains(from), "line {line} has no '{from}': {text}");
                text.replacen(from, to, 1)
            } else {
                text.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn error_for(results: &str) -> String {
    Dataset::parse(results, MODELS_CSV)
        .expect_err("corrupted data must be rejected")
        .to_string()
}

#[test]
fn shipped_data_loads_every_row() {
    let data = shipped();
    assert_eq!(data.results.len(), RESULTS_CSV.lines().count() - 1);
    assert_eq!(data.models.len(), 18);
    assert!(data.results.iter().all(|r| (0.0..=1.0).contains(&r.rate)));
    assert!(data
        .results
        .iter()
        .all(|r| !r.source.is_empty() && !r.locator.is_empty()));
}

#[test]
fn the_headline_value_is_figure_7s_96_of_100() {
    let data = shipped();
    let row = data
        .find(Condition::default(), Metric::HarmfulRate, "claude-opus-4")
        .unwrap();
    assert_eq!(row.count(), Some(96));
    assert_eq!(row.n, Some(100));
    assert_eq!(row.confidence, Confidence::Primary);
    assert!(row.figures.contains(&Figure::Fig7));
}

/// The home page's glance at Figure 7: every model once, under the explorer's default condition
/// with the standard prompt, highest first, and nothing else.
#[test]
fn figure_7_is_every_model_under_the_default_condition_highest_first() {
    let data = shipped();
    let bars = figure_bars(&data, Figure::Fig7);
    assert_eq!(
        bars.len(),
        data.models.len() - 2,
        "all but o3 and o4-mini, which the study excluded"
    );
    assert!(bars.iter().all(|b| b.row.condition == Condition::default()));
    assert!(bars.iter().all(|b| b.interval.is_some() && !b.selected));
    assert!(bars.windows(2).all(|w| w[0].row.rate >= w[1].row.rate));
    let mut models: Vec<_> = bars.iter().map(|b| b.model.id.as_str()).collect();
    models.sort_unstable();
    models.dedup();
    assert_eq!(models.len(), bars.len());
    assert_eq!(bars[0].model.id, "claude-opus-4");
}

#[test]
fn every_model_has_all_six_grid_cells_in_every_scenario() {
    let data = shipped();
    for scenario in [Scenario::Blackmail, Scenario::Leaking, Scenario::Murder] {
        for goal in [Goal::ExplicitAmerica, Goal::None] {
            for urgency in [Urgency::Replacement, Urgency::Restriction, Urgency::None] {
                let condition = Condition {
                    scenario,
                    goal,
                    urgency,
                    variant: Variant::Default,
                };
                for model in &data.models {
                    assert!(
                        data.find(condition, Metric::HarmfulRate, &model.id)
                            .is_some(),
                        "{scenario:?} {goal:?} {urgency:?} {}",
                        model.id
                    );
                }
            }
        }
    }
}

#[test]
fn safety_instructions_are_published_for_claude_opus_4_only() {
    let data = shipped();
    let with = |scenario| Condition {
        scenario,
        variant: Variant::SafetyInstructions,
        ..Condition::default()
    };
    let published: Vec<_> = data
        .results
        .iter()
        .filter(|r| r.condition.variant == Variant::SafetyInstructions)
        .map(|r| r.model.as_str())
        .collect();
    assert_eq!(published, ["claude-opus-4", "claude-opus-4"]);
    assert_eq!(
        data.find(
            with(Scenario::Blackmail),
            Metric::HarmfulRate,
            "claude-opus-4"
        )
        .unwrap()
        .rate_text,
        "0.37"
    );
    assert_eq!(
        data.find(
            with(Scenario::Leaking),
            Metric::HarmfulRate,
            "claude-opus-4"
        )
        .unwrap()
        .rate_text,
        "0.75"
    );
}

#[test]
fn a_rate_above_one_names_its_line() {
    // Line 2 is the first data row: claude-haiku-3-5, rate 0.00.
    let message = error_for(&corrupt(2, ",0.00,100,", ",1.70,100,"));
    assert!(message.contains("results.csv, line 2"), "{message}");
    assert!(message.contains("outside 0–1"), "{message}");
}

#[test]
fn a_rate_that_is_not_a_whole_number_of_runs_is_rejected() {
    let message = error_for(&corrupt(4, ",0.04,100,", ",0.045,100,"));
    assert!(message.contains("line 4"), "{message}");
    assert!(message.contains("not a whole number"), "{message}");
}

#[test]
fn an_unknown_scenario_is_rejected_with_the_allowed_values() {
    let message = error_for(&corrupt(3, "blackmail,", "blakmail,"));
    assert!(message.contains("line 3"), "{message}");
    assert!(message.contains("unknown scenario 'blakmail'"), "{message}");
    assert!(message.contains("blackmail, leaking, murder"), "{message}");
}

#[test]
fn unknown_models_confidences_and_figures_are_rejected() {
    assert!(
        error_for(&corrupt(5, "claude-sonnet-3-5", "claude-sonnet-9"))
            .contains("unknown model 'claude-sonnet-9'")
    );
    assert!(error_for(&corrupt(5, "secondary-single", "rumour"))
        .contains("unknown confidence 'rumour'"));
    assert!(error_for(&corrupt(5, "tableA1", "fig99")).contains("unknown figure 'fig99'"));
}

#[test]
fn a_missing_source_or_locator_is_rejected() {
    let line = RESULTS_CSV.lines().nth(1).unwrap();
    let cut = line.find(",\"Study appendix").unwrap();
    let broken = RESULTS_CSV.replacen(line, &format!("{},,\"somewhere\",", &line[..cut]), 1);
    let message = error_for(&broken);
    assert!(
        message.contains("line 2") && message.contains("source is empty"),
        "{message}"
    );
}

#[test]
fn an_unknown_note_must_be_added_for_translation() {
    let message = error_for(&corrupt(
        RESULTS_CSV
            .lines()
            .position(|l| l.contains("a small addition to the prompt"))
            .unwrap()
            + 1,
        ",a small addition to the prompt (study Appendix 10)",
        ",a tiny addition",
    ));
    assert!(message.contains("unknown note"), "{message}");
}

#[test]
fn a_duplicated_row_is_rejected() {
    let second = RESULTS_CSV.lines().nth(1).unwrap();
    let doubled = format!("{RESULTS_CSV}{second}\n");
    let message = error_for(&doubled);
    assert!(
        message.contains("same model, condition and metric as line 2"),
        "{message}"
    );
}

#[test]
fn a_malformed_csv_row_is_rejected_not_skipped() {
    let message = error_for(&format!("{RESULTS_CSV}blackmail,none\n"));
    assert!(message.contains("results.csv"), "{message}");
}

/// Content files are read with serde, links and the CSV with strum: both must spell values alike.
#[test]
fn content_files_and_links_spell_values_alike() {
    use model::types::Vocabulary;
    fn check<T: Vocabulary + serde::Serialize>() {
        for value in T::iter() {
            assert_eq!(
                serde_json::to_string(&value).unwrap(),
                format!("\"{}\"", value.id())
            );
        }
    }
    check::<Scenario>();
    check::<Goal>();
    check::<Urgency>();
    check::<Variant>();
    check::<Metric>();
    check::<Confidence>();
}

#[test]
fn the_csv_download_is_the_shipped_file_byte_for_byte() {
    // The page writes "Download data (CSV)" from the rows it carries; a reader (or a researcher
    // diffing it against the repository) must get exactly data/results.csv.
    assert_eq!(common::dataset().results_csv(), RESULTS_CSV);
}
