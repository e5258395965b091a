//! Every row of `data/results.csv`, with its provenance, as one scrollable table.

use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::shell::context::{use_texts, DataRef};
use model::stats::percent_text;

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
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t.get(Key::SourcesTableTitle)}>
            <table class="data-table" data-testid="data-table">
                <thead>
                    <tr>{ for headers.iter().map(|&k| html! { <th scope="col">{ t.get(k) }</th> }) }</tr>
                </thead>
                <tbody>
                    { for props.data.results.iter().map(|row| {
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
                    }) }
                </tbody>
            </table>
        </div>
    }
}
