//! The shapes in which the checked data travels from the build to the app. `compile` (at build
//! time) writes them as postcard; the app (`src/bundled.rs`) reads them. One definition serves
//! both, so the two sides cannot disagree field by field.
//!
//! - [`Bundle`], compiled into the main module: the results, the index of runs that the explorer
//!   links to, and the few facts about the sources that every page shows.
//! - [`ContentFile`], placed in the site beside the wasm: the runs, excerpts, story, myths and
//!   classroom texts and the timeline of what happened next, in both languages. Only their pages need it, so they fetch it and the
//!   explorer's first paint does not wait for the ~47 KB (gzip) it does not show.
//! - [`EvidenceFile`] (in `evidence.rs`), beside the wasm too: the quotes behind "Why we say this".
//!
//! Why not ship the CSV and JSON themselves: the wasm would then carry a CSV parser, a JSON parser
//! and every check, about 100 KB before compression (issue 5 measured it with twiggy), and each
//! start-up would redo work whose answer is known at build time. A data error stops the build,
//! naming the file and line, instead of reaching a reader.

use serde::{Deserialize, Serialize};

use crate::content::Content;
use crate::data::Dataset;
pub use crate::evidence::{EvidenceFile, SourceFacts};
use crate::since::Timeline;
use crate::transcripts::{Bilingual, Library, RunIndex};

/// What every page needs, compiled into the main module.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub dataset: Dataset,
    pub runs: RunIndex,
    pub facts: SourceFacts,
}

/// The texts of the runs, excerpts, story, myths, classroom kit and what happened next.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct ContentFile {
    pub library: Library,
    pub content: Content,
    pub since: Timeline,
    /// The interface texts only the content pages show (`compile::PAGE_SECTIONS`), in the order
    /// of the generated `PageKey`: they travel here rather than in the main module.
    pub page_texts: Vec<Bilingual>,
}
