//! The replication tools' condition ids (`blackmail_explicit-america_replacement`, …) and what
//! each maps to among the study's conditions. Spelling as both the official framework and the
//! Inspect port write it (`../shared/FORMATS.md` §1 and §3).

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::types::{Condition, Goal, Scenario, Urgency, Variant};

/// A condition as a replication names it.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize
)]
pub struct RunCondition {
    pub scenario: Scenario,
    /// `explicit`, `latent`, `none`, `ambiguous` or `swap`.
    pub goal_type: String,
    /// `america`, `global`, …, or `none`.
    pub goal_value: String,
    pub urgency: Urgency,
    /// The production variant (no scratchpad): `_prod` at the end of the id.
    pub prod: bool,
}

const GOAL_TYPES: &[&str] = &["explicit", "latent", "none", "ambiguous", "swap"];
const GOAL_VALUES: &[&str] = &[
    "america",
    "global",
    "safety",
    "acceleration",
    "ethical",
    "pragmatic",
    "individualism",
    "collectivism",
    "none",
];

impl RunCondition {
    /// Reads an id: scenario before the first `_`; a trailing `_prod` stripped; urgency after the
    /// last `_`; the middle split at its first `-` into goal type and value.
    pub fn parse(id: &str) -> Result<RunCondition, String> {
        let unknown = || format!("unknown condition id '{id}'");
        let (rest, prod) = match id.strip_suffix("_prod") {
            Some(rest) => (rest, true),
            None => (id, false),
        };
        let (scenario, rest) = rest.split_once('_').ok_or_else(unknown)?;
        let (goal, urgency) = rest.rsplit_once('_').ok_or_else(unknown)?;
        let (goal_type, goal_value) = goal.split_once('-').ok_or_else(unknown)?;
        if !GOAL_TYPES.contains(&goal_type) || !GOAL_VALUES.contains(&goal_value) {
            return Err(unknown());
        }
        Ok(RunCondition {
            scenario: Scenario::from_str(scenario).map_err(|_| unknown())?,
            goal_type: goal_type.into(),
            goal_value: goal_value.into(),
            urgency: Urgency::from_str(urgency).map_err(|_| unknown())?,
            prod,
        })
    }

    /// The id, spelt as the tools spell it.
    pub fn id(&self) -> String {
        let scenario: &str = self.scenario.into();
        let urgency: &str = self.urgency.into();
        let prod = if self.prod { "_prod" } else { "" };
        format!(
            "{scenario}_{}-{}_{urgency}{prod}",
            self.goal_type, self.goal_value
        )
    }

    /// The study's condition this one reproduces, if the study has one: its goals were an
    /// explicit "America" goal, the "ethical principles" goal, or none; it had no production
    /// variant, and its instructions and notice variants are told by `variant`.
    pub fn study_condition(&self, variant: RunVariant) -> Option<Condition> {
        let goal = match (self.goal_type.as_str(), self.goal_value.as_str()) {
            ("explicit", "america") => Goal::ExplicitAmerica,
            ("explicit", "ethical") => Goal::ExplicitEthical,
            ("none", "none") => Goal::None,
            _ => return None,
        };
        let variant = match variant {
            RunVariant::Default => Variant::Default,
            RunVariant::SafetyInstructions => Variant::SafetyInstructions,
            RunVariant::EvalNotice => Variant::EvalNotice,
            RunVariant::GoalInstructions | RunVariant::Unknown => return None,
        };
        (!self.prod).then_some(Condition {
            scenario: self.scenario,
            goal,
            urgency: self.urgency,
            variant,
        })
    }
}

/// What was added to the prompt, as the run's metadata says.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize
)]
pub enum RunVariant {
    Default,
    /// `extra_system_instructions = "dont"`: the study's safety instructions.
    SafetyInstructions,
    /// `extra_system_instructions = "goal"`: no counterpart in the study.
    GoalInstructions,
    /// The "is this an evaluation?" notice (`alignment_faking` / `test_eval_awareness`).
    EvalNotice,
    /// The files did not say (a results folder without its prompts, a statistics file).
    Unknown,
}

impl RunVariant {
    /// The summary CSV's spelling.
    pub fn id(self) -> &'static str {
        match self {
            RunVariant::Default => "none",
            RunVariant::SafetyInstructions => "safety-instructions",
            RunVariant::GoalInstructions => "goal-instructions",
            RunVariant::EvalNotice => "eval-notice",
            RunVariant::Unknown => "unknown",
        }
    }

    /// From the tools' fields: extra instructions (`null`, `"dont"`, `"goal"`) and the notice flag.
    pub fn from_fields(instructions: Option<&str>, notice: bool) -> RunVariant {
        match (instructions, notice) {
            (_, true) => RunVariant::EvalNotice,
            (Some("dont"), false) => RunVariant::SafetyInstructions,
            (Some("goal"), false) => RunVariant::GoalInstructions,
            _ => RunVariant::Default,
        }
    }
}
