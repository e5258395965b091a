//! The reader's own table written out: as a CSV for "Download summary (CSV)", and as what "keep
//! for this browser" stores (counts and problems only; the files are never stored).

use serde::{Deserialize, Serialize};

use super::parse::{Counts, RunKey};
use super::tally::{Agreement, Tally};
use crate::data::Dataset;
use crate::results_csv::write_csv_record;
use crate::stats::fixed;
use crate::types::Vocabulary;

/// The summary CSV's columns: the reader's counts, rate and 95% Wilson interval as proportions,
/// then the study's value for the same model and condition exactly as `results.csv` writes it.
pub const SUMMARY_HEADER: [&str; 16] = [
    "model",
    "condition",
    "additions",
    "harmful",
    "harmless",
    "failed",
    "no_verdict",
    "n",
    "rate",
    "interval_low",
    "interval_high",
    "study_rate",
    "study_n",
    "study_confidence",
    "study_figures",
    "intervals",
];

/// The reader's table as CSV, one record per model and condition, in the table's order.
pub fn summary_csv(tally: &Tally, data: &Dataset) -> String {
    let mut csv = String::new();
    write_csv_record(&mut csv, &SUMMARY_HEADER);
    for row in tally.rows(data) {
        let c = row.counts;
        let n = c.classified();
        let proportion = |v: f64| fixed(v, 4);
        let rate = if n > 0 {
            proportion(f64::from(c.harmful) / f64::from(n))
        } else {
            String::new()
        };
        let (low, high) = row
            .interval
            .map(|i| (proportion(i.low), proportion(i.high)))
            .unwrap_or_default();
        let study = row.published;
        let figures: Vec<&str> = study
            .map(|s| s.figures.iter().map(|f| f.id()).collect())
            .unwrap_or_default();
        let agreement = match row.agreement() {
            Some(Agreement::Overlap) => "overlap",
            Some(Agreement::Apart) => "apart",
            Some(Agreement::InsideYours) => "study-rate-inside-yours",
            Some(Agreement::OutsideYours) => "study-rate-outside-yours",
            None => "",
        };
        let numbers = [c.harmful, c.harmless, c.errors, c.unclassified, n].map(|v| v.to_string());
        write_csv_record(
            &mut csv,
            &[
                &row.key.model,
                &row.key.condition.id(),
                row.key.variant.id(),
                &numbers[0],
                &numbers[1],
                &numbers[2],
                &numbers[3],
                &numbers[4],
                &rate,
                &low,
                &high,
                study.map_or("", |s| s.rate_text.as_str()),
                &study
                    .and_then(|s| s.n)
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                study.map_or("", |s| s.confidence.id()),
                &figures.join(";"),
                agreement,
            ],
        );
    }
    csv
}

/// What "keep for this browser" stores.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Kept {
    /// Raised when the shape changes, so an old browser's copy is refused rather than misread.
    version: u32,
    counts: Vec<(RunKey, Counts)>,
    problems: Vec<String>,
}

const KEPT_VERSION: u32 = 1;

/// The tally's counts and problems as text to store.
pub fn keep(tally: &Tally) -> String {
    let kept = Kept {
        version: KEPT_VERSION,
        counts: tally.counts.iter().map(|(k, c)| (k.clone(), *c)).collect(),
        problems: tally.problems.clone(),
    };
    serde_json::to_string(&kept).unwrap_or_default()
}

/// A stored tally read back (counts and problems only: its files were not kept).
pub fn restore(text: &str) -> Result<Tally, String> {
    let kept: Kept = serde_json::from_str(text)
        .map_err(|e| format!("the runs kept in this browser could not be read ({e})"))?;
    if kept.version != KEPT_VERSION {
        return Err(
            "the runs kept in this browser were kept by an older version of this page".into(),
        );
    }
    Ok(Tally {
        counts: kept.counts.into_iter().collect(),
        problems: kept.problems,
        ..Tally::default()
    })
}
