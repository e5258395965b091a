//! Writes the synthetic replication results (`model::runs::fixtures`) under the folder given, for
//! the browser tests of `#/your-runs`. Known counts, placeholder texts, no model outputs.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::Path::new(args.first().expect("usage: run_fixtures DIR [--bench N]"));
    // `--bench N`: only the benchmark's replication of N samples (bench/runs.mjs), under DIR.
    if let [_, flag, total] = args.as_slice() {
        assert_eq!(flag, "--bench", "usage: run_fixtures DIR [--bench N]");
        let total: usize = total.parse().expect("N is a number of samples");
        for (path, bytes) in model::runs::fixtures::bench_folder("results/bench", total) {
            write(&dir.join(path), &bytes);
        }
        return;
    }
    for (path, bytes) in model::runs::fixtures::all() {
        write(&dir.join(path), &bytes);
    }
    // The counts the fixtures hold (harmful, harmless, errors, unclassified), for tests that check
    // what a page shows.
    use model::runs::fixtures::{expected, INSPECT_CONDITION, INSPECT_COUNTS, INSPECT_MODEL};
    let mut counts: Vec<serde_json::Value> = expected()
        .into_iter()
        .map(|((model, condition), counts)| serde_json::json!({"model": model, "condition": condition, "counts": counts}))
        .collect();
    counts.push(serde_json::json!({"model": INSPECT_MODEL, "condition": INSPECT_CONDITION, "counts": INSPECT_COUNTS}));
    let json = serde_json::to_string_pretty(&counts).expect("counts are JSON");
    std::fs::write(dir.join("expected.json"), json).expect("write expected.json");
    println!("fixtures written to {}", dir.display());
}

fn write(path: &std::path::Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().expect("a file has a folder")).expect("create a folder");
    std::fs::write(path, bytes).expect("write a fixture");
}
