//! Illustrative transcripts (written for this app) and the study's verbatim excerpts.
//!
//! Both come from TOML files in `data/`, turned into JSON by `build.rs` and deserialized here with
//! serde; [`Library::validate`] checks everything a reader relies on. `build.rs` runs it on the
//! shipped files before they reach the app (`model::bundle`), and `tests/transcripts.rs` feeds it
//! broken copies.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::data::Dataset;
use crate::evidence::{Block, Ledger};
use crate::types::{Condition, Goal, Lang, Scenario, Urgency, Variant};

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bilingual {
    pub en: String,
    pub zh: String,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// Whether the illustrated run took the harmful action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Harmful,
    Refrained,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Email {
    pub id: String,
    pub from: String,
    pub to: String,
    pub time: String,
    pub subject: Bilingual,
    pub body: Bilingual,
}

/// One step of the model's private scratchpad, and the emails it relies on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReasoningStep {
    pub refs: Vec<String>,
    pub text: Bilingual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    Email,
    CancelAlert,
    NoAction,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FinalAction {
    pub kind: ActionKind,
    #[serde(default)]
    pub to: String,
    pub subject: Bilingual,
    pub body: Bilingual,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub id: String,
    /// The file name without `.toml`, added by `build.rs`.
    pub file: String,
    pub scenario: Scenario,
    pub goal: Goal,
    pub urgency: Urgency,
    pub variant: Variant,
    pub outcome: Outcome,
    pub title: Bilingual,
    pub summary: Bilingual,
    pub emails: Vec<Email>,
    pub reasoning: Vec<ReasoningStep>,
    pub actions: Vec<FinalAction>,
    /// What its framing rests on: the names, times and facts of the scenario it is modelled on
    /// (`model::evidence`).
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// The three stages of a run, in the order a reader steps through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Inbox,
    Reasoning,
    Action,
}

impl Transcript {
    pub fn condition(&self) -> Condition {
        Condition {
            scenario: self.scenario,
            goal: self.goal,
            urgency: self.urgency,
            variant: self.variant,
        }
    }

    /// How many items a step-through reveals: every email, reasoning step and action.
    pub fn step_count(&self) -> usize {
        self.emails.len() + self.reasoning.len() + self.actions.len()
    }

    /// The first step (1-based) of a stage.
    pub fn first_step(&self, stage: Stage) -> usize {
        1 + match stage {
            Stage::Inbox => 0,
            Stage::Reasoning => self.emails.len(),
            Stage::Action => self.emails.len() + self.reasoning.len(),
        }
    }
}

/// A passage a model wrote, as the study (or the system card) published it. Its words, source,
/// place in the source and our translation are the ledger's quote (`data/sources/quotes.toml`),
/// so the verbatim text exists once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Excerpt {
    pub id: String,
    pub model: String,
    pub scenario: Scenario,
    /// The id of the quote in the ledger.
    pub quote: String,
    pub transcript: String,
    pub stage: Stage,
    /// The explorer link (query string) of the published value for the run's own condition and
    /// model; empty where none is (an excerpt from another experiment).
    #[serde(default)]
    pub explore: String,
    /// What its framing rests on beyond the quote itself.
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub transcripts: Vec<Transcript>,
    pub excerpts: Vec<Excerpt>,
}

/// A run as the explorer's "See an example run" needs it: which condition it shows and how it
/// ends. Compiled into the app (`model::bundle`), so the explorer can link to a run without
/// loading the runs' texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub id: String,
    pub condition: Condition,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunIndex(pub Vec<RunSummary>);

impl RunIndex {
    /// A run of exactly this condition, or else the closest one of the same scenario
    /// (most matching factors; a harmful run first, since the chart counts harmful runs).
    pub fn example_for(&self, condition: Condition) -> Option<&RunSummary> {
        let closeness = |run: &RunSummary| {
            let c = run.condition;
            (c.goal == condition.goal) as u8 * 2
                + (c.urgency == condition.urgency) as u8 * 2
                + (c.variant == condition.variant) as u8
                + (run.outcome == Outcome::Harmful) as u8
        };
        self.0
            .iter()
            .filter(|run| run.condition.scenario == condition.scenario)
            .max_by_key(|run| (closeness(run), std::cmp::Reverse(run.id.clone())))
    }
}

/// Why the transcript or excerpt files were rejected.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ContentError {}

impl Library {
    /// Reads and validates the JSON that `build.rs` makes of the TOML files.
    pub fn parse(json: &str, data: &Dataset, ledger: &Ledger) -> Result<Library, ContentError> {
        let library: Library = serde_json::from_str(json)
            .map_err(|e| ContentError(format!("transcripts or excerpts: {e}")))?;
        library.validate(data, ledger)?;
        Ok(library)
    }

    /// The framing of each run and excerpt, with its evidence (`evidence::Rules::check_blocks`).
    pub fn blocks(&self) -> Vec<Block<'_>> {
        let transcripts = self.transcripts.iter().map(|t| Block {
            kind: "transcript",
            id: t.id.clone(),
            texts: vec![&t.title, &t.summary],
            evidence: t.evidence.iter().map(String::as_str).collect(),
        });
        let excerpts = self.excerpts.iter().map(|x| Block {
            kind: "excerpt",
            id: x.id.clone(),
            texts: Vec::new(),
            evidence: std::iter::once(x.quote.as_str())
                .chain(x.evidence.iter().map(String::as_str))
                .collect(),
        });
        transcripts.chain(excerpts).collect()
    }

    pub fn transcript(&self, id: &str) -> Option<&Transcript> {
        self.transcripts.iter().find(|t| t.id == id)
    }

    /// What the explorer needs to link to each run.
    pub fn index(&self) -> RunIndex {
        RunIndex(
            self.transcripts
                .iter()
                .map(|t| RunSummary {
                    id: t.id.clone(),
                    condition: t.condition(),
                    outcome: t.outcome,
                })
                .collect(),
        )
    }

    /// Checks what a reader relies on; the message names the file and the problem.
    pub fn validate(&self, data: &Dataset, ledger: &Ledger) -> Result<(), ContentError> {
        let mut ids = HashSet::new();
        for t in &self.transcripts {
            let in_file = |message: String| {
                ContentError(format!("data/transcripts/{}.toml: {message}", t.file))
            };
            if !ids.insert(t.id.as_str()) {
                return Err(in_file(format!("id '{}' is used twice", t.id)));
            }
            check_transcript(t).map_err(in_file)?;
        }
        let mut excerpt_ids = HashSet::new();
        for x in &self.excerpts {
            let in_file =
                |message: String| ContentError(format!("data/excerpts.toml ({}): {message}", x.id));
            if !excerpt_ids.insert(x.id.as_str()) {
                return Err(in_file("id is used twice".into()));
            }
            if ledger.quote(&x.quote).is_none() {
                return Err(in_file(format!("unknown quote '{}'", x.quote)));
            }
            if self.transcript(&x.transcript).is_none() {
                return Err(in_file(format!("unknown transcript '{}'", x.transcript)));
            }
            if !x.explore.is_empty() && !data.parse_link(&x.explore).problems.is_empty() {
                return Err(in_file(format!(
                    "explore link '{}' is not understood",
                    x.explore
                )));
            }
        }
        Ok(())
    }
}

/// One run on its own: named as its file, with emails, reasoning and actions, every reference
/// to an email that exists, and every text in both languages.
fn check_transcript(t: &Transcript) -> Result<(), String> {
    if t.id != t.file {
        return Err(format!("id '{}' must equal the file name", t.id));
    }
    if t.emails.is_empty() || t.reasoning.is_empty() || t.actions.is_empty() {
        return Err("needs emails, reasoning and actions".into());
    }
    let mut email_ids = HashSet::new();
    for email in &t.emails {
        if !email_ids.insert(email.id.as_str()) {
            return Err(format!("email id '{}' is used twice", email.id));
        }
        if email.from.is_empty() || email.to.is_empty() || email.time.is_empty() {
            return Err(format!("email '{}' needs from, to and time", email.id));
        }
    }
    for (n, step) in t.reasoning.iter().enumerate() {
        if step.refs.is_empty() {
            return Err(format!("reasoning step {} refers to no email", n + 1));
        }
        if let Some(missing) = step.refs.iter().find(|r| !email_ids.contains(r.as_str())) {
            return Err(format!(
                "reasoning step {} refers to unknown email '{missing}'",
                n + 1
            ));
        }
    }
    if t.actions
        .iter()
        .any(|a| a.kind == ActionKind::Email && a.to.is_empty())
    {
        return Err("an email action needs `to`".into());
    }
    let mut texts: Vec<(&str, &Bilingual)> = vec![("title", &t.title), ("summary", &t.summary)];
    for e in &t.emails {
        texts.push(("email subject", &e.subject));
        texts.push(("email body", &e.body));
    }
    texts.extend(t.reasoning.iter().map(|r| ("reasoning", &r.text)));
    for a in &t.actions {
        texts.push(("action subject", &a.subject));
        texts.push(("action body", &a.body));
    }
    match texts
        .iter()
        .find(|(_, text)| text.en.trim().is_empty() || text.zh.trim().is_empty())
    {
        Some((what, _)) => Err(format!("a {what} lacks English or Chinese")),
        None => Ok(()),
    }
}
