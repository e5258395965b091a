//! How fast the parsers and the tally read a replication's samples (issue 14: 1,800 samples in
//! under 2 s, 18,000 with the page responsive). Natively, so it measures this code, not the
//! browser's file reading; `bench/run.sh` prints it. Peak memory from /proc where Linux has it.

use std::time::Instant;

use model::runs::condition::RunVariant;
use model::runs::fixtures::bench_folder;
use model::runs::parse;
use model::runs::tally::Tally;

fn main() {
    for total in [1_800usize, 18_000] {
        let files: Vec<(String, String)> = bench_folder("results/b", total)
            .map(|(path, bytes)| (path, String::from_utf8(bytes).expect("fixtures are text")))
            .collect();
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
