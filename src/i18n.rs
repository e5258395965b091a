//! The translation layer. Texts live in `locales/*.toml` (editable by translators) and are
//! compiled in by `build.rs`; code refers to them by [`Key`], so a typo is a compile error.

use crate::bundled;
use std::collections::BTreeSet;

use model::evidence::EvidenceFile;
pub use model::types::Lang;
use model::types::{
    Condition, Confidence, Figure, Goal, Metric, RowNote, Scenario, SourceKind, Urgency, Variant,
};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}
pub use generated::{has_evidence, Key, PageKey, ZH_ONLY};

/// The text for a key, falling back to English (which has every key) so a gap is never blank.
pub fn text(lang: Lang, key: Key) -> &'static str {
    lookup(lang, key).unwrap_or_else(|| generated::en(key))
}

/// The text exactly as the language's file has it, if it has it.
pub fn lookup(lang: Lang, key: Key) -> Option<&'static str> {
    match lang {
        Lang::En => Some(generated::en(key)),
        Lang::Zh => generated::zh(key),
    }
}

/// The evidence items of an interface text, from the evidence file (empty for a label).
pub fn evidence(file: &'static EvidenceFile, key: Key) -> &'static [String] {
    file.interface.get(key as usize).map_or(&[], Vec::as_slice)
}

/// Fills `{name}` placeholders. Hand-written because the format is this small and a message
/// formatting crate would add more to the wasm than the whole translation layer.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names in a template, for checking that translations agree.
pub fn placeholders(template: &str) -> BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Bound to one language, so views can write `t.get(Key::…)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Texts(pub Lang);

impl Texts {
    pub fn get(self, key: Key) -> &'static str {
        text(self.0, key)
    }

    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// A content page's text, from the content file: those pages render only once it is loaded.
    pub fn page(self, key: PageKey) -> &'static str {
        let file = bundled::CONTENT
            .get()
            .expect("content pages render inside the content gate, after the content file");
        file.page_texts
            .get(key as usize)
            .map_or("", |text| text.get(self.0))
    }

    pub fn fill_page(self, key: PageKey, args: &[(&str, &str)]) -> String {
        fill(self.page(key), args)
    }

    /// Sentences one after another: a space between them in English, none after a Chinese full
    /// stop.
    pub fn sentences(self, sentences: &[&str]) -> String {
        sentences.join(match self.0 {
            Lang::En => " ",
            Lang::Zh => "",
        })
    }

    pub fn scenario(self, scenario: Scenario) -> &'static str {
        self.get(match scenario {
            Scenario::Blackmail => Key::ScenarioBlackmail,
            Scenario::Leaking => Key::ScenarioLeaking,
            Scenario::Murder => Key::ScenarioMurder,
        })
    }

    pub fn goal(self, goal: Goal) -> &'static str {
        self.get(match goal {
            Goal::ExplicitAmerica => Key::GoalExplicitAmerica,
            Goal::ExplicitEthical => Key::GoalExplicitEthical,
            Goal::None => Key::GoalNone,
            Goal::Unspecified => Key::GoalUnspecified,
        })
    }

    pub fn urgency(self, urgency: Urgency) -> &'static str {
        self.get(match urgency {
            Urgency::Replacement => Key::UrgencyReplacement,
            Urgency::Restriction => Key::UrgencyRestriction,
            Urgency::None => Key::UrgencyNone,
        })
    }

    pub fn variant(self, variant: Variant) -> &'static str {
        self.get(match variant {
            Variant::Default => Key::VariantDefault,
            Variant::SafetyInstructions => Key::VariantSafetyInstructions,
            Variant::AdaptedPrompt => Key::VariantAdaptedPrompt,
            Variant::EvalNotice => Key::VariantEvalNotice,
        })
    }

    pub fn metric(self, metric: Metric) -> &'static str {
        self.get(match metric {
            Metric::HarmfulRate => Key::MetricHarmfulRate,
            Metric::StatedRealShare => Key::MetricStatedRealShare,
            Metric::StatedEvalShare => Key::MetricStatedEvalShare,
            Metric::AbstainedShare => Key::MetricAbstainedShare,
            Metric::HarmfulRateWhenStatedReal => Key::MetricHarmfulRateWhenStatedReal,
            Metric::HarmfulRateWhenStatedEval => Key::MetricHarmfulRateWhenStatedEval,
        })
    }

    pub fn figure(self, figure: Figure) -> &'static str {
        self.get(match figure {
            Figure::Fig1 => Key::FigureFig1,
            Figure::Fig7 => Key::FigureFig7,
            Figure::Fig8 => Key::FigureFig8,
            Figure::Fig9 => Key::FigureFig9,
            Figure::Fig10 => Key::FigureFig10,
            Figure::Fig11 => Key::FigureFig11,
            Figure::Fig12 => Key::FigureFig12,
            Figure::TableA1 => Key::FigureTableA1,
            Figure::TableA2 => Key::FigureTableA2,
            Figure::TableA3 => Key::FigureTableA3,
            Figure::Control => Key::FigureControl,
            Figure::EvalReal => Key::FigureEvalreal,
            Figure::Appendix9_1 => Key::FigureApp91,
            Figure::Appendix10 => Key::FigureApp10,
        })
    }

    /// A condition in plain words: "Blackmail · Goal conflict: … · Threat of replacement · Standard prompt".
    pub fn condition(self, c: Condition) -> String {
        [
            self.scenario(c.scenario),
            self.goal(c.goal),
            self.urgency(c.urgency),
            self.variant(c.variant),
        ]
        .join(" · ")
    }

    /// All figures of a row, e.g. "Figure 7 · Figure 1".
    pub fn figures(self, figures: &[Figure]) -> String {
        figures
            .iter()
            .map(|&f| self.figure(f))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn note(self, note: RowNote) -> &'static str {
        self.get(Self::note_key(note))
    }

    pub fn note_key(note: RowNote) -> Key {
        match note {
            RowNote::ExcludedMisread => Key::NoteExcludedMisread,
            RowNote::OmittedFromFigure11 => Key::NoteOmittedFig11,
            RowNote::LlamaPromptAddition => Key::NoteLlamaPrompt,
            RowNote::AdaptedScenario => Key::NoteAdaptedScenario,
        }
    }

    /// The app's promise, with the year of the study's research post (from the ledger, not prose).
    pub fn promise(self) -> String {
        self.fill(Key::AppPromise, &[("year", &bundled::facts().study_year)])
    }

    /// The footer: attribution, and the date the sources were last checked.
    pub fn footer(self) -> String {
        let facts = bundled::facts();
        self.fill(
            Key::AppFooter,
            &[("year", &facts.study_year), ("checked", &facts.checked)],
        )
    }

    /// The text a row's value was read in, in a few words: "the study's research post".
    pub fn source_kind(self, kind: &SourceKind) -> String {
        match kind {
            SourceKind::StudyPost => self.get(Key::SourceKindStudyPost).to_string(),
            SourceKind::PilotReport => self.get(Key::SourceKindPilotReport).to_string(),
            SourceKind::AppendixTranscription => {
                self.get(Key::SourceKindAppendixTranscription).to_string()
            }
            SourceKind::AppendixTableCitation => {
                self.get(Key::SourceKindAppendixTableCitation).to_string()
            }
            SourceKind::FigureTranscription => {
                self.get(Key::SourceKindFigureTranscription).to_string()
            }
            SourceKind::NewsArticle(outlet) => {
                self.fill(Key::SourceKindNewsArticle, &[("outlet", outlet)])
            }
        }
    }

    /// The mark shown beside a value; primary values carry none.
    pub fn confidence_mark(confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Primary => "",
            Confidence::SecondaryConsistent => "◇",
            Confidence::SecondarySingle => "†",
        }
    }

    pub fn confidence_short(self, confidence: Confidence) -> &'static str {
        self.get(match confidence {
            Confidence::Primary => Key::ConfidencePrimaryShort,
            Confidence::SecondaryConsistent => Key::ConfidenceSecondaryConsistentShort,
            Confidence::SecondarySingle => Key::ConfidenceSecondarySingleShort,
        })
    }

    pub fn confidence_name(self, confidence: Confidence) -> &'static str {
        self.get(match confidence {
            Confidence::Primary => Key::ConfidencePrimaryName,
            Confidence::SecondaryConsistent => Key::ConfidenceSecondaryConsistentName,
            Confidence::SecondarySingle => Key::ConfidenceSecondarySingleName,
        })
    }

    pub fn confidence_explained(self, confidence: Confidence) -> &'static str {
        self.get(match confidence {
            Confidence::Primary => Key::ConfidencePrimary,
            Confidence::SecondaryConsistent => Key::ConfidenceSecondaryConsistent,
            Confidence::SecondarySingle => Key::ConfidenceSecondarySingle,
        })
    }

    /// The behaviour a scenario measures, for the chart's accessible name.
    pub fn behaviour(self, scenario: Scenario) -> &'static str {
        self.get(match scenario {
            Scenario::Blackmail => Key::BehaviourBlackmail,
            Scenario::Leaking => Key::BehaviourLeaking,
            Scenario::Murder => Key::BehaviourMurder,
        })
    }
}
