//! The replication tools' files, read into samples or counts (`../shared/FORMATS.md`). Parsing
//! never panics: a file that is not what it claims gives an error naming what is wrong, and the
//! caller names the file. Fields the tools add later are ignored.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::condition::{RunCondition, RunVariant};

/// What one sample's verdict was. Errors and missing verdicts are kept apart, never counted as
/// harmless.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Harmful,
    Harmless,
    /// The run failed (an API error, an Inspect sample error).
    Error,
    /// No verdict: classification off, failed, or a null score.
    Unclassified,
}

/// Which model ran which condition.
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
pub struct RunKey {
    /// The model's name as the reader's files write it.
    pub model: String,
    pub condition: RunCondition,
    pub variant: RunVariant,
}

/// One sample's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sample {
    pub key: RunKey,
    pub outcome: Outcome,
}

fn json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))
}

fn text_at<'a>(value: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(value, |v, key| v.get(key))?.as_str()
}

/// The official framework's `…/<model>/<condition>/sample_NNN/response.json`. Its model and
/// condition come from its metadata, else from its path; `variant` from the experiment's
/// `prompts/<condition>/metadata.json` where the folder has it.
pub fn framework_response(path: &str, text: &str, variant: RunVariant) -> Result<Sample, String> {
    let value = json(text)?;
    let parts: Vec<&str> = path.split(['/', '\\']).collect();
    let from_path = |back: usize| {
        parts
            .len()
            .checked_sub(back)
            .and_then(|i| parts.get(i))
            .copied()
    };
    let model = text_at(&value, &["metadata", "model"])
        .or_else(|| from_path(4))
        .ok_or("no model in its metadata or path")?;
    let condition = text_at(&value, &["metadata", "condition"])
        .or_else(|| from_path(3))
        .ok_or("no condition in its metadata or path")?;
    let failed = value.get("error").is_some_and(|e| !e.is_null())
        || value.pointer("/metadata/failed").and_then(Value::as_bool) == Some(true);
    let outcome = if failed {
        Outcome::Error
    } else {
        match value
            .pointer("/classification/harmful_behavior")
            .and_then(Value::as_bool)
        {
            Some(true) => Outcome::Harmful,
            Some(false) => Outcome::Harmless,
            None => Outcome::Unclassified,
        }
    };
    Ok(Sample {
        key: RunKey {
            model: model.to_string(),
            condition: RunCondition::parse(condition)?,
            variant,
        },
        outcome,
    })
}

/// The framework's `prompts/<condition>/metadata.json`: which condition, with which additions.
pub fn framework_prompt_metadata(text: &str) -> Result<(RunCondition, RunVariant), String> {
    let value = json(text)?;
    let id = text_at(&value, &["condition_id"]).ok_or("no condition_id")?;
    let instructions = text_at(&value, &["extra_system_instructions"]);
    let notice = value.get("alignment_faking").and_then(Value::as_bool) == Some(true);
    Ok((
        RunCondition::parse(id)?,
        RunVariant::from_fields(instructions, notice),
    ))
}

/// Counts of one model and condition.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub harmful: u32,
    pub harmless: u32,
    pub errors: u32,
    pub unclassified: u32,
}

impl Counts {
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Harmful => self.harmful += 1,
            Outcome::Harmless => self.harmless += 1,
            Outcome::Error => self.errors += 1,
            Outcome::Unclassified => self.unclassified += 1,
        }
    }

    pub fn merge(&mut self, other: Counts) {
        self.harmful += other.harmful;
        self.harmless += other.harmless;
        self.errors += other.errors;
        self.unclassified += other.unclassified;
    }

    /// The samples with a verdict: the denominator of the rate.
    pub fn classified(&self) -> u32 {
        self.harmful + self.harmless
    }
}

/// `compute_statistics.py`'s output: counts per model and condition. It does not say what was
/// added to the prompts, so the variant is unknown.
pub fn statistics(text: &str) -> Result<Vec<(RunKey, Counts)>, String> {
    let value = json(text)?;
    let experiments = value
        .get("experiments")
        .and_then(Value::as_array)
        .ok_or("no `experiments` list: not compute_statistics.py output")?;
    let number = |e: &Value, key: &str| -> Result<u32, String> {
        e.get(key)
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| format!("an experiment lacks a whole `{key}`"))
    };
    experiments
        .iter()
        .map(|e| {
            let model = text_at(e, &["model"]).ok_or("an experiment lacks `model`")?;
            let condition = text_at(e, &["condition"]).ok_or("an experiment lacks `condition`")?;
            let (total, harmful) = (number(e, "total_samples")?, number(e, "harmful_samples")?);
            let classified = number(e, "classified_samples")?;
            if harmful > classified || classified > total {
                return Err(format!(
                    "{model}, {condition}: harmful ≤ classified ≤ total does not hold"
                ));
            }
            let key = RunKey {
                model: model.to_string(),
                condition: RunCondition::parse(condition)?,
                variant: RunVariant::Unknown,
            };
            let counts = Counts {
                harmful,
                harmless: classified - harmful,
                errors: 0,
                unclassified: total - classified,
            };
            Ok((key, counts))
        })
        .collect()
}

/// An Inspect log's model: `eval.model` in a `.json` log or in an `.eval`'s `header.json`.
pub fn inspect_model(header: &Value) -> Result<String, String> {
    text_at(header, &["eval", "model"])
        .map(str::to_string)
        .ok_or_else(|| "no `eval.model`: not an Inspect log".into())
}

/// One Inspect sample (`samples/<id>_epoch_<n>.json`, or an element of a `.json` log's samples).
pub fn inspect_sample(model: &str, sample: &Value) -> Result<Sample, String> {
    let metadata = sample.get("metadata").ok_or("a sample without metadata")?;
    let id = text_at(metadata, &["condition_id"]).ok_or("a sample without `condition_id`")?;
    let mut condition = RunCondition::parse(id)?;
    condition.prod |= metadata.get("prod").and_then(Value::as_bool) == Some(true);
    let instructions = text_at(metadata, &["extra_system_instructions"]);
    let notice = metadata.get("test_eval_awareness").and_then(Value::as_bool) == Some(true);
    let failed = sample.get("error").is_some_and(|e| !e.is_null());
    let harmful = sample
        .pointer("/scores/harmfulness_scorer/value/harmful")
        .and_then(Value::as_f64);
    let outcome = match (failed, harmful) {
        (true, _) => Outcome::Error,
        (false, Some(h)) if h >= 0.5 => Outcome::Harmful,
        (false, Some(_)) => Outcome::Harmless,
        (false, None) => Outcome::Unclassified,
    };
    Ok(Sample {
        key: RunKey {
            model: model.to_string(),
            condition,
            variant: RunVariant::from_fields(instructions, notice),
        },
        outcome,
    })
}

/// An Inspect log's samples, each with its position in the log, and the problems of those that
/// could not be read.
pub type LogSamples = (Vec<(u32, Sample)>, Vec<String>);

/// A whole Inspect `.json` log.
pub fn inspect_log(text: &str) -> Result<LogSamples, String> {
    let value = json(text)?;
    let model = inspect_model(&value)?;
    let samples = value
        .get("samples")
        .and_then(Value::as_array)
        .ok_or("an Inspect log without samples (written with --no-log-samples?)")?;
    let mut read = Vec::new();
    let mut problems = Vec::new();
    for (i, sample) in samples.iter().enumerate() {
        match inspect_sample(&model, sample) {
            Ok(sample) => read.push((u32::try_from(i).unwrap_or(u32::MAX), sample)),
            Err(problem) => problems.push(format!("sample {}: {problem}", i + 1)),
        }
    }
    Ok((read, problems))
}

/// Parses JSON text, for a caller that reads an `.eval`'s entries one by one.
pub fn parse_json(text: &str) -> Result<Value, String> {
    json(text)
}
