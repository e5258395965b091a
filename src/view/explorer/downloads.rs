//! "Download data (CSV)" and "Download chart (SVG)", both made in the page as data URLs: the CSV
//! is `data/results.csv` written again from the rows the app carries (`Dataset::results_csv`,
//! tested byte for byte), the SVG the chart of the current view. Nothing leaves the reader's
//! machine, and both work offline and from the one-file edition.

use crate::bundled;
use std::rc::Rc;
use std::sync::OnceLock;

use yew::prelude::*;

use super::copy_link::CopyLink;
use crate::i18n::{Key, Texts};
use crate::view::format::bar_label;
use crate::view::format::caveat_key;
use crate::view::shell::context::{use_texts, DataRef};
use model::chart_svg::{chart_svg, ChartWords};
use model::explorer::chart;
use model::link::ExplorerState;
use model::types::Confidence;
use model::types::Vocabulary;
use strum::IntoEnumIterator;

/// The browser's own `encodeURIComponent` rather than a crate: the same encoding for a data URL,
/// without an encoder in the main module.
fn data_url(mime: &str, body: &str) -> String {
    let encoded = String::from(js_sys::encode_uri_component(body));
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// The study's rows with every provenance column, as `data/results.csv` has them. Written once,
/// when a reader first reaches for the link, so that the explorer's first render does not pay.
fn csv_url() -> String {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| data_url("text/csv", &bundled::dataset().results_csv()))
        .clone()
}

/// The chart of the current view as an SVG document.
pub fn current_chart_svg(t: Texts, data: DataRef, state: &ExplorerState) -> String {
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
    let source = format!(
        "{} {} · {}",
        t.get(Key::HeadlineSource),
        t.figures(&figures),
        t.get(Key::SourcesCiteText)
    );
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
        // The marks the chart shows, explained as the page's legend explains them.
        legend: Confidence::iter()
            .filter(|&c| !Texts::confidence_mark(c).is_empty())
            .filter(|&c| chart.bars.iter().any(|b| b.row.confidence == c))
            .map(|c| t.confidence_explained(c))
            .collect(),
    };
    chart_svg(&chart, &words)
}

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub state: ExplorerState,
    pub data: DataRef,
}

/// Writes a file into its link when the reader reaches for it (pointer, focus or click) rather
/// than on every render, where drawing and encoding the chart was part of every toggle (issue 5).
/// Until then the link holds an empty file.
fn fill_link<E: AsRef<web_sys::Event>>(url: Rc<dyn Fn() -> String>) -> Callback<E> {
    Callback::from(move |event: E| {
        // Yew listens at the app's root, so the link is found from the event's target.
        let target = event.as_ref().target();
        let link = target
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest("a").ok().flatten());
        if let Some(link) = link {
            if link.get_attribute("href").as_deref() == Some(EMPTY_FILE) {
                let _ = link.set_attribute("href", &url());
            }
        }
    })
}

const EMPTY_FILE: &str = "data:,";

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let t = use_texts();
    let c = props.state.condition;
    let svg: Rc<dyn Fn() -> String> = {
        let (data, state) = (props.data, props.state.clone());
        Rc::new(move || data_url("image/svg+xml", &current_chart_svg(t, data, &state)))
    };
    let csv: Rc<dyn Fn() -> String> = Rc::new(csv_url);
    let svg_name = format!(
        "cornered-{}-{}-{}-{}.svg",
        c.scenario.id(),
        c.goal.id(),
        c.urgency.id(),
        c.variant.id()
    );
    html! {
        <p class="downloads">
            <a key="csv" class="button-link secondary-link" href={EMPTY_FILE} download="cornered-agentic-misalignment-results.csv"
                data-testid="download-csv" onpointerenter={fill_link(csv.clone())}
                onfocus={fill_link(csv.clone())} onclick={fill_link(csv)}>{ t.get(Key::DownloadCsv) }</a>
            // Keyed by the view (and language), so another view starts from an empty link again.
            <a key={props.state.to_query(t.0)} class="button-link secondary-link" href={EMPTY_FILE} download={svg_name}
                data-testid="download-svg" onpointerenter={fill_link(svg.clone())}
                onfocus={fill_link(svg.clone())} onclick={fill_link(svg)}>{ t.get(Key::DownloadSvg) }</a>
            <CopyLink key="copy" query={props.state.to_query(t.0)} />
        </p>
    }
}
