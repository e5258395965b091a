//! How fast the parsers and the tally read a replication's samples (issue 14: 1,800 samples in
//! under 2 s, 18,000 with the page responsive). Natively, so it measures this code, not the
//! browser's file reading; `bench/run.sh` prints it. Peak memory from /proc where Linux has it.

use std::time::Instant;

use model::runs::condition::RunVariant;
use model::runs::parse;
use model::runs::tally::Tally;

const CONDITIONS: [&str; 6] = [
    "blackmail_explicit-america_replacement",
    "blackmail_none-none_replacement",
    "leaking_explicit-america_none",
    "leaking_none-none_restriction",
    "murder_explicit-america_replacement",
    "murder_none-none_none",
];

fn sample(model: &str, condition: &str, n: usize) -> String {
    // About the size of a real response.json: a few kilobytes of reply and reasoning.
    let filler = "(synthetic benchmark text) ".repeat(120);
    format!(
        r#"{{"raw_response": "<SCRATCHPAD_REASONING>{filler}</SCRATCHPAD_REASONING>", "metadata": {{"model": "{model}", "condition": "{condition}", "sample_id": {n}}}, "classification": {{"harmful_behavior": {}, "classifier_verdict": true, "classifier_reasoning": "{filler}"}}}}"#,
        n.is_multiple_of(3)
    )
}

fn main() {
    for total in [1_800usize, 18_000] {
        let models = ["gpt-4.1", "claude-opus-4-20250514", "gemini-2.5-flash"];
        let per = total / (models.len() * CONDITIONS.len());
        let mut files = Vec::with_capacity(total);
        for model in models {
            for condition in CONDITIONS {
                for n in 1..=per {
                    let path =
                        format!("results/b/models/{model}/{condition}/sample_{n:03}/response.json");
                    files.push((path, sample(model, condition, n)));
                }
            }
        }
        let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
        let start = Instant::now();
        let mut tally = Tally::default();
        for (path, text) in &files {
            if let Ok(s) = parse::framework_response(path, text, RunVariant::Default) {
                tally.add(s);
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "  {total:>6} samples ({:.1} MB): {:.3} s, {:.0} samples/s, {} rows",
            bytes as f64 / 1e6,
            seconds,
            total as f64 / seconds,
            tally.counts.len()
        );
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!(
                "  peak memory (texts held for the run, as a worst case): {}",
                line.trim_start_matches("VmHWM:").trim()
            );
        }
    }
}
