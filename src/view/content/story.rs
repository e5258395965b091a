//! `story/`, `story/2/`, …: the study told in order. Each step drives the explorer's headline and
//! chart to its condition, names its figure, links to a matching run, and at key steps asks for a
//! guess before it shows the answer. Next/previous by button, keys (→, ←, Space) and swipe.
//! Each step is an address of its own (`Route::story_step`), and on the site a file of its own.

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use super::loaded::use_content;
use super::predict::{Guess, Predict};
use super::projector_switch::off_switch;
use super::rich_text::rich_paragraphs;
use super::stepper::{Stepper, StepperWords};
use crate::bundled;
use crate::i18n::{Key, PageKey, Texts};
use crate::routes::Route;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_block;
use crate::view::common::explorer_link::ExplorerLink;
use crate::view::explorer::bar_chart::BarChart;
use crate::view::explorer::eval_notice::EvalNoticeView;
use crate::view::explorer::headline::Headline;
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::hooks::query::use_query;
use crate::view::hooks::swipe::use_swipe;
use crate::view::shell::context::{use_texts, Shared};
use crate::view::shell::host::drawn_out_of_sight;
use model::content::StoryStep;
use model::link::{step_param, ExplorerState};
use model::transcripts::Bilingual;
use model::types::{Figure, Metric, Variant};

/// A step drawn at the app's start, a part per task (`use_in_steps`): its title and words; the
/// evidence, the figure it names and the guess; the links on and the stepper; its headline; its
/// chart. Most of each part's time is the browser compiling the code it runs for the first time:
/// drawn in three parts, the first (all but the headline and chart) was the start's longest task,
/// 156 ms at 4x CPU, 102 of them compiling.
const WORDS: usize = 1;
const NOTES: usize = 2;
const WAYS_ON: usize = 3;
const HEADLINE: usize = 4;
const CHART: usize = 5;
const PARTS: usize = CHART;

#[derive(Properties, PartialEq)]
pub struct StoryPageProps {
    /// The step its address names (`story/2/`); at `story/` the first, or the step an older
    /// link's `?step=N` asks for (the one-file edition's `#/story?step=N`).
    #[prop_or_default]
    pub step: Option<usize>,
}

#[function_component(StoryPage)]
pub fn story_page(props: &StoryPageProps) -> Html {
    let t = use_texts();
    let lang = t.0;
    let navigator = use_navigator();
    let (guesses, room) = use_guesses();
    let content = &use_content().content;
    let total = content.story.len();
    let query = use_query();
    let step = match props.step {
        Some(step) => step.clamp(1, total),
        None => step_param(&query, total).unwrap_or(1),
    };
    let go_to = Callback::from(move |step: usize| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::story_step(step));
        }
    });
    let (on_touch_start, on_touch_end) = use_swipe(step, total, go_to.clone());

    let story_step = &content.story[step - 1];
    let state = bundled::dataset().parse_link(&story_step.explore).state;
    let (shown, on_choose) = use_chosen_bar(step, &state);
    let guess = guesses.get(&story_step.id).copied();
    let awaiting_guess = story_step.predict && guess.is_none();
    let on_reveal = {
        let id = story_step.id.clone();
        Callback::from(move |guess: Guess| {
            let mut next = (*guesses).clone();
            next.insert(id.clone(), guess);
            guesses.set(next);
        })
    };
    let (text, evidence_texts, evidence) = shown_words(story_step, awaiting_guess);
    // At the app's start, out of sight: a part per task (`PARTS`). Where a reader sees it (a move
    // between steps), at once.
    let first = *use_state(|| if drawn_out_of_sight() { WORDS } else { PARTS });
    let parts = use_in_steps(PARTS, first, 1);
    let figure = story_step
        .figure
        .parse::<Figure>()
        .map(|f| t.figure(f))
        .unwrap_or_default();
    html! {
        <article class="story" data-step={step.to_string()} data-step-id={story_step.id.clone()}
            ontouchstart={on_touch_start} ontouchend={on_touch_end} aria-busy={(parts < PARTS).then_some("true")}>
            { progress(t, step, total) }
            <header class="page-head">
                <h1>{ story_step.title.get(lang).to_string() }</h1>
            </header>
            // The step's words and its numbers: one after the other, or side by side in projector
            // mode on a wide screen, where the headline would otherwise be a screen or two down.
            <div class="story-columns">
                <div class="story-text">
                    <div class="story-body" data-testid="story-body">{ rich_paragraphs(t, text.get(lang)) }</div>
                    if parts >= NOTES {
                        <Evidence of={of_block(evidence, &evidence_texts)} />
                        <p class="small" data-testid="story-figure">{ t.fill_page(PageKey::StoryFigure, &[("figure", figure)]) }</p>
                    }
                </div>
                <div class="story-numbers">
                    if story_step.predict && parts >= NOTES {
                        { prediction(&state, guess, on_reveal, room) }
                    }
                    <div class="story-results" data-testid="story-results">
                        if !awaiting_guess {
                            { results(&shown, on_choose, parts) }
                        }
                    </div>
                </div>
            </div>
            if parts >= WAYS_ON {
                { links(t, story_step, &shown) }
                <Stepper {step} {total} {go_to} words={words(t)} class="story-nav" primary=true />
                if step == total { { since_link(t) } }
                { off_switch() }
            }
        </article>
    }
}

/// The step's words, the texts its evidence is for, and its evidence. Before the guess only the
/// setup shows, so only its evidence is offered: the body's values would give the answer away.
fn shown_words(
    story_step: &'static StoryStep,
    awaiting_guess: bool,
) -> (
    &'static Bilingual,
    Vec<&'static Bilingual>,
    &'static [String],
) {
    match (&story_step.setup, awaiting_guess) {
        (Some(setup), true) => (setup, vec![setup], &[]),
        _ => (
            &story_step.body,
            vec![&story_step.title, &story_step.body],
            &story_step.evidence,
        ),
    }
}

/// The state a step shows and the callback its bars choose by. A bar clicked in a step shows that
/// model in the step's own headline (its title says so): the reader stays in the story. Held with
/// its step, so another step, or this one come back to, starts from its own model.
#[hook]
fn use_chosen_bar(step: usize, state: &ExplorerState) -> (ExplorerState, Callback<ExplorerState>) {
    let chosen = use_state(|| None::<(usize, ExplorerState)>);
    {
        let chosen = chosen.clone();
        use_effect_with(step, move |_| chosen.set(None));
    }
    let shown = match &*chosen {
        Some((at, chosen)) if *at == step => chosen.clone(),
        _ => state.clone(),
    };
    (
        shown,
        Callback::from(move |next| chosen.set(Some((step, next)))),
    )
}

/// "Step 3 of 8" and a dot per step, each a link.
fn progress(t: Texts, step: usize, total: usize) -> Html {
    let dots = (1..=total).map(|n| {
        let current = n == step;
        html! {
            <li>
                <Link<Route> to={Route::story_step(n)} classes={classes!("dot", current.then_some("current-step"))}>
                    <span aria-current={current.then_some("step")}>{ n.to_string() }</span>
                </Link<Route>>
            </li>
        }
    });
    html! {
        <nav class="story-progress" aria-label={t.page(PageKey::StoryProgress)}>
            <p class="step-count" data-testid="story-step">
                { t.fill_page(PageKey::StoryStepOf, &[("step", &step.to_string()), ("total", &total.to_string())]) }
            </p>
            <ol class="dots">{ for dots }</ol>
        </nav>
    }
}

/// The guesses revealed in this visit, by step, and whether the room is guessing: held by the
/// story rather than by each step's guess, so that a teacher who ticks "we are guessing as a
/// class" once has it for the whole lesson.
#[hook]
fn use_guesses() -> (UseStateHandle<HashMap<String, Guess>>, UseStateHandle<bool>) {
    (use_state(HashMap::new), use_state(|| false))
}

/// The guess before the answer, where the step asks for one and its value is published.
fn prediction(
    state: &ExplorerState,
    guess: Option<Guess>,
    on_reveal: Callback<Guess>,
    room: UseStateHandle<bool>,
) -> Html {
    let data = bundled::dataset();
    let Some(row) = data.find(state.condition, Metric::HarmfulRate, &state.model) else {
        return Html::default();
    };
    html! {
        <Predict row={Shared(row)} model_name={data.model_name(&state.model).to_string()}
            revealed={guess} {on_reveal} room={*room} on_room={Callback::from(move |on| room.set(on))} />
    }
}

/// After the last step: what happened next, for the models that came after the study's.
fn since_link(t: Texts) -> Html {
    html! {
        <p class="story-since" data-testid="story-since">
            <Link<Route> to={Route::Since}>{ t.page(PageKey::StorySince) }</Link<Route>>
        </p>
    }
}

/// The explorer's headline and chart for the step's condition (or the evaluation notice, without
/// the explorer's way back to its bars: the story's own controls move on); a bar chosen shows its
/// model here. Only as many of its parts as are drawn yet (`PARTS`).
fn results(state: &ExplorerState, on_choose: Callback<ExplorerState>, parts: usize) -> Html {
    let data = Shared(bundled::dataset());
    if state.condition.variant == Variant::EvalNotice {
        return html! { if parts >= HEADLINE { <EvalNoticeView {data} /> } };
    }
    html! {
        <>
            if parts >= HEADLINE { <Headline state={state.clone()} {data} /> }
            if parts >= CHART { <BarChart state={state.clone()} {data} on_change={on_choose} /> }
        </>
    }
}

/// To the explorer at this condition, and to a run that shows it.
fn links(t: Texts, story_step: &StoryStep, state: &ExplorerState) -> Html {
    html! {
        <p class="story-links">
            <ExplorerLink state={state.clone()}>{ t.page(PageKey::StoryOpenExplorer) }</ExplorerLink>
            if !story_step.transcript.is_empty() {
                { " · " }
                <Link<Route> to={Route::Transcript { id: story_step.transcript.clone() }}>
                    { t.get(Key::TranscriptsExampleLink) }
                </Link<Route>>
            }
        </p>
    }
}

fn words(t: Texts) -> StepperWords {
    StepperWords {
        previous: t.page(PageKey::StoryPrevious),
        next: t.page(PageKey::StoryNext),
        hint: t.page(PageKey::StoryKeysHint),
        testid: "story",
    }
}
