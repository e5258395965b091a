//! The explorer page (`#/explore?…`): controls, headline, chart, table and overview grid.
//! Its state is the link itself; every change is a navigation, so back/forward just work.

use crate::bundled;
use yew::prelude::*;
use yew_router::prelude::Link;

use crate::routes::Route;

use super::bar_chart::BarChart;
use super::change::change;
use super::confidence_legend::ConfidenceLegend;
use super::controls::Controls;
use super::downloads::Downloads;
use super::eval_notice::{use_focus_follows_eval_view, EvalNoticeView};
use super::example_link::ExampleLink;
use super::findings::Findings;
use super::headline::Headline;
use super::link_notice::LinkNotice;
use super::overview_grid::OverviewGrid;
use crate::i18n::{Key, Texts};
use crate::view::common::explorer_link::use_open_explorer;
use crate::view::hooks::address_after_frame::use_address_after_frame;
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::hooks::layout_at_once::use_layout_at_once;
use crate::view::hooks::query::use_query;
use crate::view::shell::context::{use_texts, Shared};
use crate::view::shell::host::drawn_out_of_sight;
use model::data::Dataset;
use model::explorer::{back_from_eval_notice, has_follow_up};
use model::link::ExplorerState;
use model::types::Variant;

/// The sections drawn in steps at the app's start: results, chart, downloads, controls.
const SECTIONS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct ExplorerPageProps {
    /// Set when the address matched no page, to say so above the explorer.
    #[prop_or_default]
    pub not_found: bool,
}

#[function_component(ExplorerPage)]
pub fn explorer_page(props: &ExplorerPageProps) -> Html {
    let t = use_texts();
    let query = use_query();

    let data = bundled::dataset();
    let parsed = data.parse_link(&query);
    let open_explorer = use_open_explorer();
    let (state, on_change) = use_address_after_frame(parsed.state.clone(), open_explorer);
    use_layout_at_once(state.clone());

    // While the app draws the page out of sight at its start, a section per task (`use_in_steps`),
    // so that none is long: at 4× CPU slowdown, the start's longest task went from 155–185 to
    // 106–124 ms (medians of ten loads, two rounds), now the header and footer's, a task before.
    // The controls come last: their radio buttons share their groups' names with the copy's on
    // screen, whose checked ones would clear in the frames before the app takes the copy's place.
    // Drawn where a reader sees it (a shared link's view, a move inside the app), at once.
    let first = *use_state(|| if drawn_out_of_sight() { 1 } else { SECTIONS });
    let sections = use_in_steps(SECTIONS, first, 1);
    let drawn = |section: usize| sections > section;

    use_focus_follows_eval_view(state.condition.variant == Variant::EvalNotice);
    let body = if state.condition.variant == Variant::EvalNotice {
        let back = change(&state, &on_change, move |next, _| {
            *next = back_from_eval_notice(data, next)
        });
        html! { <EvalNoticeView data={Shared(data)} on_back={Some(back)} /> }
    } else {
        html! {
            <>
                if drawn(3) {
                    <Controls state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
                }
                { results(t, data, &state, &on_change) }
                if drawn(1) {
                    <BarChart state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
                }
                if drawn(2) {
                    <Downloads state={state.clone()} data={Shared(data)} />
                    <ConfidenceLegend />
                }
            </>
        }
    };

    html! {
        <article class="explorer" aria-busy={(sections < SECTIONS).then_some("true")}>
            if props.not_found {
                <p class="notice" role="status">{ t.get(Key::NoticeNotFound) }</p>
            }
            // The same in every view of the page: what a shared link to another condition shows
            // before the app has started, with the line `data-pending` says (static/first-paint.js).
            <header class="page-head" data-every-view="" data-pending={t.get(Key::ExploreViewPending)}>
                <h1>{ t.get(Key::ExploreTitle) }</h1>
                <p class="lede">{ t.get(Key::ExploreIntro) }</p>
            </header>
            // Below the heading, so that the heading is where the file showed it whatever the link.
            <LinkNotice query={query.clone()} problems={parsed.problems.clone()} />
            { body }
        </article>
    }
}

/// The headline and what goes with it, beside the overview grid.
fn results(
    t: Texts,
    data: &'static Dataset,
    state: &ExplorerState,
    on_change: &Callback<ExplorerState>,
) -> Html {
    html! {
        <div class="results">
            <div class="results-main">
                <Headline state={state.clone()} data={Shared(data)} />
                if has_follow_up(data, &state.model) {
                    <p class="since-line" data-testid="since-line">
                        // The router's link: with path routing it costs the main module
                        // nothing over a plain one (measured, issue 15).
                        <Link<Route> to={Route::Since}>{ t.get(Key::ExploreSinceClaude) }</Link<Route>>
                    </p>
                }
                <ExampleLink condition={state.condition} />
                <Findings state={state.clone()} />
            </div>
            <OverviewGrid state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
        </div>
    }
}
