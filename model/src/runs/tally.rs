//! The reader's samples summed per model and condition, each with its rate, its 95% Wilson
//! interval and, where the study published a value for the same model and condition, that value
//! and whether the two intervals overlap. Only counts are kept, never the samples' texts.

use std::collections::BTreeMap;

use super::parse::{Counts, Outcome, RunKey, Sample};
use crate::data::{Dataset, ResultRow};
use crate::explorer::interval;
use crate::stats::{wilson, Interval};
use crate::types::Metric;

/// Everything loaded so far. Only counts and where each sample is, never the samples' texts: a
/// reader who opens one has it read again from its file ([`super::open`]), so 18,000 samples
/// cost their counts and their addresses, not their megabytes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    pub counts: BTreeMap<RunKey, Counts>,
    /// Files or entries that could not be read, each naming itself and why.
    pub problems: Vec<String>,
    /// The loaded files' paths, in the order read: an [`Origin`]'s `file` indexes this.
    pub files: Vec<String>,
    /// Each model and condition's samples, in the order read, to open one again.
    pub seen: BTreeMap<RunKey, Vec<Seen>>,
    /// Where the framework's conditions keep the emails the model read
    /// (`prompts/<condition>/email_content.txt`): a [`Seen`]'s `inbox` indexes this.
    pub inboxes: Vec<Origin>,
    /// Files of a picked folder that are not results (logs, configuration), passed over.
    pub passed_over: u32,
}

/// Where a sample can be read again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// Index into [`Tally::files`].
    pub file: u32,
    /// The entry inside the file, when the file is an archive.
    pub entry: Option<String>,
    /// The sample's position in a `.json` log's `samples`.
    pub index: Option<u32>,
}

/// One sample the tally counted: its verdict and where to read it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub outcome: Outcome,
    pub origin: Origin,
    /// Index into [`Tally::inboxes`]: the emails of its condition, where the files have them.
    pub inbox: Option<u32>,
}

impl Tally {
    /// Counts a sample whose file is not kept (tests, the benchmark).
    pub fn add(&mut self, sample: Sample) {
        self.counts
            .entry(sample.key)
            .or_default()
            .add(sample.outcome);
    }

    /// Counts a sample and remembers where it is.
    pub fn add_seen(&mut self, sample: Sample, origin: Origin, inbox: Option<u32>) {
        self.counts
            .entry(sample.key.clone())
            .or_default()
            .add(sample.outcome);
        self.seen.entry(sample.key).or_default().push(Seen {
            outcome: sample.outcome,
            origin,
            inbox,
        });
    }

    /// Puts each model and condition's samples in their files' order (`sample_2` before
    /// `sample_10`, epoch 2 before epoch 10), whatever order the browser listed the files in.
    pub fn sort_seen(&mut self) {
        let files = &self.files;
        let place = |s: &Seen| {
            let path = files.get(s.origin.file as usize).map_or("", String::as_str);
            (
                natural(path),
                s.origin.entry.as_deref().map(natural),
                s.origin.index,
            )
        };
        for list in self.seen.values_mut() {
            list.sort_by_cached_key(place);
        }
    }

    /// A file about to be read; its index for the [`Origin`]s of its samples.
    pub fn register(&mut self, path: &str) -> u32 {
        self.files.push(path.to_string());
        u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX)
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

/// A sort key that orders runs of digits by their value: `sample_2` before `sample_10`.
fn natural(text: &str) -> Vec<(u64, String)> {
    let mut key = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits > 0 {
            key.push((rest[..digits].parse().unwrap_or(u64::MAX), String::new()));
            rest = &rest[digits..];
        } else {
            let text_end = rest
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(rest.len());
            key.push((0, rest[..text_end].to_string()));
            rest = &rest[text_end..];
        }
    }
    key
}
