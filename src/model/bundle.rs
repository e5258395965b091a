//! The data as the app receives it. `build.rs` reads `data/` with the rest of this model
//! (`Dataset::parse`, `Library::parse`, `Content::parse`, each of which validates), and writes the
//! checked values as postcard in two parts:
//!
//! - `bundle.postcard`, compiled in here: the results, the index of runs that the explorer
//!   links to, and the evidence ledger (quotes). Every page needs these at once.
//! - the content file (`content-<hash>.postcard`), placed in the site beside the wasm: the runs,
//!   excerpts, story, myths and classroom texts in both languages. Only their pages need it, so
//!   they fetch it (`components/content_gate.rs`) and the explorer's first paint does not wait
//!   for the ~47 KB (gzip) it does not show. The one-file edition carries it inline instead.
//!
//! Why not ship the CSV and JSON themselves: the wasm would then carry a CSV parser, a JSON parser
//! and every check, about 100 KB before compression (issue 5 measured it with twiggy), and each
//! start-up would redo work whose answer is known at build time. A data error now stops the build,
//! naming the file and line, instead of reaching a reader.

use std::sync::OnceLock;

use serde::Deserialize;

use super::content::Content;
use super::data::Dataset;
pub use super::evidence::{EvidenceFile, SourceFacts};

use super::transcripts::{Library, RunIndex};

/// Field for field the `Bundle` that `build.rs` writes; postcard relies on the order.
#[derive(Deserialize)]
struct Bundle {
    dataset: Dataset,
    runs: RunIndex,
    facts: SourceFacts,
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

impl SourceFacts {
    pub fn bundled() -> &'static SourceFacts {
        &bundle().facts
    }
}

/// Decodes a file the site fetched into its cell, once; later calls return the same copy.
fn install_once<T: serde::de::DeserializeOwned>(
    cell: &'static OnceLock<T>,
    bytes: &[u8],
) -> Result<&'static T, postcard::Error> {
    if let Some(installed) = cell.get() {
        return Ok(installed);
    }
    let decoded = postcard::from_bytes(bytes)?;
    Ok(cell.get_or_init(|| decoded))
}

static EVIDENCE: OnceLock<EvidenceFile> = OnceLock::new();

impl EvidenceFile {
    /// Its name in the site, with a hash of its bytes.
    pub const NAME: &'static str = env!("CORNERED_EVIDENCE_FILE");

    /// Decodes the file once; later calls return the same copy.
    pub fn install(bytes: &[u8]) -> Result<&'static EvidenceFile, postcard::Error> {
        install_once(&EVIDENCE, bytes)
    }

    /// The file, if it has been installed.
    pub fn get() -> Option<&'static EvidenceFile> {
        EVIDENCE.get()
    }

    /// The file as built, for the host (`cargo test`, server-side rendering).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn built() -> &'static EvidenceFile {
        const BUILT: &[u8] = include_bytes!(concat!(
            env!("OUT_DIR"),
            "/site/",
            env!("CORNERED_EVIDENCE_FILE")
        ));
        Self::install(BUILT).expect("the evidence file matches EvidenceFile")
    }
}

impl RunIndex {
    /// Every illustrative run's condition and outcome, validated at build time.
    pub fn bundled() -> &'static RunIndex {
        &bundle().runs
    }
}

/// The texts of the runs, excerpts, story, myths and classroom kit. Field for field the
/// `ContentFile` that `build.rs` writes.
#[derive(Debug, PartialEq, Deserialize)]
pub struct ContentFile {
    pub library: Library,
    pub content: Content,
}

static CONTENT: OnceLock<ContentFile> = OnceLock::new();

impl ContentFile {
    /// Its name in the site. It carries a hash of the bytes, so that no cache can pair one build's
    /// wasm with another build's texts.
    pub const NAME: &'static str = env!("CORNERED_CONTENT_FILE");

    /// Decodes the file once; later calls return the same copy.
    pub fn install(bytes: &[u8]) -> Result<&'static ContentFile, postcard::Error> {
        install_once(&CONTENT, bytes)
    }

    /// The file as built, for the host (`cargo test`, server-side rendering); the browser fetches
    /// it instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn built() -> &'static ContentFile {
        const BUILT: &[u8] = include_bytes!(concat!(
            env!("OUT_DIR"),
            "/site/",
            env!("CORNERED_CONTENT_FILE")
        ));
        Self::install(BUILT).expect("the content file matches ContentFile")
    }
}
