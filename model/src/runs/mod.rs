//! A reader's own replication runs: the official framework's results folder, its
//! `compute_statistics.py` output, and Inspect logs (`.json`, and `.eval` archives whose entries
//! are deflate or zstd), read into counts per model and condition and set beside the study's
//! published values. Formats as read in the tools' own source: `../shared/FORMATS.md`.
//!
//! Nothing here reads files itself: the page hands it text and byte ranges it read with the File
//! API, so the same code is tested natively and nothing leaves the page.

pub mod condition;
#[cfg(feature = "compile")]
pub mod fixtures;
pub mod load;
#[cfg(feature = "archives")]
pub mod open;
pub mod parse;
pub mod reply;
pub mod summary;
pub mod tally;
#[cfg(feature = "archives")]
pub mod zip;

/// An archive entry's name, and its bytes or why they could not be read.
pub type Unpacked = (String, Result<Vec<u8>, String>);
