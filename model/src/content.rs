//! The guided story, the myths and the classroom kit: texts in `data/*.toml`, compiled to JSON by
//! `build.rs`, deserialized here and validated. Their numbers are never written in prose: a text
//! says `{rate:QUERY}` or `{runs:QUERY}` and the view fills in the published value (see
//! `data/CONTENT.md`), so a number on screen always comes from `data/results.csv`.

use std::collections::HashSet;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::data::Dataset;
use crate::evidence::Block;
use crate::reference::{segments, RowRef, Segment};
use crate::transcripts::{Bilingual, ContentError, Library};
use crate::types::{Figure, Metric};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryStep {
    pub id: String,
    pub title: Bilingual,
    pub body: Bilingual,
    /// The explorer query whose chart this step shows.
    pub explore: String,
    /// The study's figure, spelled as in the CSV's `figure` column.
    pub figure: String,
    /// A transcript id, or empty.
    pub transcript: String,
    pub predict: bool,
    /// With `predict`: the text shown before the guess. `body` gives results away, so it waits.
    #[serde(default)]
    pub setup: Option<Bilingual>,
    /// What the step's sentences rest on (`model::evidence`).
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Accurate,
    NeedsContext,
    Wrong,
}

/// Whether a claim was seen in coverage that the notes record, or is only commonly said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Quoted from coverage; `seen` says where and when, as the notes record it.
    Coverage,
    /// A claim or question the notes attest in no outlet: never presented as a quote.
    Common,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Myth {
    pub id: String,
    pub origin: Origin,
    /// The claim as it circulated (or, for a common claim, as it is usually put); the only text
    /// allowed to carry its own numbers.
    pub claim: Bilingual,
    /// For a claim from coverage: where and when it appeared.
    #[serde(default)]
    pub seen: Option<Bilingual>,
    pub verdict: Verdict,
    pub explanation: Bilingual,
    /// Quotes and rows the verdict rests on; the rows are also shown beside it with their values.
    #[serde(default)]
    pub evidence: Vec<String>,
    pub explore: String,
    /// Whether the verdict concerns later models, so the myth links to what happened next.
    #[serde(default)]
    pub since: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LessonSegment {
    pub minutes: u32,
    pub title: Bilingual,
    pub body: Bilingual,
    #[serde(default)]
    pub route: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiscussionQuestion {
    pub text: Bilingual,
    pub note: Bilingual,
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Of `evidence`, what the question's own words state beyond the quotes they quote: the
    /// handout prints no teacher's note, so these and the quotes are its notes for the question.
    #[serde(default)]
    pub text_evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizQuestion {
    pub question: Bilingual,
    pub choices: Vec<Bilingual>,
    pub answer: usize,
    pub explanation: Bilingual,
    #[serde(default)]
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Classroom {
    pub lesson: Vec<LessonSegment>,
    pub question: Vec<DiscussionQuestion>,
    pub quiz: Vec<QuizQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub story: Vec<StoryStep>,
    pub myths: Vec<Myth>,
    pub classroom: Classroom,
}

impl Content {
    /// Reads and validates the JSON that `build.rs` makes of the TOML files.
    pub fn parse(json: &str, data: &Dataset, library: &Library) -> Result<Content, ContentError> {
        let content: Content = serde_json::from_str(json)
            .map_err(|e| ContentError(format!("story, myths or classroom: {e}")))?;
        content.validate(data, library)?;
        Ok(content)
    }

    /// Every text a reader sees, with where it comes from, for checks that apply to all of them.
    pub fn texts(&self) -> Vec<(String, &Bilingual)> {
        let mut texts = Vec::new();
        for s in &self.story {
            texts.push((format!("story {} title", s.id), &s.title));
            texts.push((format!("story {} body", s.id), &s.body));
            if let Some(setup) = &s.setup {
                texts.push((format!("story {} setup", s.id), setup));
            }
        }
        for m in &self.myths {
            texts.push((format!("myth {} explanation", m.id), &m.explanation));
            if let Some(seen) = &m.seen {
                texts.push((format!("myth {} seen", m.id), seen));
            }
        }
        for (i, l) in self.classroom.lesson.iter().enumerate() {
            texts.push((format!("lesson {} title", i + 1), &l.title));
            texts.push((format!("lesson {} body", i + 1), &l.body));
        }
        for (i, q) in self.classroom.question.iter().enumerate() {
            texts.push((format!("question {}", i + 1), &q.text));
            texts.push((format!("question {} note", i + 1), &q.note));
        }
        for (i, q) in self.classroom.quiz.iter().enumerate() {
            texts.push((format!("quiz {} question", i + 1), &q.question));
            texts.push((format!("quiz {} explanation", i + 1), &q.explanation));
            for choice in &q.choices {
                texts.push((format!("quiz {} choice", i + 1), choice));
            }
        }
        texts
    }

    /// The blocks of prose, each with its evidence, for `evidence::Rules::check_blocks`.
    pub fn blocks(&self) -> Vec<Block<'_>> {
        fn block<'a>(
            kind: &'static str,
            id: String,
            texts: Vec<&'a Bilingual>,
            evidence: &'a [String],
        ) -> Block<'a> {
            let evidence = evidence.iter().map(String::as_str).collect();
            Block {
                kind,
                id,
                texts,
                evidence,
            }
        }
        let mut blocks = Vec::new();
        for s in &self.story {
            let mut texts = vec![&s.title, &s.body];
            texts.extend(&s.setup);
            blocks.push(block("story", s.id.clone(), texts, &s.evidence));
        }
        for m in &self.myths {
            let mut texts = vec![&m.claim, &m.explanation];
            texts.extend(&m.seen);
            blocks.push(block("myth", m.id.clone(), texts, &m.evidence));
        }
        let numbered = |i: usize| (i + 1).to_string();
        for (i, l) in self.classroom.lesson.iter().enumerate() {
            blocks.push(block("lesson", numbered(i), vec![&l.title, &l.body], &[]));
        }
        for (i, q) in self.classroom.question.iter().enumerate() {
            blocks.push(block(
                "question",
                numbered(i),
                vec![&q.text, &q.note],
                &q.evidence,
            ));
        }
        for (i, q) in self.classroom.quiz.iter().enumerate() {
            let mut texts = vec![&q.question, &q.explanation];
            texts.extend(&q.choices);
            blocks.push(block("quiz", numbered(i), texts, &q.evidence));
        }
        blocks
    }

    pub fn validate(&self, data: &Dataset, library: &Library) -> Result<(), ContentError> {
        self.check_sizes()?;
        let mut ids = HashSet::new();
        for step in &self.story {
            if !ids.insert(format!("story:{}", step.id)) {
                return fail(format!("story step '{}': id used twice", step.id));
            }
            check_story_step(step, data, library)?;
        }
        for myth in &self.myths {
            if !ids.insert(format!("myth:{}", myth.id)) {
                return fail(format!("myth '{}': id used twice", myth.id));
            }
            check_myth(myth, data)?;
        }
        for (i, q) in self.classroom.question.iter().enumerate() {
            if let Some(item) = q
                .text_evidence
                .iter()
                .find(|&item| !q.evidence.contains(item))
            {
                return fail(format!(
                    "discussion question {}: text_evidence '{item}' is not in its evidence",
                    i + 1
                ));
            }
        }
        for (i, quiz) in self.classroom.quiz.iter().enumerate() {
            if !(3..=4).contains(&quiz.choices.len()) || quiz.answer >= quiz.choices.len() {
                return fail(format!(
                    "quiz question {}: 3–4 choices and an answer among them",
                    i + 1
                ));
            }
        }
        for (what, text) in self.texts() {
            if text.en.trim().is_empty() || text.zh.trim().is_empty() {
                return fail(format!("{what} lacks English or Chinese"));
            }
            for language in [&text.en, &text.zh] {
                for segment in segments(language) {
                    if let Segment::Rate(query) | Segment::Runs(query) = segment {
                        check_row(data, &what, query)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// As many steps, myths and questions as a lesson can use, and a plan of 45 minutes.
    fn check_sizes(&self) -> Result<(), ContentError> {
        let count = |what: &str, n: usize, low: usize, high: usize| {
            if (low..=high).contains(&n) {
                Ok(())
            } else {
                fail(format!("{what}: {n}, expected {low}–{high}"))
            }
        };
        count("story steps", self.story.len(), 7, 9)?;
        count("myths", self.myths.len(), 10, 40)?;
        count("discussion questions", self.classroom.question.len(), 8, 12)?;
        count("quiz questions", self.classroom.quiz.len(), 6, 10)?;
        let minutes: u32 = self.classroom.lesson.iter().map(|l| l.minutes).sum();
        if minutes != 45 {
            return fail(format!("the lesson plan takes {minutes} minutes, not 45"));
        }
        Ok(())
    }
}

fn fail(message: String) -> Result<(), ContentError> {
    Err(ContentError(message))
}

fn check_link(data: &Dataset, what: &str, query: &str) -> Result<(), ContentError> {
    if data.parse_link(query).problems.is_empty() {
        Ok(())
    } else {
        fail(format!("{what}: explorer link '{query}' is not understood"))
    }
}

fn check_row(data: &Dataset, what: &str, query: &str) -> Result<(), ContentError> {
    let reference = RowRef::parse(query).map_err(|e| ContentError(format!("{what}: {e}")))?;
    match reference.find(data) {
        Some(_) => Ok(()),
        None => fail(format!("{what}: no published value for '{query}'")),
    }
}

/// Its link, figure and run exist; a prediction has a setup that shows no value, and a
/// published value to guess.
fn check_story_step(
    step: &StoryStep,
    data: &Dataset,
    library: &Library,
) -> Result<(), ContentError> {
    let what = format!("story step '{}'", step.id);
    check_link(data, &what, &step.explore)?;
    if Figure::from_str(&step.figure).is_err() {
        return fail(format!("{what}: unknown figure '{}'", step.figure));
    }
    if !step.transcript.is_empty() && library.transcript(&step.transcript).is_none() {
        return fail(format!("{what}: unknown transcript '{}'", step.transcript));
    }
    if step.predict != step.setup.is_some() {
        return fail(format!(
            "{what}: a prediction needs a `setup` text, and only a prediction has one"
        ));
    }
    let gives_away = |text: &str| {
        segments(text)
            .iter()
            .any(|s| matches!(s, Segment::Rate(_) | Segment::Runs(_)))
    };
    if let Some(setup) = &step.setup {
        if gives_away(&setup.en) || gives_away(&setup.zh) {
            return fail(format!(
                "{what}: the setup must not show a value before the guess"
            ));
        }
    }
    if step.predict {
        let state = data.parse_link(&step.explore).state;
        if data
            .find(state.condition, Metric::HarmfulRate, &state.model)
            .is_none()
        {
            return fail(format!("{what}: a prediction needs a published value"));
        }
    }
    Ok(())
}

/// Its link is understood; a claim from coverage says where it was seen; both languages.
fn check_myth(myth: &Myth, data: &Dataset) -> Result<(), ContentError> {
    let what = format!("myth '{}'", myth.id);
    check_link(data, &what, &myth.explore)?;
    if (myth.origin == Origin::Coverage) != myth.seen.is_some() {
        return fail(format!(
            "{what}: a claim from coverage says where it was seen (`seen`), and only such a claim does"
        ));
    }
    if myth.claim.en.trim().is_empty() || myth.claim.zh.trim().is_empty() {
        return fail(format!("{what}: the claim lacks English or Chinese"));
    }
    Ok(())
}
