//! The data as the app receives it. `build.rs` reads `data/` with the rest of this model
//! (`Dataset::parse`, `Library::parse`, `Content::parse`, each of which validates), and writes the
//! checked values as one postcard blob that is compiled in here and decoded on first use.
//!
//! Why not ship the CSV and JSON themselves: the wasm would then carry a CSV parser, a JSON parser
//! and every check, about 100 KB before compression (issue 5 measured it with twiggy), and each
//! start-up would redo work whose answer is known at build time. A data error now stops the build,
//! naming the file and line, instead of reaching a reader.

use std::sync::OnceLock;

use serde::Deserialize;

use super::content::Content;
use super::data::Dataset;
use super::transcripts::Library;

/// Field for field the `Bundle` that `build.rs` writes; postcard relies on the order.
#[derive(Deserialize)]
struct Bundle {
    dataset: Dataset,
    library: Library,
    content: Content,
}

const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));

fn bundle() -> &'static Bundle {
    static DECODED: OnceLock<Bundle> = OnceLock::new();
    // Cannot fail unless build.rs and this struct disagree, which every `cargo test` would show.
    DECODED.get_or_init(|| postcard::from_bytes(BUNDLE).expect("bundle.postcard matches Bundle"))
}

impl Dataset {
    /// The results and models of `data/`, validated at build time.
    pub fn bundled() -> &'static Dataset {
        &bundle().dataset
    }
}

impl Library {
    /// The transcripts and excerpts of `data/`, validated at build time.
    pub fn bundled() -> &'static Library {
        &bundle().library
    }
}

impl Content {
    /// The story, myths and classroom kit of `data/`, validated at build time.
    pub fn bundled() -> &'static Content {
        &bundle().content
    }
}
