//! The pure model: the study's vocabulary, its validated data, statistics, link state, the
//! chart's geometry and the shapes in which checked data reaches the app.
//!
//! Invariant: this crate knows nothing of the browser. It depends on neither Yew nor web-sys, so
//! all of it is tested natively (`cargo test -p cornered-model`, which compiles no Yew), and the
//! app's `build.rs` uses it to check `data/` before anything ships.

pub mod bundle;
pub mod chart_svg;
#[cfg(feature = "compile")]
pub mod compile;
pub mod content;
pub mod data;
pub mod evidence;
pub mod explorer;
pub mod link;
pub mod reference;
pub mod results_csv;
pub mod runs;
pub mod since;
pub mod stats;
pub mod transcripts;
pub mod types;
