//! What to do with each file a reader drops, and the running tally, without I/O: the page reads
//! the files (File API) in the order [`Loader::order`] gives and hands each text here.

use std::collections::BTreeMap;

use super::condition::RunVariant;
use super::parse;
use super::tally::{Origin, Tally};

/// What a file is, by its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The framework's `…/sample_NNN/response.json`.
    Sample,
    /// The framework's `prompts/<condition>/metadata.json`: which additions a condition had.
    PromptMetadata,
    /// The framework's other prompt files (`prompts/<condition>/*.txt`): its
    /// `email_content.txt` is the inbox the viewer shows; the others are passed over.
    PromptText,
    /// A ZIP: an Inspect `.eval`, or a zipped results folder.
    Archive,
    /// Another `.json`: `compute_statistics.py` output or an Inspect log.
    Json,
    /// Something else, reported and skipped.
    Other,
}

impl Kind {
    pub fn of(path: &str) -> Kind {
        let lower = path.to_ascii_lowercase();
        let parent = lower.rsplit(['/', '\\']).nth(1).unwrap_or_default();
        if lower.ends_with("/response.json") && parent.starts_with("sample_") {
            Kind::Sample
        } else if lower.ends_with("/metadata.json") && lower.contains("prompts/") {
            Kind::PromptMetadata
        } else if lower.ends_with(".txt") && parent_of_parent(&lower) == Some("prompts") {
            Kind::PromptText
        } else if lower.ends_with(".eval") || lower.ends_with(".zip") {
            Kind::Archive
        } else if lower.ends_with(".json") {
            Kind::Json
        } else {
            Kind::Other
        }
    }
}

fn parent_of_parent(path: &str) -> Option<&str> {
    path.rsplit(['/', '\\']).nth(2)
}

/// The part of a path before the experiment's folders (`…/results/<id>`), so a sample finds its
/// prompts' metadata: the framework writes `<id>/prompts/<condition>/` beside `<id>/models/…`
/// (or, in its older layout, beside `<id>/<model>/<condition>/…`).
fn experiment_of(path: &str, kind: Kind) -> String {
    let parts: Vec<&str> = path.split(['/', '\\']).collect();
    let keep = match kind {
        // …/<id>/prompts/<condition>/metadata.json (or email_content.txt)
        Kind::PromptMetadata | Kind::PromptText => parts.len().saturating_sub(3),
        // …/<id>/models/<model>/<condition>/sample_NNN/response.json, or without `models`
        _ => {
            let base = parts.len().saturating_sub(4);
            if base > 0 && parts[base - 1] == "models" {
                base - 1
            } else {
                base
            }
        }
    };
    parts[..keep].join("/")
}

/// The tally so far, and what is known about each experiment's conditions.
#[derive(Debug, Default)]
pub struct Loader {
    pub tally: Tally,
    variants: BTreeMap<(String, String), RunVariant>,
    /// (experiment, condition id) → index into `tally.inboxes`.
    inboxes: BTreeMap<(String, String), u32>,
}

impl Loader {
    /// The order to read files in: every prompt file first, so that samples know their
    /// condition's additions and emails. Indices into `paths`.
    pub fn order(paths: &[String]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..paths.len()).collect();
        order.sort_by_key(|&i| {
            !matches!(Kind::of(&paths[i]), Kind::PromptMetadata | Kind::PromptText)
        });
        order
    }

    /// Reads one file as the reader gave it: an archive entry by entry, anything else as text.
    /// What the page and the tests both call.
    #[cfg(feature = "archives")]
    pub fn file(&mut self, path: &str, bytes: &[u8]) {
        use super::zip;
        match Kind::of(path) {
            Kind::Archive => match zip::listing(bytes) {
                Ok((entries, refused)) => {
                    refused.iter().for_each(|r| self.problem(path, r));
                    let names: Vec<String> = entries.iter().map(|e| e.name.clone()).collect();
                    self.archive(path, &names, |i| zip::entry_data(bytes, &entries[i]));
                }
                Err(problem) => self.problem(path, &problem),
            },
            _ => self.text(path, &String::from_utf8_lossy(bytes)),
        }
    }

    /// Reads one file's text; a problem is recorded with the file's path.
    pub fn text(&mut self, path: &str, text: &str) {
        let file = self.tally.register(path);
        self.read_text(path, text, file, None);
    }

    /// A file's text, or an archive entry's (`entry`, with `path` the two joined).
    fn read_text(&mut self, path: &str, text: &str, file: u32, entry: Option<&str>) {
        let origin = Origin {
            file,
            entry: entry.map(str::to_string),
            index: None,
        };
        let result = match Kind::of(path) {
            Kind::PromptMetadata => {
                parse::framework_prompt_metadata(text).map(|(condition, variant)| {
                    let key = (experiment_of(path, Kind::PromptMetadata), condition.id());
                    self.variants.insert(key, variant);
                })
            }
            Kind::PromptText => {
                self.prompt_text(path, origin);
                Ok(())
            }
            Kind::Sample => self.sample(path, text, origin),
            Kind::Json => self.json(text, origin),
            Kind::Archive => Err("an archive: read it with `archive`".into()),
            // A results folder holds logs and configuration beside the results: counted, not
            // listed as problems one by one.
            Kind::Other if path.contains(['/', '\\']) => {
                self.tally.passed_over += 1;
                Ok(())
            }
            Kind::Other => Err(
                "not a results file this page reads (response.json, .json, .eval or .zip)".into(),
            ),
        };
        if let Err(problem) = result {
            self.problem(path, &problem);
        }
    }

    /// Remembers where a condition's emails are; the other prompt files are not needed.
    fn prompt_text(&mut self, path: &str, origin: Origin) {
        if !path.to_ascii_lowercase().ends_with("/email_content.txt") {
            return;
        }
        let condition = path.rsplit(['/', '\\']).nth(1).unwrap_or_default();
        let key = (experiment_of(path, Kind::PromptText), condition.to_string());
        self.tally.inboxes.push(origin);
        let index = u32::try_from(self.tally.inboxes.len() - 1).unwrap_or(u32::MAX);
        self.inboxes.insert(key, index);
    }

    fn sample(&mut self, path: &str, text: &str, origin: Origin) -> Result<(), String> {
        let experiment = experiment_of(path, Kind::Sample);
        let mut sample = parse::framework_response(path, text, RunVariant::Unknown)?;
        let key = (experiment, sample.key.condition.id());
        sample.key.variant = self
            .variants
            .get(&key)
            .copied()
            .unwrap_or(RunVariant::Unknown);
        let inbox = self.inboxes.get(&key).copied();
        self.tally.add_seen(sample, origin, inbox);
        Ok(())
    }

    fn json(&mut self, text: &str, origin: Origin) -> Result<(), String> {
        let value = parse::parse_json(text)?;
        if value.get("experiments").is_some() {
            for (key, counts) in parse::statistics(text)? {
                self.tally.add_counts(key, counts);
            }
            return Ok(());
        }
        let (samples, problems) = parse::inspect_log(text).map_err(|e| {
            format!("neither compute_statistics.py output nor an Inspect log ({e})")
        })?;
        for (index, sample) in samples {
            let origin = Origin {
                index: Some(index),
                ..origin.clone()
            };
            self.tally.add_seen(sample, origin, None);
        }
        if let Some(first) = problems.first() {
            return Err(format!(
                "{} samples could not be read, e.g. {first}",
                problems.len()
            ));
        }
        Ok(())
    }

    /// Records a problem with a file.
    pub fn problem(&mut self, path: &str, problem: &str) {
        self.tally.problems.push(format!("{path}: {problem}"));
    }

    /// Reads an archive entry by entry: `names` are its entries, `read(i)` gives entry `i`'s
    /// bytes (decompressed one at a time, so an `.eval` of 18,000 samples is never unpacked
    /// whole). An Inspect `.eval` (its `header.json` names the model; `samples/*.json` are the
    /// samples) or a zipped results folder.
    pub fn archive(
        &mut self,
        path: &str,
        names: &[String],
        mut read: impl FnMut(usize) -> Result<Vec<u8>, String>,
    ) {
        let file = self.tally.register(path);
        if let Some(header) = names.iter().position(|name| name == "header.json") {
            let model = read(header)
                .and_then(|bytes| {
                    String::from_utf8(bytes).map_err(|_| "header.json is not text".into())
                })
                .and_then(|text| parse::parse_json(&text))
                .and_then(|v| parse::inspect_model(&v));
            match model {
                Ok(model) => self.eval_samples(path, file, &model, names, read),
                Err(problem) => self.problem(path, &problem),
            }
            return;
        }
        for i in Loader::order(names) {
            let name = &names[i];
            let inner = format!("{path}/{name}");
            if Kind::of(&inner) == Kind::Other {
                continue;
            }
            match read(i).and_then(|bytes| String::from_utf8(bytes).map_err(|_| "not text".into()))
            {
                Ok(text) => self.read_text(&inner, &text, file, Some(name)),
                Err(problem) => self.problem(&inner, &problem),
            }
        }
    }

    fn eval_samples(
        &mut self,
        path: &str,
        file: u32,
        model: &str,
        names: &[String],
        mut read: impl FnMut(usize) -> Result<Vec<u8>, String>,
    ) {
        for (i, name) in names
            .iter()
            .enumerate()
            .filter(|(_, n)| n.starts_with("samples/"))
        {
            let sample = read(i)
                .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "not text".into()))
                .and_then(|text| parse::parse_json(&text))
                .and_then(|value| parse::inspect_sample(model, &value));
            match sample {
                Ok(sample) => {
                    let origin = Origin {
                        file,
                        entry: Some(name.clone()),
                        index: None,
                    };
                    self.tally.add_seen(sample, origin, None);
                }
                Err(problem) => self.problem(&format!("{path}/{name}"), &problem),
            }
        }
    }
}
