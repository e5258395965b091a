//! The pure model: the study's vocabulary, its validated data, statistics and link state.
//! Nothing here touches the browser, so all of it is tested natively with `cargo test`.

pub mod bundle;
pub mod chart_svg;
pub mod content;
pub mod data;
pub mod evidence;
pub mod explorer;
pub mod link;
pub mod reference;
pub mod results_csv;
pub mod stats;
pub mod transcripts;
pub mod types;
