//! Writes the synthetic replication results (`model::runs::fixtures`) under the folder given, for
//! the browser tests of `#/your-runs`. Known counts, placeholder texts, no model outputs.

fn main() {
    let dir = std::env::args().nth(1).expect("usage: run_fixtures DIR");
    let dir = std::path::Path::new(&dir);
    for (path, bytes) in model::runs::fixtures::all() {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a file has a folder"))
            .expect("create a folder");
        std::fs::write(&path, bytes).expect("write a fixture");
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
