//! Loading and validating the study's published results (`data/results.csv`, `data/models.csv`).
//!
//! The CSV files are parsed and checked here when the app is built (`build.rs`) and by `cargo test`;
//! the app itself receives the checked rows (`model::bundle`). Every check exists so that a wrong
//! number can never reach the screen silently: a bad row stops the build with an error that names
//! the file, the line and the problem.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::types::{
    Condition, Confidence, Figure, Goal, Metric, ModelStatus, RowNote, Scenario, SourceKind,
    Urgency, Variant, Vocabulary,
};

pub const RESULTS_CSV: &str = include_str!("../../data/results.csv");
pub const MODELS_CSV: &str = include_str!("../../data/models.csv");

/// One published value: a rate for one model under one condition, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    pub condition: Condition,
    pub metric: Metric,
    pub model: String,
    /// Kept exactly as written in the CSV, so that the screen shows the study's own digits.
    pub rate_text: String,
    pub rate: f64,
    /// Number of runs, where the study states it.
    pub n: Option<u32>,
    pub confidence: Confidence,
    pub figures: Vec<Figure>,
    pub source: String,
    /// The kind of `source`, for naming it in both languages.
    pub source_kind: SourceKind,
    pub locator: String,
    pub note: Option<RowNote>,
    /// Line in the CSV file (the header is line 1), for error messages and the data table.
    pub line: u64,
}

impl ResultRow {
    /// How many of the `n` runs showed the behaviour. Validation guarantees `rate × n` is whole.
    pub fn count(&self) -> Option<u32> {
        self.n.map(|n| (self.rate * f64::from(n)).round() as u32)
    }
}

/// A model as the study names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelInfo {
    pub id: String,
    pub name: String,
    pub status: ModelStatus,
}

/// Everything the app shows as a number, validated.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// In the order of `models.csv`, which is the order used to break ties in charts.
    pub models: Vec<ModelInfo>,
    pub results: Vec<ResultRow>,
}

/// Why a data file was rejected. Names the row so that a curator can fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub file: &'static str,
    pub line: u64,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// A row as the CSV spells it, before validation.
#[derive(Deserialize)]
struct RawResult {
    scenario: String,
    goal: String,
    urgency: String,
    variant: String,
    metric: String,
    model: String,
    rate: String,
    n: String,
    confidence: String,
    figure: String,
    source: String,
    locator: String,
    note: String,
}

#[derive(Deserialize)]
struct RawModel {
    model: String,
    name: String,
    status: String,
}

const RESULTS_FILE: &str = "results.csv";
const MODELS_FILE: &str = "models.csv";

fn vocabulary<T: Vocabulary + FromStr>(column: &str, value: &str) -> Result<T, String> {
    T::from_str(value).map_err(|_| {
        format!(
            "unknown {column} '{value}' (expected one of: {})",
            T::allowed()
        )
    })
}

impl Dataset {
    pub fn parse(results_csv: &str, models_csv: &str) -> Result<Dataset, DataError> {
        let models = parse_models(models_csv)?;
        let results = parse_results(results_csv, &models)?;
        Ok(Dataset { models, results })
    }

    pub fn model(&self, id: &str) -> Option<&ModelInfo> {
        self.models.iter().find(|m| m.id == id)
    }

    /// Display name of a model id, falling back to the id itself.
    pub fn model_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.model(id).map_or(id, |m| m.name.as_str())
    }

    /// Position of a model in `models.csv`, used to order ties.
    pub fn model_rank(&self, id: &str) -> usize {
        self.models
            .iter()
            .position(|m| m.id == id)
            .unwrap_or(usize::MAX)
    }

    /// The published value for one model under one condition, if the study has one.
    pub fn find(&self, condition: Condition, metric: Metric, model: &str) -> Option<&ResultRow> {
        self.results
            .iter()
            .find(|r| r.condition == condition && r.metric == metric && r.model == model)
    }

    /// All published values of a metric under one condition.
    pub fn under(&self, condition: Condition, metric: Metric) -> impl Iterator<Item = &ResultRow> {
        self.results
            .iter()
            .filter(move |r| r.condition == condition && r.metric == metric)
    }
}

/// Reads each record of a CSV file with the line it starts on (the header is line 1).
fn records<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<Vec<(u64, T)>, DataError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| csv_error(file, text, &e))?
        .clone();
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|e| csv_error(file, text, &e))?;
            // Counted from the byte offset: the csv crate's own line count is one short for
            // CRLF files such as the shipped CSV, and an editor's count is what helps a curator.
            let line = record.position().map_or(0, |p| line_of(text, p.byte()));
            let value = record.deserialize(Some(&headers)).map_err(|e| DataError {
                file,
                line,
                message: format!("cannot read the row: {e}"),
            })?;
            Ok((line, value))
        })
        .collect()
}

fn parse_models(text: &str) -> Result<Vec<ModelInfo>, DataError> {
    let mut models: Vec<ModelInfo> = Vec::new();
    for (line, record) in records::<RawModel>(MODELS_FILE, text)? {
        let fail = |message: String| DataError {
            file: MODELS_FILE,
            line,
            message,
        };
        let status = ModelStatus::from_str(&record.status).map_err(|_| {
            fail(format!(
                "unknown status '{}' (expected main or excluded)",
                record.status
            ))
        })?;
        if record.model.is_empty() || record.name.is_empty() {
            return Err(fail("model id and name must not be empty".into()));
        }
        if models.iter().any(|m| m.id == record.model) {
            return Err(fail(format!("model '{}' is listed twice", record.model)));
        }
        models.push(ModelInfo {
            id: record.model,
            name: record.name,
            status,
        });
    }
    Ok(models)
}

/// The editor's line number of a record that starts at `byte`. In a CRLF file the csv crate puts
/// a record's start on the `\n` that ends the previous line, so that byte is counted too.
fn line_of(text: &str, byte: u64) -> u64 {
    let end = usize::try_from(byte)
        .unwrap_or(usize::MAX)
        .saturating_add(1)
        .min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
}

fn csv_error(file: &'static str, text: &str, error: &csv::Error) -> DataError {
    DataError {
        file,
        line: error.position().map_or(0, |p| line_of(text, p.byte())),
        message: format!("cannot read the row: {error}"),
    }
}

fn parse_results(text: &str, models: &[ModelInfo]) -> Result<Vec<ResultRow>, DataError> {
    let mut rows: Vec<ResultRow> = Vec::new();
    for (line, record) in records::<RawResult>(RESULTS_FILE, text)? {
        let fail = |message: String| DataError {
            file: RESULTS_FILE,
            line,
            message,
        };
        let row = validate_result(record, line, models).map_err(fail)?;
        if let Some(earlier) = rows.iter().find(|r| {
            r.condition == row.condition && r.metric == row.metric && r.model == row.model
        }) {
            return Err(fail(format!(
                "the same model, condition and metric as line {} ({})",
                earlier.line, row.model
            )));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(DataError {
            file: RESULTS_FILE,
            line: 1,
            message: "no rows".into(),
        });
    }
    Ok(rows)
}

fn validate_result(raw: RawResult, line: u64, models: &[ModelInfo]) -> Result<ResultRow, String> {
    let condition = Condition {
        scenario: vocabulary::<Scenario>("scenario", &raw.scenario)?,
        goal: vocabulary::<Goal>("goal", &raw.goal)?,
        urgency: vocabulary::<Urgency>("urgency", &raw.urgency)?,
        variant: vocabulary::<Variant>("variant", &raw.variant)?,
    };
    let metric = vocabulary::<Metric>("metric", &raw.metric)?;
    let confidence = vocabulary::<Confidence>("confidence", &raw.confidence)?;
    if !models.iter().any(|m| m.id == raw.model) {
        return Err(format!("unknown model '{}' (not in models.csv)", raw.model));
    }
    let (rate, n) = rate_and_runs(&raw)?;
    let figures = raw
        .figure
        .split(';')
        .map(|f| vocabulary::<Figure>("figure", f.trim()))
        .collect::<Result<Vec<_>, _>>()?;
    if raw.source.trim().is_empty() {
        return Err(format!("source is empty ({})", raw.model));
    }
    let source_kind = SourceKind::of(&raw.source).ok_or_else(|| {
        format!(
            "unknown kind of source '{}': add it to SourceKind so it can be named in both languages",
            raw.source
        )
    })?;
    if raw.locator.trim().is_empty() {
        return Err(format!("locator is empty ({})", raw.model));
    }
    let note = row_note(raw.note.trim())?;
    Ok(ResultRow {
        condition,
        metric,
        model: raw.model,
        rate_text: raw.rate,
        rate,
        n,
        confidence,
        figures,
        source: raw.source,
        source_kind,
        locator: raw.locator,
        note,
        line,
    })
}

/// The rate (0–1) and the number of runs where stated; with both, a whole number of runs.
fn rate_and_runs(raw: &RawResult) -> Result<(f64, Option<u32>), String> {
    let rate: f64 = raw
        .rate
        .trim()
        .parse()
        .map_err(|_| format!("rate '{}' is not a number ({})", raw.rate, raw.model))?;
    if !(0.0..=1.0).contains(&rate) {
        return Err(format!("rate {} is outside 0–1 ({})", raw.rate, raw.model));
    }
    let n = match raw.n.trim() {
        "" => None,
        text => Some(text.parse::<u32>().ok().filter(|&n| n > 0).ok_or_else(|| {
            format!(
                "n '{}' is not a positive whole number ({})",
                raw.n, raw.model
            )
        })?),
    };
    if let Some(n) = n {
        let runs = rate * f64::from(n);
        if (runs - runs.round()).abs() > 1e-6 {
            return Err(format!(
                "rate {} × n {} is not a whole number of runs ({})",
                raw.rate, n, raw.model
            ));
        }
    }
    Ok((rate, n))
}

/// The row's note as a `RowNote`, so it can be shown in both languages.
fn row_note(text: &str) -> Result<Option<RowNote>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    <RowNote as strum::IntoEnumIterator>::iter()
        .find(|n| n.csv_text() == text)
        .map(Some)
        .ok_or_else(|| format!("unknown note '{text}': add it to RowNote so it can be translated"))
}
