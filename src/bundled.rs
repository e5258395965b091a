//! The checked data as this build carries it: the bundle compiled in, and the names and decoded
//! copies of the two files beside the wasm. `build.rs` wrote them with `model::compile`; their
//! shapes are `model::bundle`'s, so writer and reader cannot disagree.

use std::sync::OnceLock;

use model::bundle::{Bundle, ContentFile, EvidenceFile, SourceFacts};
use model::data::Dataset;
use model::transcripts::RunIndex;

const BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.postcard"));

fn bundle() -> &'static Bundle {
    static DECODED: OnceLock<Bundle> = OnceLock::new();
    // Cannot fail unless build.rs and this build disagree, which every `cargo test` would show.
    DECODED.get_or_init(|| postcard::from_bytes(BUNDLE).expect("bundle.postcard matches Bundle"))
}

/// The results and models of `data/`, validated at build time.
pub fn dataset() -> &'static Dataset {
    &bundle().dataset
}

/// Every illustrative run's condition and outcome, validated at build time.
pub fn runs() -> &'static RunIndex {
    &bundle().runs
}

/// The date the sources were last checked, the study's year, the "is this a test?" notice.
pub fn facts() -> &'static SourceFacts {
    &bundle().facts
}

/// A file the site carries beside the wasm, decoded once when a page first needs it.
pub struct SiteFile<T: 'static> {
    /// Its name in the site. It carries a hash of the bytes, so that no cache can pair one
    /// build's wasm with another build's file.
    pub name: &'static str,
    cell: OnceLock<T>,
    /// The bytes as built, for the host (`cargo test`, server-side rendering).
    #[cfg(not(target_arch = "wasm32"))]
    built: &'static [u8],
}

impl<T: serde::de::DeserializeOwned> SiteFile<T> {
    /// Decodes the file once; later calls return the same copy.
    pub fn install(&'static self, bytes: &[u8]) -> Result<&'static T, postcard::Error> {
        if let Some(installed) = self.cell.get() {
            return Ok(installed);
        }
        let decoded = postcard::from_bytes(bytes)?;
        Ok(self.cell.get_or_init(|| decoded))
    }

    /// The file, if it has been installed.
    pub fn get(&'static self) -> Option<&'static T> {
        self.cell.get()
    }

    /// The file as built, on the host; the browser fetches it instead.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn built(&'static self) -> &'static T {
        self.install(self.built)
            .unwrap_or_else(|e| panic!("{} does not decode: {e}", self.name))
    }
}

macro_rules! site_file {
    ($env:literal) => {
        SiteFile {
            name: env!($env),
            cell: OnceLock::new(),
            #[cfg(not(target_arch = "wasm32"))]
            built: include_bytes!(concat!(env!("OUT_DIR"), "/site/", env!($env))),
        }
    };
}

/// The texts of the runs, excerpts, story, myths and classroom kit.
pub static CONTENT: SiteFile<ContentFile> = site_file!("CORNERED_CONTENT_FILE");

/// The evidence ledger and the interface texts' evidence.
pub static EVIDENCE: SiteFile<EvidenceFile> = site_file!("CORNERED_EVIDENCE_FILE");
