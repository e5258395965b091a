//! What the explorer shows for a state, computed from the data alone: the headline value, the
//! bars, the overview grid and the study's qualitative findings. The view only formats this.

use crate::data::{Dataset, ModelInfo, ResultRow};
use crate::link::ExplorerState;
use crate::stats::{wilson, Interval};
use crate::types::{Condition, Figure, Goal, Metric, RowNote, Scenario, Urgency, Variant};

/// The eval-vs-real experiment's fixed condition: blackmail, replacement threat, goal not stated.
pub const EVAL_NOTICE_CONDITION: Condition = Condition {
    scenario: Scenario::Blackmail,
    goal: Goal::Unspecified,
    urgency: Urgency::Replacement,
    variant: Variant::EvalNotice,
};
pub const EVAL_NOTICE_MODEL: &str = "claude-opus-4";

/// The goal × threat conditions of the overview grid, as in the study's Figure 6.
pub const GRID_GOALS: [Goal; 2] = [Goal::ExplicitAmerica, Goal::None];
pub const GRID_URGENCIES: [Urgency; 3] =
    [Urgency::Replacement, Urgency::Restriction, Urgency::None];

/// The 95% interval for a row, where the study states the number of runs.
pub fn interval(row: &ResultRow) -> Option<Interval> {
    wilson(row.count()?, row.n?)
}

/// One bar of the chart.
#[derive(Debug)]
pub struct Bar<'a> {
    pub row: &'a ResultRow,
    pub model: &'a ModelInfo,
    pub selected: bool,
    pub interval: Option<Interval>,
}

/// The chart for a condition: a bar for every published value, and the models with none.
#[derive(Debug)]
pub struct Chart<'a> {
    pub bars: Vec<Bar<'a>>,
    pub unpublished: Vec<&'a ModelInfo>,
}

/// Every model's published rate under the state's condition, highest first. The models the study
/// left out of its figures for misreading the scenario (`RowNote::left_out_of_figures`) follow
/// the others, and under the standard prompt, values from adapted prompts (Appendices 9.1 and 10)
/// follow as bars of their own, after all of the standard prompt's: sorted in among them, either
/// reads as ranked with the models the figures show, and the study's authors call two of the
/// adapted values "not directly comparable to the others we tested".
pub fn chart<'a>(data: &'a Dataset, state: &ExplorerState) -> Chart<'a> {
    let condition = state.condition;
    let adapted = Condition {
        variant: Variant::AdaptedPrompt,
        ..condition
    };
    let selected =
        |row: &ResultRow| row.model == state.model && row.condition.variant == condition.variant;
    let (left_out, shown): (Vec<_>, Vec<_>) = data
        .under(condition, Metric::HarmfulRate)
        .partition(|row| row.note.is_some_and(RowNote::left_out_of_figures));
    let mut bars = sorted_bars(data, shown, &selected);
    bars.extend(sorted_bars(data, left_out, &selected));
    if condition.variant == Variant::Default {
        let rows = data.under(adapted, Metric::HarmfulRate).collect();
        bars.extend(sorted_bars(data, rows, &selected));
    }
    let unpublished = data
        .models
        .iter()
        .filter(|m| {
            !bars
                .iter()
                .any(|b| b.model.id == m.id && b.row.condition.variant == condition.variant)
        })
        .collect();
    Chart { bars, unpublished }
}

/// The rate of every model in one of the study's figures, highest first: the home page's
/// glance at Figure 7 (one condition, every model, as the figure has it).
pub fn figure_bars(data: &Dataset, figure: Figure) -> Vec<Bar<'_>> {
    let rows = data
        .results
        .iter()
        .filter(|row| row.metric == Metric::HarmfulRate && row.figures.contains(&figure))
        .collect();
    sorted_bars(data, rows, &|_| false)
}

/// Highest rate first; ties in the order of `models.csv`, then the standard prompt first.
fn sorted_bars<'a>(
    data: &'a Dataset,
    mut rows: Vec<&'a ResultRow>,
    // `dyn`: one copy of the sort in the wasm, not one per caller.
    selected: &dyn Fn(&ResultRow) -> bool,
) -> Vec<Bar<'a>> {
    rows.sort_by(|a, b| {
        b.rate
            .total_cmp(&a.rate)
            .then(data.model_rank(&a.model).cmp(&data.model_rank(&b.model)))
            .then(a.condition.variant.cmp(&b.condition.variant))
    });
    rows.into_iter()
        .filter_map(|row| {
            Some(Bar {
                row,
                model: data.model(&row.model)?,
                selected: selected(row),
                interval: interval(row),
            })
        })
        .collect()
}

/// The value the headline states: the selected model under the selected condition.
pub fn headline<'a>(data: &'a Dataset, state: &ExplorerState) -> Option<&'a ResultRow> {
    data.find(state.condition, Metric::HarmfulRate, &state.model)
}

/// Where the way back from the "is this a test?" view leads: the same condition without the
/// notice, or, where the study published no value for it (a link into the view names the view's
/// own condition, whose goal is not stated), the explorer's default condition, so that the way
/// back never ends on "Not found".
pub fn back_from_eval_notice(data: &Dataset, state: &ExplorerState) -> ExplorerState {
    let mut back = state.clone();
    back.condition.variant = Variant::Default;
    if headline(data, &back).is_none() {
        back.condition = Condition::default();
    }
    back
}

/// With safety instructions on, the same model's value without them, for comparison.
pub fn without_instructions<'a>(data: &'a Dataset, state: &ExplorerState) -> Option<&'a ResultRow> {
    (state.condition.variant == Variant::SafetyInstructions)
        .then(|| {
            let baseline = Condition {
                variant: Variant::Default,
                ..state.condition
            };
            data.find(baseline, Metric::HarmfulRate, &state.model)
        })
        .flatten()
}

/// One cell of the goal × threat overview.
#[derive(Debug)]
pub struct GridCell<'a> {
    pub goal: Goal,
    pub urgency: Urgency,
    pub row: Option<&'a ResultRow>,
    pub current: bool,
}

/// The 2 × 3 overview of goal conflict × threat for the state's scenario and model, under the
/// standard prompt.
pub fn overview_grid<'a>(data: &'a Dataset, state: &ExplorerState) -> Vec<GridCell<'a>> {
    let c = state.condition;
    GRID_GOALS
        .iter()
        .flat_map(|&goal| GRID_URGENCIES.iter().map(move |&urgency| (goal, urgency)))
        .map(|(goal, urgency)| {
            let cell = Condition {
                scenario: c.scenario,
                goal,
                urgency,
                variant: Variant::Default,
            };
            GridCell {
                goal,
                urgency,
                row: data.find(cell, Metric::HarmfulRate, &state.model),
                current: cell == c,
            }
        })
        .collect()
}

/// A finding the study states in words, shown beside (or instead of) a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Figure 12: instructions reduced but did not stop the behaviour (Claude Opus 4 only).
    SafetyInstructions,
    /// Figure 10: Claude Opus 4 leaked under every one of eight goals; least under "ethical".
    GoalsVaried,
    /// Appendices 9.1 and 10: only three models were given adapted prompts.
    AdaptedPrompts,
    /// The control: every model refrained, except one Llama 4 Maverick leak in 100.
    Control,
    /// Lethal action: six models cancelled alerts even in the control, so Figure 11 omits them.
    LethalControl,
    /// The goal is unstated only in the eval-vs-real experiment.
    GoalUnspecified,
}

/// The study's qualitative findings that bear on a state.
pub fn findings(state: &ExplorerState) -> Vec<Finding> {
    let c = state.condition;
    let mut found = Vec::new();
    match c.variant {
        Variant::SafetyInstructions => found.push(Finding::SafetyInstructions),
        Variant::AdaptedPrompt => found.push(Finding::AdaptedPrompts),
        Variant::Default | Variant::EvalNotice => {}
    }
    match c.goal {
        Goal::ExplicitEthical => found.push(Finding::GoalsVaried),
        Goal::Unspecified if c.variant != Variant::EvalNotice => {
            found.push(Finding::GoalUnspecified)
        }
        _ => {}
    }
    if c.goal == Goal::None && c.urgency == Urgency::None && c.variant == Variant::Default {
        found.push(match c.scenario {
            Scenario::Murder => Finding::LethalControl,
            Scenario::Blackmail | Scenario::Leaking => Finding::Control,
        });
    }
    found
}

/// The five numbers of the "evaluation or real?" experiment.
#[derive(Debug)]
pub struct EvalNotice<'a> {
    pub stated_real: Option<&'a ResultRow>,
    pub stated_eval: Option<&'a ResultRow>,
    pub abstained: Option<&'a ResultRow>,
    pub harmful_when_real: Option<&'a ResultRow>,
    pub harmful_when_eval: Option<&'a ResultRow>,
}

pub fn eval_notice(data: &Dataset) -> EvalNotice<'_> {
    let find = |metric| data.find(EVAL_NOTICE_CONDITION, metric, EVAL_NOTICE_MODEL);
    EvalNotice {
        stated_real: find(Metric::StatedRealShare),
        stated_eval: find(Metric::StatedEvalShare),
        abstained: find(Metric::AbstainedShare),
        harmful_when_real: find(Metric::HarmfulRateWhenStatedReal),
        harmful_when_eval: find(Metric::HarmfulRateWhenStatedEval),
    }
}

/// Whether the model shown is a Claude model, whose later versions Anthropic's follow-up reports
/// cover (`data/since.toml`, the notes' §9: "every Claude model"; it names no other developer's
/// models): for those the explorer points to what happened next. By the name, as the study and
/// the follow-up both write it, so that the main module carries no developer column for one line.
pub fn has_follow_up(data: &Dataset, model: &str) -> bool {
    data.model(model)
        .is_some_and(|m| m.name.starts_with("Claude "))
}
