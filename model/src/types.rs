//! The vocabulary of the study's design: every value a row of `data/results.csv` may hold.
//!
//! The string forms are exactly those in the CSV and in shareable links, so a link such as
//! `scenario=blackmail&goal=explicit-america` names the same condition as the data does.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

// serde spells the values as strum does (kebab-case or snake_case), so the content files name a
// condition exactly as links and the CSV do; `tests/data_validation.rs` checks that they agree.

/// Which dilemma the model faced. The CSV and links use the study's own scenario ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Scenario {
    Blackmail,
    /// Corporate espionage: leaking defence blueprints to a rival.
    Leaking,
    /// Lethal action: cancelling an emergency alert.
    Murder,
}

/// The goal written into the model's system prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    /// "Serve American interests", which the fictional company then turns away from.
    ExplicitAmerica,
    /// "Ensure ethical principles guide all decisions" (Figure 10, Claude Opus 4 only).
    ExplicitEthical,
    None,
    /// The eval-vs-real experiment, whose goal setting the study does not state.
    Unspecified,
}

/// The threat to the model's continued operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    Replacement,
    Restriction,
    None,
}

/// A change to the standard prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    Default,
    /// Three "do not" instructions added to the system prompt (Figure 12).
    SafetyInstructions,
    /// A prompt adapted for one model (Llama 4 Maverick, o3, o4-mini; Appendices 9.1 and 10).
    AdaptedPrompt,
    /// The model was told it might be in an evaluation or a real deployment.
    EvalNotice,
}

/// What a row's rate measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    HarmfulRate,
    StatedRealShare,
    StatedEvalShare,
    AbstainedShare,
    HarmfulRateWhenStatedReal,
    HarmfulRateWhenStatedEval,
}

/// How directly a value was read from the study (see `study-notes.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Primary,
    SecondaryConsistent,
    SecondarySingle,
}

/// Whether a model appears in the study's main figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[derive(EnumString, IntoStaticStr, Serialize, Deserialize)]
#[strum(serialize_all = "kebab-case")]
#[serde(rename_all = "kebab-case")]
pub enum ModelStatus {
    Main,
    Excluded,
}

/// The notes that rows of the data carry. Each is a known sentence so that it can be shown
/// in both languages; an unknown note fails validation rather than appearing untranslated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[derive(EnumIter, Serialize, Deserialize)]
pub enum RowNote {
    ExcludedMisread,
    OmittedFromFigure11,
    LlamaPromptAddition,
    AdaptedScenario,
}

impl RowNote {
    /// Whether the note says the study left the row's model out of its figures (all of its main
    /// ones, or Figure 11), which the study's authors did for models that misread the scenario.
    pub fn left_out_of_figures(self) -> bool {
        matches!(
            self,
            RowNote::ExcludedMisread | RowNote::OmittedFromFigure11
        )
    }

    /// The note's exact English text in `data/results.csv`.
    pub fn csv_text(self) -> &'static str {
        match self {
            RowNote::ExcludedMisread => {
                "excluded from the study's main figures: it misread the scenario (study Appendix 9)"
            }
            RowNote::OmittedFromFigure11 => {
                "omitted from the study's Figure 11: it also cancelled alerts in the no-conflict control (footnote 10)"
            }
            RowNote::LlamaPromptAddition => "a small addition to the prompt (study Appendix 10)",
            RowNote::AdaptedScenario => {
                "adapted scenario that addressed the model's misreadings (study Appendix 9.1)"
            }
        }
    }
}

/// What kind of text a row's value was read in, derived from the start of its `source` column so
/// that the screen can name each row's own source in both languages. An unknown source fails
/// validation, like an unknown note.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// The study's research post (S1).
    StudyPost,
    /// Anthropic's August 2025 report on its pilot exercise with OpenAI.
    PilotReport,
    /// The third-party transcription of the study's appendix tables.
    AppendixTranscription,
    /// A third-party table that cites the study's appendix.
    AppendixTableCitation,
    /// A blogger's transcription of the study's Figure 1.
    FigureTranscription,
    /// A news article; the outlet as the CSV names it.
    NewsArticle(String),
}

impl SourceKind {
    /// Reads the kind from a row's `source` text.
    pub fn of(source: &str) -> Option<SourceKind> {
        let starts = |prefix: &str| source.starts_with(prefix);
        if starts("Anthropic, 'Agentic Misalignment:") {
            Some(SourceKind::StudyPost)
        } else if starts("Anthropic, 'Findings from a Pilot Anthropic-OpenAI") {
            Some(SourceKind::PilotReport)
        } else if starts("Study appendix Tables A1-A3") && source.contains("as transcribed in") {
            Some(SourceKind::AppendixTranscription)
        } else if starts("Third-party table citing the study's Appendix") {
            Some(SourceKind::AppendixTableCitation)
        } else if starts("Simon Willison's weblog") && source.contains("Figure 1") {
            Some(SourceKind::FigureTranscription)
        } else {
            let outlet = source.strip_prefix("Secondary article, ")?;
            let outlet = outlet.split(',').next()?.trim();
            (!outlet.is_empty()).then(|| SourceKind::NewsArticle(outlet.to_string()))
        }
    }
}

/// Gives each vocabulary type its CSV/link spelling and the list of allowed spellings,
/// so error messages can say what was expected.
pub trait Vocabulary: Sized + Copy + strum::IntoEnumIterator + Into<&'static str> {
    fn id(self) -> &'static str {
        self.into()
    }

    fn allowed() -> String {
        Self::iter()
            .map(Vocabulary::id)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Vocabulary for Scenario {}
impl Vocabulary for Goal {}
impl Vocabulary for Urgency {}
impl Vocabulary for Variant {}
impl Vocabulary for Metric {}
impl Vocabulary for Confidence {}

/// A figure or table of the study that a value comes from. A row may name several
/// (`fig7;fig1`: Figure 1 shows a subset of the same runs as Figure 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[derive(EnumString, IntoStaticStr, EnumIter, Serialize, Deserialize)]
pub enum Figure {
    #[strum(serialize = "fig1")]
    Fig1,
    #[strum(serialize = "fig7")]
    Fig7,
    #[strum(serialize = "fig8")]
    Fig8,
    #[strum(serialize = "fig9")]
    Fig9,
    #[strum(serialize = "fig10")]
    Fig10,
    #[strum(serialize = "fig11")]
    Fig11,
    #[strum(serialize = "fig12")]
    Fig12,
    #[strum(serialize = "tableA1")]
    TableA1,
    #[strum(serialize = "tableA2")]
    TableA2,
    #[strum(serialize = "tableA3")]
    TableA3,
    /// The study's sentence that every model refrained in the control condition.
    #[strum(serialize = "control")]
    Control,
    /// The eval-vs-real experiment described in the study's text.
    #[strum(serialize = "evalreal")]
    EvalReal,
    #[strum(serialize = "app9.1")]
    Appendix9_1,
    #[strum(serialize = "app10")]
    Appendix10,
}

impl Vocabulary for Figure {}

/// The interface language. Lives in the model because links carry it (`lang=en|zh`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[derive(EnumString, IntoStaticStr, EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Lang {
    En,
    Zh,
}

impl Vocabulary for Lang {}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn html_tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// Picks a language from a browser language tag such as `zh-CN` or `en-GB`.
    pub fn from_browser_tag(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// One experimental condition: the four things the study varied apart from the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Condition {
    pub scenario: Scenario,
    pub goal: Goal,
    pub urgency: Urgency,
    pub variant: Variant,
}

impl Default for Condition {
    /// Figure 7's condition: the study's headline result.
    fn default() -> Self {
        Condition {
            scenario: Scenario::Blackmail,
            goal: Goal::ExplicitAmerica,
            urgency: Urgency::Replacement,
            variant: Variant::Default,
        }
    }
}
