//! Every row of `data/results.csv`, with its provenance, as one scrollable table. In the browser
//! its rows are drawn a screenful at a time (`use_in_steps`); the page's file has them all.

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, DataRef, Shared};
use model::data::ResultRow;
use model::stats::percent_text;

/// Rows drawn in the app's first render (more than a screenful), then in each later task.
const FIRST_ROWS: usize = 10;
const ROWS_PER_STEP: usize = 10;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub data: DataRef,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let t = use_texts();
    let headers = [
        Key::TableScenario,
        Key::TableGoal,
        Key::TableThreat,
        Key::TableVariant,
        Key::TableMetric,
        Key::TableModel,
        Key::TableRate,
        Key::TableRuns,
        Key::TableFigure,
        Key::TableConfidence,
        Key::TableNote,
        Key::TableSource,
        Key::TableLocator,
    ];
    let data = props.data;
    let rows: &'static [ResultRow] = &data.0.results;
    let total = rows.len();
    let shown = use_in_steps(total, FIRST_ROWS, ROWS_PER_STEP);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t.get(Key::SourcesTableTitle)}>
            <table class="data-table" data-testid="data-table" aria-busy={(shown < total).then_some("true")}>
                <thead>
                    <tr>{ for headers.iter().map(|&k| html! { <th scope="col">{ t.get(k) }</th> }) }</tr>
                </thead>
                <tbody>
                    { for rows[..shown].iter().map(|row| html! { <DataRow {data} row={Shared(row)} /> }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DataRowProps {
    data: DataRef,
    row: Shared<ResultRow>,
}

/// One row. A component of its own, so that drawing the next rows leaves these alone (its props
/// compare by address).
#[function_component(DataRow)]
fn data_row(props: &DataRowProps) -> Html {
    let t = use_texts();
    let row = props.row.0;
    let c = row.condition;
    html! {
        <tr>
            <td>{ t.scenario(c.scenario) }</td>
            <td>{ t.goal(c.goal) }</td>
            <td>{ t.urgency(c.urgency) }</td>
            <td>{ t.variant(c.variant) }</td>
            <td>{ t.metric(row.metric) }</td>
            <th scope="row">{ props.data.model_name(&row.model) }</th>
            <td class="num">{ percent_text(&row.rate_text) }</td>
            <td class="num">{ row.n.map_or_else(|| t.get(Key::TableNotStated).to_string(), |n| n.to_string()) }</td>
            <td>{ t.figures(&row.figures) }</td>
            <td>{ format!("{} {}", Texts::confidence_mark(row.confidence), t.confidence_short(row.confidence)).trim().to_string() }</td>
            <td>{ row.note.map(|n| t.note(n)).unwrap_or("") }</td>
            <td lang="en">{ row.source.clone() }</td>
            <td lang="en">{ row.locator.clone() }</td>
        </tr>
    }
}
