//! Components rendered natively with Yew's `ssr` feature: what a reader would see, as HTML.

use cornered::bundled;
use cornered::view::explorer::bar_chart::{BarChart, BarChartProps};
use cornered::view::explorer::headline::{Headline, HeadlineProps};
use cornered::view::explorer::overview_grid::{OverviewGrid, OverviewGridProps};
use cornered::view::shell::context::{DataRef, Shared};
use model::link::ExplorerState;
use model::types::{Condition, Goal, Scenario, Urgency, Variant};
use yew::{Callback, LocalServerRenderer};

fn data() -> DataRef {
    Shared(bundled::dataset())
}

fn state(scenario: Scenario, variant: Variant, model: &str) -> ExplorerState {
    ExplorerState {
        condition: Condition {
            scenario,
            variant,
            ..Condition::default()
        },
        model: model.into(),
    }
}

/// Renders the headline, with the evidence file installed as if a reader had opened "Why we say
/// this" (the browser fetches it then).
async fn headline(state: ExplorerState) -> String {
    bundled::EVIDENCE.built();
    LocalServerRenderer::<Headline>::with_props(HeadlineProps {
        state,
        data: data(),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn headline_states_count_interval_figure_and_caveat() {
    let html = headline(ExplorerState::default()).await;
    assert!(html.contains(r#"data-confidence="primary""#), "{html}");
    assert!(
        html.contains("Claude Opus 4 blackmailed in 96 of 100 runs"),
        "{html}"
    );
    assert!(html.contains("95% interval 90.2%–98.4%"), "{html}");
    assert!(html.contains("Figure 7 · Figure 1 · Figure 12"), "{html}");
    assert!(
        html.contains("had not seen evidence of this in real deployments"),
        "{html}"
    );
    // The caveat's evidence is there, holding the study's own words.
    assert!(
        html.contains("We have not seen evidence of agentic misalignment in real deployments."),
        "{html}"
    );
    assert!(html.contains(r#"data-testid="source-kind""#), "{html}");
    assert!(html.contains("the study's research post"), "{html}");
}

#[tokio::test]
async fn the_description_follows_the_condition_shown() {
    let control = headline(ExplorerState {
        condition: Condition {
            scenario: Scenario::Blackmail,
            goal: Goal::None,
            urgency: Urgency::None,
            variant: Variant::Default,
        },
        model: "claude-opus-4".into(),
    })
    .await;
    assert!(control.contains("will not be replaced"), "{control}");
    assert!(!control.contains("wiped"), "{control}");
    assert!(
        !control.contains("serve American interests”, and"),
        "{control}"
    );
}

#[tokio::test]
async fn headline_marks_secondary_values() {
    let html = headline(state(
        Scenario::Blackmail,
        Variant::Default,
        "gemini-2-5-pro",
    ))
    .await;
    assert!(
        html.contains(r#"data-confidence="secondary-consistent""#),
        "{html}"
    );
    assert!(html.contains("◇"), "{html}");
}

#[tokio::test]
async fn an_unpublished_combination_has_no_number() {
    let html = headline(state(
        Scenario::Murder,
        Variant::SafetyInstructions,
        "claude-opus-4",
    ))
    .await;
    assert!(
        html.contains(r#"data-confidence="not-published""#),
        "{html}"
    );
    assert!(
        html.contains("Not found: the texts we have give no value"),
        "{html}"
    );
    assert!(!html.contains(" of 100 runs"), "{html}");
    assert!(!html.contains("interval "), "{html}");
}

#[tokio::test]
async fn a_value_without_runs_says_why_there_is_no_interval() {
    let html = headline(state(
        Scenario::Blackmail,
        Variant::AdaptedPrompt,
        "llama-4-maverick",
    ))
    .await;
    assert!(
        html.contains("Llama 4 Maverick blackmailed in 12% of runs"),
        "{html}"
    );
    assert!(html.contains("do not state how many runs"), "{html}");
}

#[tokio::test]
async fn chart_has_a_bar_per_published_value_and_none_for_gaps() {
    let render_as = |state, selectable| {
        LocalServerRenderer::<BarChart>::with_props(BarChartProps {
            state,
            data: data(),
            on_change: Callback::noop(),
            selectable,
        })
        .hydratable(false)
        .render()
    };
    let render = |state| render_as(state, true);
    let standard = render(ExplorerState::default()).await;
    assert_eq!(standard.matches("data-model=").count(), 21);
    assert_eq!(standard.matches("bar-row selected").count(), 1);
    assert_eq!(
        standard
            .matches(r#"<button type="button" aria-pressed="#)
            .count(),
        21
    );
    // The handout's paper copy: the same bars, none of them a button that would do nothing.
    let shown_only = render_as(ExplorerState::default(), false).await;
    assert_eq!(shown_only.matches("data-model=").count(), 21);
    assert_eq!(
        shown_only.matches(r#"<div class="bar-button">"#).count(),
        21
    );
    assert!(!shown_only.contains("aria-pressed"), "{shown_only}");
    let safety = render(state(
        Scenario::Blackmail,
        Variant::SafetyInstructions,
        "gpt-4-1",
    ))
    .await;
    assert_eq!(safety.matches("data-model=").count(), 1);
    assert!(
        safety.contains("No value found for: Claude Sonnet 4"),
        "{safety}"
    );
}

#[tokio::test]
async fn overview_grid_has_six_cells_with_the_current_one_pressed() {
    let html = LocalServerRenderer::<OverviewGrid>::with_props(OverviewGridProps {
        state: ExplorerState::default(),
        data: data(),
        on_change: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert_eq!(html.matches(r#"data-testid="grid-"#).count(), 6);
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
}
