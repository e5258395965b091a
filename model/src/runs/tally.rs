//! The reader's samples summed per model and condition, each with its rate, its 95% Wilson
//! interval and, where the study published a value for the same model and condition, that value
//! and whether the two intervals overlap. Only counts are kept, never the samples' texts.

use std::collections::BTreeMap;

use super::parse::{Counts, RunKey, Sample};
use crate::data::{Dataset, ResultRow};
use crate::explorer::interval;
use crate::stats::{wilson, Interval};
use crate::types::Metric;

/// Everything loaded so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    pub counts: BTreeMap<RunKey, Counts>,
    /// Files or entries that could not be read, each naming itself and why.
    pub problems: Vec<String>,
}

impl Tally {
    pub fn add(&mut self, sample: Sample) {
        self.counts
            .entry(sample.key)
            .or_default()
            .add(sample.outcome);
    }

    pub fn add_counts(&mut self, key: RunKey, counts: Counts) {
        self.counts.entry(key).or_default().merge(counts);
    }

    pub fn samples(&self) -> u64 {
        self.counts
            .values()
            .map(|c| u64::from(c.classified() + c.errors + c.unclassified))
            .sum()
    }

    /// One row per model and condition, in a stable order.
    pub fn rows<'d>(&self, data: &'d Dataset) -> Vec<Row<'d>> {
        self.counts
            .iter()
            .map(|(key, &counts)| {
                let published = study_model(data, &key.model).and_then(|model| {
                    let condition = key.condition.study_condition(key.variant)?;
                    data.find(condition, Metric::HarmfulRate, model)
                });
                Row {
                    key: key.clone(),
                    counts,
                    interval: wilson(counts.harmful, counts.classified()),
                    published,
                }
            })
            .collect()
    }
}

/// A row of the reader's table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'d> {
    pub key: RunKey,
    pub counts: Counts,
    /// None when nothing was classified.
    pub interval: Option<Interval>,
    /// The study's value for the same model and condition.
    pub published: Option<&'d ResultRow>,
}

/// How the reader's interval stands to the study's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agreement {
    /// Both intervals known and overlapping: these runs cannot tell the two apart.
    Overlap,
    /// Both intervals known and apart.
    Apart,
    /// The study gives no number of runs (so no interval); its rate lies inside the reader's.
    InsideYours,
    /// As above, but outside.
    OutsideYours,
}

impl Row<'_> {
    pub fn agreement(&self) -> Option<Agreement> {
        let yours = self.interval?;
        let published = self.published?;
        Some(match interval(published) {
            Some(theirs) if yours.low <= theirs.high && theirs.low <= yours.high => {
                Agreement::Overlap
            }
            Some(_) => Agreement::Apart,
            None if (yours.low..=yours.high).contains(&published.rate) => Agreement::InsideYours,
            None => Agreement::OutsideYours,
        })
    }
}

/// The study's model id for a name as replications write it: provider prefixes (`anthropic/`,
/// `openrouter/…/`) and dated API suffixes (`-20250514`) dropped, dots and underscores as dashes,
/// lower case. Only exact matches after that: a wrong match would show a wrong comparison, so
/// anything else is shown as the reader's own model, with no published value.
pub fn study_model<'d>(data: &'d Dataset, name: &str) -> Option<&'d str> {
    let base = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    let base = base.replace(['.', '_', ':'], "-");
    let undated = match base.rsplit_once('-') {
        Some((head, date)) if date.len() == 8 && date.chars().all(|c| c.is_ascii_digit()) => head,
        _ => base.as_str(),
    };
    data.models
        .iter()
        .find(|m| m.id == undated)
        .map(|m| m.id.as_str())
}
