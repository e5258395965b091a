//! Goal conflict × threat for the chosen scenario and model (2 × 3), in the spirit of the
//! study's Figure 6. Each cell is a button that shows that condition.

use yew::prelude::*;

use super::change::change;
use crate::i18n::{Key, Texts};
use crate::view::shell::context::{use_texts, DataRef};
use model::explorer::{overview_grid, GRID_GOALS, GRID_URGENCIES};
use model::link::ExplorerState;
use model::stats::percent_text;
use model::types::{Variant, Vocabulary};

#[derive(Properties, PartialEq)]
pub struct OverviewGridProps {
    pub state: ExplorerState,
    pub data: DataRef,
    pub on_change: Callback<ExplorerState>,
}

#[function_component(OverviewGrid)]
pub fn overview_grid_view(props: &OverviewGridProps) -> Html {
    let t = use_texts();
    let cells = overview_grid(&props.data, &props.state);
    let model_name = props.data.model_name(&props.state.model);

    let rows = GRID_GOALS.iter().map(|&goal| {
        let row_cells = cells.iter().filter(|cell| cell.goal == goal).map(|cell| {
            let (goal, urgency) = (cell.goal, cell.urgency);
            let select = change(&props.state, &props.on_change, move |next, _: MouseEvent| {
                next.condition.goal = goal;
                next.condition.urgency = urgency;
                next.condition.variant = Variant::Default;
            });
            let (value, mark) = match cell.row {
                Some(row) => (
                    percent_text(&row.rate_text),
                    Texts::confidence_mark(row.confidence),
                ),
                None => (t.get(Key::GridNotPublished).to_string(), ""),
            };
            html! {
                <td>
                    <button type="button" class={classes!("cell", cell.current.then_some("current"))}
                        aria-pressed={cell.current.to_string()}
                        data-testid={format!("grid-{}-{}", cell.goal.id(), cell.urgency.id())}
                        onclick={select}>
                        <span class="cell-value">{ value }</span>
                        if !mark.is_empty() { <span class="mark">{ format!(" {mark}") }</span> }
                    </button>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row">{ t.goal(goal) }</th>
                { for row_cells }
            </tr>
        }
    });

    html! {
        <section class="overview" aria-labelledby="grid-title">
            <h2 id="grid-title">{ t.fill(Key::GridTitle, &[("model", model_name)]) }</h2>
            <p class="small">{ t.get(Key::GridIntro) }</p>
            <table class="grid" data-testid="overview-grid">
                <thead>
                    <tr>
                        <td></td>
                        { for GRID_URGENCIES.iter().map(|&u| html! { <th scope="col">{ t.urgency(u) }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="small">{ t.scenario(props.state.condition.scenario) }{ " · " }{ t.get(Key::GridStandardPrompt) }</p>
        </section>
    }
}
