//! What the app's tests share: where the repository is, and its Rust sources.
#![allow(dead_code)] // each test file uses some of these

use std::path::{Path, PathBuf};

/// The repository, read when the tests run (not when they compile), so that a test binary never
/// carries a folder that may no longer exist (the stand-alone check builds a copy elsewhere).
pub fn root() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()))
}

/// Every `.rs` file under `src/`, by its path relative to `src/`, with its text, in order.
pub fn sources() -> Vec<(PathBuf, String)> {
    rust_files("src")
}

/// Every `.rs` file under a folder of the repository, by its path relative to that folder.
pub fn rust_files(folder: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, src: &Path, found: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, src, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path.strip_prefix(src).unwrap().to_path_buf(), text));
            }
        }
    }
    let src = root().join(folder);
    let mut found = Vec::new();
    walk(&src, &src, &mut found);
    found.sort();
    found
}
