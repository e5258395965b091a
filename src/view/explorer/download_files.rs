//! The files behind "Download data (CSV)" and "Download chart (SVG)", made in the page: the CSV
//! is `data/results.csv` written again from the rows the app carries (`Dataset::results_csv`,
//! tested byte for byte), the SVG the chart of the current view (`model::chart_svg`). Their code
//! is a wasm chunk of its own (`download_files`, entered through [`makers`]): 9 KB gzip that
//! every explorer would otherwise start with, for a link few readers follow. The explorer opens
//! it after its first render (`downloads.rs`).

use std::cell::Cell;
use std::sync::OnceLock;

use strum::IntoEnumIterator;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::bundled;
use crate::i18n::{Key, Texts};
use crate::view::format::{bar_label, caveat_key};
use crate::view::shell::context::DataRef;
use model::chart_svg::{chart_svg, ChartWords};
use model::explorer::{chart, Chart};
use model::link::ExplorerState;
use model::types::{Confidence, Figure, Variant};

/// What the chunk hands back: a data URL for each file.
#[derive(Clone, Copy)]
pub struct FileMakers {
    pub csv: fn() -> String,
    pub svg: fn(Texts, DataRef, &ExplorerState) -> String,
}

thread_local! {
    /// Set once the chunk is open. Stored on this side of the split, as `view::content` does.
    static OPENED: Cell<Option<FileMakers>> = const { Cell::new(None) };
}

#[wasm_split(download_files, fallible)]
fn makers() -> Result<FileMakers, SplitLoaderError> {
    Ok(FileMakers {
        csv: csv_url,
        svg: svg_url,
    })
}

/// Opens the chunk (once per visit; a failed fetch is tried afresh next time).
pub async fn open() -> Result<FileMakers, SplitLoaderError> {
    if let Some(makers) = opened() {
        return Ok(makers);
    }
    let makers = makers().await?;
    OPENED.set(Some(makers));
    Ok(makers)
}

/// The makers, if the chunk is open; on the host, where the split is a plain call, always.
pub fn opened() -> Option<FileMakers> {
    if cfg!(not(target_arch = "wasm32")) {
        OPENED.set(Some(FileMakers {
            csv: csv_url,
            svg: svg_url,
        }));
    }
    OPENED.get()
}

/// The browser's own `encodeURIComponent` rather than a crate: the same encoding for a data URL,
/// without an encoder in the wasm.
fn data_url(mime: &str, body: &str) -> String {
    let encoded = String::from(js_sys::encode_uri_component(body));
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// The study's rows with every provenance column, as `data/results.csv` has them. Written once,
/// when a reader first reaches for the link.
fn csv_url() -> String {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| data_url("text/csv", &bundled::dataset().results_csv()))
        .clone()
}

fn svg_url(t: Texts, data: DataRef, state: &ExplorerState) -> String {
    data_url("image/svg+xml", &current_chart_svg(t, data, state, true))
}

/// The chart of the current view as an SVG document (also the link preview's picture,
/// examples/preview_image.rs), with each bar's note under it where `bar_notes`.
pub fn current_chart_svg(
    t: Texts,
    data: DataRef,
    state: &ExplorerState,
    bar_notes: bool,
) -> String {
    let c = state.condition;
    let chart = chart(&data, state);
    let condition = t.condition(c);
    let figures = chart
        .bars
        .iter()
        .flat_map(|b| b.row.figures.iter().copied())
        .fold(Vec::new(), |mut all, f| {
            if !all.contains(&f) {
                all.push(f);
            }
            all
        });
    let source = source_line(t, &chart, &figures);
    let unpublished = unpublished_line(t, &chart);
    let words = ChartWords {
        title: t.get(Key::ChartTitle),
        condition: &condition,
        source: &source,
        caveat: t.get(caveat_key(c.scenario)),
        labels: chart.bars.iter().map(|b| bar_label(t, b)).collect(),
        marks: chart
            .bars
            .iter()
            .map(|b| Texts::confidence_mark(b.row.confidence))
            .collect(),
        notes: chart
            .bars
            .iter()
            .map(|b| b.row.note.filter(|_| bar_notes).map(|n| t.note(n)))
            .collect(),
        adapted_group: t.variant(Variant::AdaptedPrompt),
        // The kinds of sourcing the chart shows, explained as the page's legend explains them.
        legend: Confidence::iter()
            .filter(|&c| chart.bars.iter().any(|b| b.row.confidence == c))
            // A mark's meaning begins with the mark; the unmarked kind is named.
            .map(|c| match Texts::confidence_mark(c) {
                "" => format!("{} — {}", t.confidence_name(c), t.confidence_explained(c)),
                _ => t.confidence_explained(c).to_string(),
            })
            .collect(),
        unpublished,
    };
    chart_svg(&chart, &words)
}

/// "From Figure 12 · Read in the study's research post; a news article (…) · Lynch et al.": where
/// each value was read, as the page's "Read in" says it, for not every value is the post's.
fn source_line(t: Texts, chart: &Chart, figures: &[Figure]) -> String {
    let mut read_in: Vec<String> = Vec::new();
    for bar in &chart.bars {
        let kind = t.source_kind(&bar.row.source_kind);
        if !read_in.contains(&kind) {
            read_in.push(kind);
        }
    }
    let mut parts = Vec::new();
    if !figures.is_empty() {
        parts.push(format!(
            "{} {}",
            t.get(Key::HeadlineSource),
            t.figures(figures)
        ));
    }
    if !read_in.is_empty() {
        parts.push(format!(
            "{} {}",
            t.get(Key::HeadlineSourceText),
            read_in.join("; ")
        ));
    }
    parts.push(t.get(Key::SourcesCiteText).to_string());
    parts.join(" · ")
}

/// "No value found for: …", as the page says it, or empty where every model has a value.
fn unpublished_line(t: Texts, chart: &Chart) -> String {
    let names: Vec<&str> = chart.unpublished.iter().map(|m| m.name.as_str()).collect();
    if names.is_empty() {
        return String::new();
    }
    let models = names.join(t.get(Key::ChartListSeparator));
    t.fill(Key::ChartUnpublished, &[("models", &models)])
}
