//! The chart's data as a table, for screen readers and for anyone who prefers numbers.

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::format::bar_label;
use crate::view::format::interval_text_short;
use crate::view::hooks::drawn_when_opened::use_drawn_when_opened;
use crate::view::shell::context::{use_texts, DataRef};
use model::explorer::chart;
use model::link::ExplorerState;
use model::stats::percent_text;

/// Takes the state rather than the bars so that a re-render clones no rows.
#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    pub state: ExplorerState,
    pub data: DataRef,
}

/// The table is drawn once a reader first opens it (`use_drawn_when_opened`): drawn, it was 40% of
/// the explorer's and a story step's elements, built at the app's start and rewritten at every
/// toggle.
#[function_component(ChartTable)]
pub fn chart_table(props: &ChartTableProps) -> Html {
    let t = use_texts();
    let (opened, ontoggle) = use_drawn_when_opened(Callback::noop());
    html! {
        <details class="chart-table" {ontoggle}>
            <summary>{ t.get(Key::ChartShowTable) }</summary>
            if opened {
                { table(t, props) }
            }
        </details>
    }
}

fn table(t: Texts, props: &ChartTableProps) -> Html {
    let bars = chart(&props.data, &props.state).bars;
    html! {
        <table data-testid="chart-table">
            <caption>{ t.get(Key::ChartTitle) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.get(Key::TableModel) }</th>
                    <th scope="col">{ t.get(Key::TableRate) }</th>
                    <th scope="col">{ t.get(Key::TableRuns) }</th>
                    <th scope="col">{ t.get(Key::TableInterval) }</th>
                    <th scope="col">{ t.get(Key::TableFigure) }</th>
                    <th scope="col">{ t.get(Key::TableConfidence) }</th>
                    <th scope="col">{ t.get(Key::HeadlineSourceText) }</th>
                    <th scope="col">{ t.get(Key::TableNote) }</th>
                </tr>
            </thead>
            <tbody>
                { for bars.iter().map(|bar| {
                    let row = bar.row;
                    let runs = match (row.count(), row.n) {
                        (Some(k), Some(n)) => format!("{k} / {n}"),
                        _ => t.get(Key::TableNotStated).to_string(),
                    };
                    html! {
                        <tr>
                            <th scope="row">{ bar_label(t, bar) }</th>
                            <td class="num">{ percent_text(&row.rate_text) }</td>
                            <td class="num">{ runs }</td>
                            <td class="num">{ interval_text_short(t, row) }</td>
                            <td>{ t.figures(&row.figures) }</td>
                            <td>{ format!("{} {}", Texts::confidence_mark(row.confidence), t.confidence_short(row.confidence)).trim().to_string() }</td>
                            <td data-testid="row-source-kind">{ t.source_kind(&row.source_kind) }</td>
                            <td>{ row.note.map(|n| t.note(n)).unwrap_or("") }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
