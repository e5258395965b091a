//! `#/story?step=N`: the study told in order. Each step drives the explorer's headline and chart to
//! its condition, names its figure, links to a matching run, and at key steps asks for a guess
//! before it shows the answer. Next/previous by button, keys (→, ←, Space) and swipe.

use crate::bundled;
use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use super::loaded::use_content;
use super::predict::Predict;
use super::rich_text::rich_paragraphs;
use crate::i18n::Key;
use crate::routes::Route;
use crate::view::common::evidence::{of_block, Evidence};
use crate::view::explorer::bar_chart::BarChart;
use crate::view::explorer::eval_notice::EvalNoticeView;
use crate::view::explorer::headline::Headline;
use crate::view::hooks::presenter_keys::use_presenter_keys;
use crate::view::shell::context::{use_texts, AppContext, Shared};
use model::link::{step_param, ExplorerState, ParsedLink};
use model::types::{Figure, Lang, Metric, Variant};

/// Horizontal distance a touch must travel to count as a swipe, in CSS pixels.
const SWIPE_PX: i32 = 60;

#[function_component(StoryPage)]
pub fn story_page() -> Html {
    let t = use_texts();
    let lang = use_context::<AppContext>().map_or(Lang::En, |c| c.lang);
    let navigator = use_navigator();
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let guesses = use_state(HashMap::<String, u32>::new);
    let touch_start = use_mut_ref(|| None::<i32>);

    let content = &use_content().content;
    let total = content.story.len();
    let step = step_param(&query, total).unwrap_or(1);
    let go_to = {
        let navigator = navigator.clone();
        Callback::from(move |step: usize| {
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Story, [("step", step.to_string())]);
            }
        })
    };
    use_presenter_keys(Some(step), total, go_to.clone());

    let data = bundled::dataset();
    let story_step = &content.story[step - 1];
    let known = |id: &str| data.model(id).is_some();
    let state = ParsedLink::parse(&story_step.explore, known).state;
    let to_explorer = {
        let navigator = navigator.clone();
        Callback::from(move |next: ExplorerState| {
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Explore, next.query_pairs(lang));
            }
        })
    };

    let headline_row = data.find(state.condition, Metric::HarmfulRate, &state.model);
    let guess = guesses.get(&story_step.id).copied();
    let awaiting_guess = story_step.predict && guess.is_none();
    let prediction = headline_row.filter(|_| story_step.predict).map(|row| {
        let on_reveal = {
            let guesses = guesses.clone();
            let id = story_step.id.clone();
            Callback::from(move |value: u32| {
                let mut next = (*guesses).clone();
                next.insert(id.clone(), value);
                guesses.set(next);
            })
        };
        html! {
            <Predict row={row.clone()} model_name={data.model_name(&state.model).to_string()}
                revealed={guess} on_reveal={on_reveal} />
        }
    });
    let results = if awaiting_guess {
        html! {}
    } else if state.condition.variant == Variant::EvalNotice {
        let back = to_explorer.reform({
            let state = state.clone();
            move |_| {
                let mut next = state.clone();
                next.condition.variant = Variant::Default;
                next
            }
        });
        html! { <EvalNoticeView data={Shared(data)} on_back={back} /> }
    } else {
        html! {
            <>
                <Headline state={state.clone()} data={Shared(data)} />
                <BarChart state={state.clone()} data={Shared(data)} on_change={to_explorer.clone()} />
            </>
        }
    };
    let figure = story_step
        .figure
        .parse::<Figure>()
        .map(|f| t.figure(f))
        .unwrap_or_default();

    let on_touch_start = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: TouchEvent| {
            *touch_start.borrow_mut() = e.changed_touches().get(0).map(|touch| touch.client_x());
        })
    };
    let on_touch_end = {
        let touch_start = touch_start.clone();
        let go_to = go_to.clone();
        Callback::from(move |e: TouchEvent| {
            let start = touch_start.borrow_mut().take();
            let end = e.changed_touches().get(0).map(|touch| touch.client_x());
            if let (Some(start), Some(end)) = (start, end) {
                let moved = end - start;
                if moved <= -SWIPE_PX && step < total {
                    go_to.emit(step + 1);
                } else if moved >= SWIPE_PX && step > 1 {
                    go_to.emit(step - 1);
                }
            }
        })
    };
    let dots = (1..=total).map(|n| {
        let current = n == step;
        html! {
            <li>
                <Link<Route, Vec<(&'static str, String)>> to={Route::Story} query={Some(vec![("step", n.to_string())])}
                    classes={classes!("dot", current.then_some("current-step"))}>
                    <span aria-current={current.then_some("step")}>{ n.to_string() }</span>
                </Link<Route, Vec<(&'static str, String)>>>
            </li>
        }
    });

    // Before the guess only the setup shows, so only its evidence is offered: the body's values
    // would give the answer away.
    let block_texts: Vec<&'static model::transcripts::Bilingual> =
        match (&story_step.setup, awaiting_guess) {
            (Some(setup), true) => vec![setup],
            _ => vec![&story_step.title, &story_step.body],
        };
    let step_evidence: &'static [String] = match awaiting_guess {
        true => &[],
        false => &story_step.evidence,
    };
    html! {
        <article class="story" data-step={step.to_string()} data-step-id={story_step.id.clone()}
            ontouchstart={on_touch_start} ontouchend={on_touch_end}>
            <nav class="story-progress" aria-label={t.get(Key::StoryProgress)}>
                <p class="step-count" data-testid="story-step">
                    { t.fill(Key::StoryStepOf, &[("step", &step.to_string()), ("total", &total.to_string())]) }
                </p>
                <ol class="dots">{ for dots }</ol>
            </nav>
            <header class="page-head">
                <h1>{ story_step.title.get(lang).to_string() }</h1>
            </header>
            <div class="story-body" data-testid="story-body">
                { match (&story_step.setup, awaiting_guess) {
                    (Some(setup), true) => rich_paragraphs(t, setup.get(lang)),
                    _ => rich_paragraphs(t, story_step.body.get(lang)),
                } }
            </div>
            <Evidence of={of_block(step_evidence, &block_texts)} />
            <p class="small" data-testid="story-figure">{ t.get(Key::StoryFigure) }{ " " }{ figure }</p>
            { for prediction }
            <div class="story-results" data-testid="story-results">{ results }</div>
            <p class="story-links">
                <Link<Route, Vec<(&'static str, String)>> to={Route::Explore} query={Some(state.query_pairs(lang))}>
                    { t.get(Key::StoryOpenExplorer) }
                </Link<Route, Vec<(&'static str, String)>>>
                if !story_step.transcript.is_empty() {
                    { " · " }
                    <Link<Route> to={Route::Transcript { id: story_step.transcript.clone() }}>
                        { t.get(Key::TranscriptsExampleLink) }
                    </Link<Route>>
                }
            </p>
            <div class="story-nav">
                <button type="button" data-testid="story-prev" disabled={step <= 1}
                    onclick={go_to.reform(move |_| step.saturating_sub(1).max(1))}>{ t.get(Key::StoryPrevious) }</button>
                <button type="button" class="primary" data-testid="story-next" disabled={step >= total}
                    onclick={go_to.reform(move |_| (step + 1).min(total))}>{ t.get(Key::StoryNext) }</button>
                <span class="small">{ t.get(Key::StoryKeysHint) }</span>
            </div>
        </article>
    }
}
