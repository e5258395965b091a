//! The explorer page (`#/explore?…`): controls, headline, chart, table and overview grid.
//! Its state is the link itself; every change is a navigation, so back/forward just work.

use crate::bundled;
use yew::prelude::*;
use yew_router::prelude::*;

use super::bar_chart::BarChart;
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
use crate::routes::Route;
use crate::view::shell::context::{use_texts, AppContext, Shared};
use model::link::{ExplorerState, ParsedLink};
use model::types::{Lang, Variant};

#[derive(Properties, PartialEq)]
pub struct ExplorerPageProps {
    /// Set when the address matched no page, to say so above the explorer.
    #[prop_or_default]
    pub not_found: bool,
}

#[function_component(ExplorerPage)]
pub fn explorer_page(props: &ExplorerPageProps) -> Html {
    let t = use_texts();
    let context = use_context::<AppContext>();
    let lang = context.as_ref().map_or(Lang::En, |c| c.lang);
    let navigator = use_navigator();
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();

    // The first render of the headline is what the benchmark times (navigation → headline).
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("headline-visible");
        }
    });

    let data = bundled::dataset();
    let parsed = ParsedLink::parse(&query, |id| data.model(id).is_some());
    let state = parsed.state.clone();

    let on_change = {
        let navigator = navigator.clone();
        Callback::from(move |next: ExplorerState| {
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Explore, next.query_pairs(lang));
            }
        })
    };

    let body = if state.condition.variant == Variant::EvalNotice {
        let back = {
            let on_change = on_change.clone();
            let state = state.clone();
            Callback::from(move |_| {
                let mut next = state.clone();
                next.condition.variant = Variant::Default;
                on_change.emit(next);
            })
        };
        html! { <EvalNoticeView data={Shared(data)} on_back={back} /> }
    } else {
        html! {
            <>
                <Controls state={state.clone()} data={Shared(data)} on_change={on_change.clone()} />
                <div class="results">
                    <div class="results-main">
                        <Headline state={state.clone()} data={Shared(data)} />
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
            <LinkNotice query={query.clone()} problems={parsed.problems.clone()} />
            <header class="page-head">
                <h1>{ t.get(Key::ExploreTitle) }</h1>
                <p class="lede">{ t.get(Key::ExploreIntro) }</p>
            </header>
            { body }
        </article>
    }
}
