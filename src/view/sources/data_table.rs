//! Every row of `data/results.csv`, with its provenance, as one scrollable table. In the browser
//! its rows are drawn a screenful at a time (`use_in_steps`); the page's file has them all.

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, DataRef, Shared};
use model::data::ResultRow;
use model::stats::percent_text;

/// Rows drawn in each task: the first group fills the table's box on screen.
const ROWS_PER_GROUP: usize = 10;

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
    let groups = rows.chunks(ROWS_PER_GROUP);
    let total = groups.len();
    let shown = use_in_steps(total, 1, 1);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t.get(Key::SourcesTableTitle)}>
            <table class="data-table" data-testid="data-table" aria-busy={(shown < total).then_some("true")}>
                <thead>
                    <tr>{ for headers.iter().map(|&k| html! { <th scope="col">{ t.get(k) }</th> }) }</tr>
                </thead>
                <tbody>
                    // Keyed: Yew matches an unkeyed list from its end, so a group added there
                    // would shift every group drawn before it onto its neighbour's rows.
                    { for groups.take(shown).enumerate().map(|(i, rows)| html! { <RowGroup key={i} {data} rows={Shared(rows)} /> }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RowGroupProps {
    data: DataRef,
    rows: Shared<[ResultRow]>,
}

/// A group of rows, a component of its own: drawing the next group compares one pair of props
/// per group already drawn (by address), not one per row, so every step costs the same.
#[function_component(RowGroup)]
fn row_group(props: &RowGroupProps) -> Html {
    let t = use_texts();
    let data = props.data;
    props
        .rows
        .0
        .iter()
        .map(|row| data_row(t, data, row))
        .collect()
}

/// One row: a result, its condition and where the study gives it.
fn data_row(t: Texts, data: DataRef, row: &ResultRow) -> Html {
    let c = row.condition;
    html! {
        <tr>
            <td>{ t.scenario(c.scenario) }</td>
            <td>{ t.goal(c.goal) }</td>
            <td>{ t.urgency(c.urgency) }</td>
            <td>{ t.variant(c.variant) }</td>
            <td>{ t.metric(row.metric) }</td>
            <th scope="row">{ data.model_name(&row.model) }</th>
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
