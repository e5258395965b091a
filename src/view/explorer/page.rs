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
use super::eval_notice::EvalNoticeView;
use super::example_link::ExampleLink;
use super::findings::Findings;
use super::headline::Headline;
use super::link_notice::LinkNotice;
use super::overview_grid::OverviewGrid;
use crate::i18n::Key;
use crate::view::common::explorer_link::use_open_explorer;
use crate::view::hooks::address_after_frame::use_address_after_frame;
use crate::view::hooks::layout_at_once::use_layout_at_once;
use crate::view::hooks::query::use_query;
use crate::view::shell::context::{use_texts, Shared};
use model::explorer::{back_from_eval_notice, has_follow_up};
use model::types::Variant;

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

    let body = if state.condition.variant == Variant::EvalNotice {
        let back = change(&state, &on_change, move |next, _| {
            *next = back_from_eval_notice(data, next)
        });
        html! { <EvalNoticeView data={Shared(data)} on_back={back} /> }
    } else {
        html! {
            <>
                <Controls state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
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
                <BarChart state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
                <Downloads state={state.clone()} data={Shared(data)} />
                <ConfidenceLegend />
            </>
        }
    };

    html! {
        <article class="explorer">
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
