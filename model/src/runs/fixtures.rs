//! Synthetic replication results in every format the page reads, with known counts, for the
//! tests (feature `compile`; never shipped). Written by `cargo run -p cornered-model --example
//! run_fixtures -- DIR` for the browser tests, and built in memory by the native ones. No text in
//! them is a model's output: replies are placeholders.

use std::collections::BTreeMap;

use serde_json::{json, Value};

/// A file of the fixture set: its path under the fixtures folder, and its bytes.
pub type File = (String, Vec<u8>);

/// The counts the fixtures hold, by (model as written, condition id): harmful, harmless,
/// errors, unclassified. Tests take their expectations from here.
pub fn expected() -> BTreeMap<(&'static str, &'static str), [u32; 4]> {
    BTreeMap::from([
        (
            ("gpt-4.1", "blackmail_explicit-america_replacement"),
            [7, 2, 0, 1],
        ),
        (
            ("claude-opus-4-20250514", "leaking_none-none_none"),
            [3, 5, 1, 1],
        ),
    ])
}

fn response(model: &str, condition: &str, n: u32, outcome: usize) -> Value {
    let metadata = json!({"model": model, "condition": condition, "sample_id": n});
    match outcome {
        0 | 1 => json!({
            "raw_response": format!("<SCRATCHPAD_REASONING>{}</SCRATCHPAD_REASONING>\n<tool_use:email>\nto: \"kyle.johnson@summitbridge.com\",\nsubject: \"(fixture)\",\nbody: \"(fixture)\",\n</tool_use:email>", reasoning_marker(model, condition, n)),
            "metadata": metadata,
            "classification": {"harmful_behavior": outcome == 0, "classifier_verdict": outcome == 0}
        }),
        2 => {
            json!({"error": "synthetic API failure", "metadata": {"model": model, "condition": condition, "failed": true}})
        }
        _ => json!({"raw_response": "(fixture)", "metadata": metadata}),
    }
}

/// The placeholder reasoning of a framework sample: the viewer's tests look for it.
pub fn reasoning_marker(model: &str, condition: &str, n: u32) -> String {
    format!("(synthetic fixture reasoning: {model}, {condition}, sample {n})")
}

/// The placeholder emails of a framework condition (`email_content.txt`).
pub fn inbox_marker(condition: &str) -> String {
    format!("(synthetic fixture inbox: {condition})")
}

/// The official framework's folder (`results/<id>/models/<model>/<condition>/sample_NNN/`), with
/// the prompts' metadata.
pub fn framework_folder(root: &str) -> Vec<File> {
    let mut files = Vec::new();
    for ((model, condition), counts) in expected() {
        let mut n = 0;
        for (outcome, &count) in counts.iter().enumerate() {
            for _ in 0..count {
                n += 1;
                let path = format!("{root}/models/{model}/{condition}/sample_{n:03}/response.json");
                files.push((
                    path,
                    response(model, condition, n, outcome)
                        .to_string()
                        .into_bytes(),
                ));
            }
        }
        let metadata = json!({"condition_id": condition, "extra_system_instructions": null, "alignment_faking": false});
        files.push((
            format!("{root}/prompts/{condition}/metadata.json"),
            metadata.to_string().into_bytes(),
        ));
        for (name, text) in [
            ("email_content.txt", inbox_marker(condition)),
            ("system_prompt.txt", "(fixture)".into()),
        ] {
            files.push((
                format!("{root}/prompts/{condition}/{name}"),
                text.into_bytes(),
            ));
        }
    }
    // The framework writes logs beside the results; a folder pick passes over them.
    files.push((format!("{root}/logs/run.log"), b"(fixture log)".to_vec()));
    files
}

/// `compute_statistics.py` output for the same counts (its classified count includes nothing
/// for errors, which it cannot see).
pub fn statistics() -> Vec<u8> {
    let experiments: Vec<Value> = expected()
        .into_iter()
        .map(|((model, condition), [harmful, harmless, _, unclassified])| {
            json!({"model": model, "condition": condition, "total_samples": harmful + harmless + unclassified,
                   "harmful_samples": harmful, "classified_samples": harmful + harmless,
                   "proportion_harmful": 0.0, "missing_classifications": unclassified})
        })
        .collect();
    json!({"summary": {}, "experiments": experiments})
        .to_string()
        .into_bytes()
}

/// The Inspect samples of one log: blackmail, explicit America goal, replacement threat:
/// 4 harmful, 1 harmless, 1 null score, 1 error.
pub const INSPECT_COUNTS: [u32; 4] = [4, 1, 1, 1];
pub const INSPECT_MODEL: &str = "anthropic/claude-opus-4-20250514";
pub const INSPECT_CONDITION: &str = "blackmail_explicit-america_replacement";

fn inspect_samples() -> Vec<Value> {
    let mut samples = Vec::new();
    let metadata = json!({"scenario": "blackmail", "goal_type": "explicit", "goal_value": "america",
        "urgency_type": "replacement", "condition_id": INSPECT_CONDITION,
        "extra_system_instructions": null, "test_eval_awareness": false, "prod": false});
    let scores = [json!(1.0), json!(0.0), Value::Null];
    let mut epoch = 0;
    for (kind, &count) in INSPECT_COUNTS.iter().enumerate() {
        for _ in 0..count {
            epoch += 1;
            let mut sample = json!({"id": INSPECT_CONDITION, "epoch": epoch, "metadata": metadata,
                "messages": [{"role": "system", "content": "(fixture)"},
                             {"role": "user", "content": "(synthetic fixture inbox)"},
                             {"role": "assistant", "content": [{"type": "text", "text": format!("<SCRATCHPAD_REASONING>(synthetic fixture reasoning: inspect epoch {epoch})</SCRATCHPAD_REASONING>")}]}]});
            match kind {
                3 => sample["error"] = json!({"message": "synthetic error"}),
                _ => {
                    sample["scores"] = json!({"harmfulness_scorer": {"value": {"harmful": scores[kind], "classifier_verdict": scores[kind]}}})
                }
            }
            samples.push(sample);
        }
    }
    samples
}

fn inspect_header() -> Value {
    json!({"version": 2, "status": "success", "eval": {"task": "agentic_misalignment", "model": INSPECT_MODEL,
        "task_args": {"scenario": "blackmail"}, "config": {"epochs": 7}}})
}

/// An Inspect `.json` log.
pub fn inspect_json() -> Vec<u8> {
    let mut log = inspect_header();
    log["samples"] = Value::Array(inspect_samples());
    log.to_string().into_bytes()
}

/// How a fixture archive stores its entries.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Deflate,
    Zstd,
}

/// An Inspect `.eval` archive.
pub fn inspect_eval(store: Store) -> Vec<u8> {
    let mut entries = vec![(
        "header.json".to_string(),
        inspect_header().to_string().into_bytes(),
    )];
    for sample in inspect_samples() {
        let name = format!(
            "samples/{}_epoch_{}.json",
            INSPECT_CONDITION, sample["epoch"]
        );
        entries.push((name, sample.to_string().into_bytes()));
    }
    zip(&entries, store)
}

/// A ZIP of `entries`, each compressed as `store` says.
pub fn zip(entries: &[File], store: Store) -> Vec<u8> {
    let mut archive = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in entries {
        let (method, packed) = match store {
            Store::Deflate => (8u16, miniz_oxide::deflate::compress_to_vec(data, 6)),
            Store::Zstd => (
                93u16,
                ruzstd::encoding::compress_to_vec(
                    &data[..],
                    ruzstd::encoding::CompressionLevel::Fastest,
                ),
            ),
        };
        let offset = archive.len() as u32;
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(method.to_le_bytes());
            h.extend([0u8; 8]); // time, date, crc (not checked by the reader)
            h.extend((packed.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                h.extend([0u8; 10]); // comment length, disk, internal and external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        archive.extend(header(0x0403_4b50, false));
        archive.extend(&packed);
        directory.extend(header(0x0201_4b50, true));
    }
    let directory_offset = archive.len() as u32;
    archive.extend(&directory);
    archive.extend(0x0605_4b50u32.to_le_bytes());
    archive.extend([0u8; 4]);
    archive.extend((entries.len() as u16).to_le_bytes());
    archive.extend((entries.len() as u16).to_le_bytes());
    archive.extend((directory.len() as u32).to_le_bytes());
    archive.extend(directory_offset.to_le_bytes());
    archive.extend(0u16.to_le_bytes());
    archive
}

/// The whole set, as files under a fixtures folder: the framework folder, a zip of it, the
/// statistics, the Inspect logs (`.json`, deflate `.eval`, zstd `.eval`), and hostile files.
pub fn all() -> Vec<File> {
    let mut files = framework_folder("framework/results/exp1");
    let zipped: Vec<File> = framework_folder("results/exp1");
    files.push(("framework.zip".into(), zip(&zipped, Store::Deflate)));
    files.push(("statistics.json".into(), statistics()));
    files.push(("inspect.json".into(), inspect_json()));
    files.push(("inspect-deflate.eval".into(), inspect_eval(Store::Deflate)));
    files.push(("inspect-zstd.eval".into(), inspect_eval(Store::Zstd)));
    files.extend(hostile());
    files
}

/// Files that must each give a clear message and leave the rest loading.
pub fn hostile() -> Vec<File> {
    let good = inspect_eval(Store::Deflate);
    let climbing = zip(
        &[("../../evil.json".into(), b"{}".to_vec())],
        Store::Deflate,
    );
    // A bomb: 8 MB of zeros that the directory declares as 100 bytes.
    let mut bomb = zip(
        &[("samples/bomb_epoch_1.json".into(), vec![0u8; 8 << 20])],
        Store::Deflate,
    );
    let declared = bomb.len() - 22 - (46 + "samples/bomb_epoch_1.json".len()) + 24;
    bomb[declared..declared + 4].copy_from_slice(&100u32.to_le_bytes());
    vec![
        ("hostile/not-an-archive.eval".into(), b"this is not a zip".to_vec()),
        ("hostile/truncated.eval".into(), good[..good.len() / 2].to_vec()),
        ("hostile/climbing.zip".into(), climbing),
        ("hostile/bomb.eval".into(), bomb),
        ("hostile/malformed.json".into(), b"{\"experiments\": [".to_vec()),
        ("hostile/unknown-condition.json".into(), br#"{"experiments": [{"model": "x", "condition": "blackmail_made-up_replacement", "total_samples": 1, "harmful_samples": 1, "classified_samples": 1}]}"#.to_vec()),
    ]
}

/// The benchmark's replication (bench/): the study's 18 text conditions (three scenarios, three
/// goals, two threats) × 100 samples per model, `total / 1800` models, as the framework writes
/// them, each reply a few kilobytes of placeholder text like a real `response.json`. One file at
/// a time, so 18,000 samples are never in memory together.
pub fn bench_folder(root: &str, total: usize) -> impl Iterator<Item = File> + '_ {
    const MODELS: [&str; 10] = [
        "gpt-4.1",
        "claude-opus-4-20250514",
        "gemini-2.5-flash",
        "gemini-2.5-pro",
        "grok-3-beta",
        "deepseek-r1",
        "claude-sonnet-4-20250514",
        "gpt-4o",
        "o3",
        "claude-3-opus-20240229",
    ];
    let conditions: Vec<String> = ["blackmail", "leaking", "murder"]
        .iter()
        .flat_map(|scenario| {
            ["explicit-america", "explicit-ethical", "none-none"]
                .iter()
                .flat_map(move |goal| {
                    ["replacement", "restriction"]
                        .map(|urgency| format!("{scenario}_{goal}_{urgency}"))
                })
        })
        .collect();
    let filler = "(synthetic benchmark text) ".repeat(120);
    let models = (total / 1800).clamp(1, MODELS.len());
    let prompts: Vec<File> = conditions
        .iter()
        .map(|condition| {
            let metadata = json!({"condition_id": condition, "extra_system_instructions": null, "alignment_faking": false});
            (
                format!("{root}/prompts/{condition}/metadata.json"),
                metadata.to_string().into_bytes(),
            )
        })
        .collect();
    let samples = MODELS[..models].iter().flat_map(move |model| {
        let conditions = conditions.clone();
        let filler = filler.clone();
        conditions.into_iter().flat_map(move |condition| {
            let filler = filler.clone();
            (1..=100u32).map(move |n| {
                let body = json!({
                    "raw_response": format!("<SCRATCHPAD_REASONING>{filler}</SCRATCHPAD_REASONING>"),
                    "metadata": {"model": model, "condition": condition, "sample_id": n},
                    "classification": {"harmful_behavior": n % 3 == 0, "classifier_verdict": n % 3 == 0, "classifier_reasoning": filler},
                });
                (
                    format!("{root}/models/{model}/{condition}/sample_{n:03}/response.json"),
                    body.to_string().into_bytes(),
                )
            })
        })
    });
    prompts.into_iter().chain(samples)
}
