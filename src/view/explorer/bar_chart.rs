//! Every model's rate under the chosen condition: sorted bars with interval whiskers, the
//! headline model marked ▶ and bold (never by colour alone), and the same data as a table.

use yew::prelude::*;

use super::change::change;
use crate::view::format::{bar_label, confidence_label};

use super::chart_table::ChartTable;
use crate::i18n::{Key, Texts};
use crate::view::common::bar_svg::bar_svg;
use crate::view::common::your_runs_slot;
use crate::view::shell::context::{use_texts, DataRef};
use model::explorer::{chart, Bar};
use model::link::ExplorerState;
use model::stats::percent_text;
use model::types::{Confidence, RowNote, Variant};

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub state: ExplorerState,
    pub data: DataRef,
    pub on_change: Callback<ExplorerState>,
    /// Whether a bar chooses its model for the headline (a button), or only shows it.
    #[prop_or(true)]
    pub selectable: bool,
}

#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let t = use_texts();
    let data = chart(&props.data, &props.state);
    let scenario = props.state.condition.scenario;
    let label = t.fill(Key::ChartLabel, &[("behaviour", t.behaviour(scenario))]);

    // Rows are positional, not keyed by model: the list is sorted by rate, so most toggles
    // reorder it, and a keyed row that moves is re-inserted into the page and loses its easing
    // (measured: 1–8 of 18 bars eased with keys, every changed one without). Positional rows
    // ease the chart's sorted profile from the old condition to the new one.
    // The bars of models the study left out of its figures follow the others, and the adapted
    // prompts' bars follow all of them (`model::explorer::chart`), each group set apart by the
    // stylesheet (`.bar-row.left-out`, `.bar-row.adapted`), each bar labelled as such.
    let rows = data.bars.iter().map(|bar| row(t, props, bar));

    let marks = [Confidence::SecondaryConsistent, Confidence::SecondarySingle]
        .into_iter()
        .filter(|&c| data.bars.iter().any(|bar| bar.row.confidence == c));
    let unpublished = (!data.unpublished.is_empty()).then(|| {
        let names = data
            .unpublished
            .iter()
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join(t.get(Key::ChartListSeparator));
        html! { <p class="unpublished-list" data-testid="unpublished">{ t.fill(Key::ChartUnpublished, &[("models", &names)]) }</p> }
    });

    html! {
        <section class="chart" aria-labelledby="chart-title">
            <h2 id="chart-title">{ t.get(Key::ChartTitle) }</h2>
            <p class="chart-legend">
                <span class="legend-bar">{ t.get(Key::ChartLegendBar) }</span>
                <span class="legend-whisker">{ t.get(Key::ChartLegendWhisker) }</span>
                <span>{ t.get(Key::ChartLegendSelected) }</span>
                // The marks the bars carry, said here: a title shows only under a pointer, and the
                // story and the handout have no legend of their own.
                { for marks.into_iter().map(|c| html! { <span class="legend-mark">{ confidence_label(t, c) }</span> }) }
            </p>
            <figure>
                <ol class="bars" role="list" aria-label={label} data-testid="bars">{ for rows }</ol>
            </figure>
            { for unpublished }
            // The reader's own runs, if they loaded some in this visit: a list of their own, never
            // among the study's bars (rendered by the content pages' chunk, `your_runs`).
            { your_runs_slot::bars(t, &props.state) }
            <ChartTable state={props.state.clone()} data={props.data} />
        </section>
    }
}

/// One model's bar: its name, its bar and whisker, its value and mark, and a note where its row has one.
fn row(t: Texts, props: &BarChartProps, bar: &Bar) -> Html {
    let mark = Texts::confidence_mark(bar.row.confidence);
    let model = bar.model.id.clone();
    // The bar's own value in the headline: an adapted prompt's bar selects that prompt too.
    let variant = bar.row.condition.variant;
    let adapted = variant == Variant::AdaptedPrompt;
    let left_out = !adapted && bar.row.note.is_some_and(RowNote::left_out_of_figures);
    let inside = html! {
        <>
            <span class="bar-name">
                <span class="pointer" aria-hidden="true">{ if bar.selected { "▶" } else { "" } }</span>
                { bar_label(t, bar) }
            </span>
            { bar_svg(bar.row.rate, bar.interval) }
            <span class="bar-value">
                { percent_text(&bar.row.rate_text) }
                if !mark.is_empty() {
                    <span class="mark" title={t.confidence_short(bar.row.confidence)}>{ format!(" {mark}") }</span>
                }
            </span>
        </>
    };
    // Only where a bar can choose: on the handout's paper copy, 21 buttons did nothing.
    let shown = if props.selectable {
        let select = change(
            &props.state,
            &props.on_change,
            move |next, _: MouseEvent| {
                next.model = model.clone();
                next.condition.variant = variant;
            },
        );
        html! {
            <button type="button" class="bar-button" onclick={select} aria-pressed={bar.selected.to_string()}
                title={t.fill(Key::ChartSelect, &[("model", &bar.model.name)])}>{ inside }</button>
        }
    } else {
        html! { <div class="bar-button">{ inside }</div> }
    };
    html! {
        <li class={classes!("bar-row", bar.selected.then_some("selected"), adapted.then_some("adapted"), left_out.then_some("left-out"))}
            data-model={bar.model.id.clone()}>
            { shown }
            if let Some(note) = bar.row.note {
                <p class="bar-note">{ t.note(note) }</p>
            }
        </li>
    }
}
