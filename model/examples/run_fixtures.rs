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
    println!("fixtures written to {}", dir.display());
}
