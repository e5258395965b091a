//! `#/transcripts/<id>?step=N`: one illustrative run in three stages — inbox, private reasoning,
//! action — readable at once or revealed one item at a time for a classroom (→, ←, Space).

use yew::prelude::*;

use crate::view::hooks::page_start::focus_in_main_if_lost;
use yew_router::prelude::*;

use super::loaded::use_content;
use super::projector_switch::off_switch;
use super::stepper::{Stepper, StepperWords};
use crate::i18n::{PageKey, Texts};
use crate::routes::Route;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_block;
use crate::view::common::explorer_link::ExplorerLink;
use crate::view::format::{outcome_class, outcome_label};
use crate::view::hooks::query::use_query;
use crate::view::shell::context::use_texts;
use model::link::{step_param, ExplorerState};
use model::transcripts::{ActionKind, Email, FinalAction, ReasoningStep, Stage, Transcript};
use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};

#[derive(Properties, PartialEq)]
pub struct TranscriptViewProps {
    pub id: String,
}

/// Which items show, and which one was revealed last: all of them, or those up to `step`.
#[derive(Clone, Copy)]
struct Reveal<'a> {
    transcript: &'a Transcript,
    step: Option<usize>,
}

impl Reveal<'_> {
    fn shows(self, stage: Stage, index: usize) -> bool {
        self.step
            .is_none_or(|step| self.transcript.first_step(stage) + index <= step)
    }

    fn is_current(self, stage: Stage, index: usize) -> bool {
        self.step == Some(self.transcript.first_step(stage) + index)
    }
}

#[function_component(TranscriptView)]
pub fn transcript_view(props: &TranscriptViewProps) -> Html {
    let t = use_texts();
    let navigator = use_navigator();
    let highlighted = use_state(Vec::<String>::new);
    let transcript: Option<&'static Transcript> = use_content().library.transcript(&props.id);
    let total = transcript.map_or(0, Transcript::step_count);
    // No step in the link means "show everything".
    let step = step_param(&use_query(), total);
    let go_to = {
        let id = props.id.clone();
        Callback::from(move |step: Option<usize>| {
            let Some(navigator) = &navigator else { return };
            let route = Route::Transcript { id: id.clone() };
            let _ = match step {
                Some(step) => navigator.replace_with_query(&route, [("step", step.to_string())]),
                None => {
                    navigator.replace(&route);
                    Ok(())
                }
            };
        })
    };
    use_focus_follows_mode(step.is_some());
    use_newest_in_view(step);

    let Some(tr) = transcript else {
        return html! {
            <article class="transcript">
                <p class="notice" role="status">{ t.fill_page(PageKey::RunsNotFound, &[("id", &props.id)]) }</p>
                <Link<Route> to={Route::Transcripts}>{ t.page(PageKey::RunsBackToIndex) }</Link<Route>>
            </article>
        };
    };
    let reveal = Reveal {
        transcript: tr,
        step,
    };
    html! {
        <article class={classes!("transcript", outcome_class(tr.outcome))} data-transcript={tr.id.clone()}>
            { page_head(t, tr) }
            // Outside the head, so that while the class steps through it can stay at the top of
            // the screen (CSS `position: sticky`) above the items it brings in, its focused
            // "Next" with it.
            { stepper(t, step, total, go_to) }
            <div class="stages">
                <section class="stage stage-inbox" data-stage="inbox">
                    <h2>{ t.page(PageKey::RunsInbox) }</h2>
                    // Each item is keyed (its id, or its place): a class reveals them one by one,
                    // and Yew matches an unkeyed list from its end, so every item shown before
                    // would be rewritten with its neighbour's words (and a focused step would
                    // become another step under the reader's cursor).
                    <ol class="emails">{ for tr.emails.iter().enumerate().filter(|(i, _)| reveal.shows(Stage::Inbox, *i)).map(|(i, email)| {
                        email_view(t, email, highlighted.contains(&email.id), reveal.is_current(Stage::Inbox, i))
                    }) }</ol>
                </section>
                <div class="stage-column">
                    if reveal.shows(Stage::Reasoning, 0) {
                        <section class="stage stage-reasoning" data-stage="reasoning">
                            <h2>{ t.page(PageKey::RunsReasoning) }</h2>
                            <ol class="reasoning">{ for tr.reasoning.iter().enumerate().filter(|(i, _)| reveal.shows(Stage::Reasoning, *i)).map(|(i, r)| {
                                reasoning_view(t, tr, (i, r), reveal.is_current(Stage::Reasoning, i), &highlighted)
                            }) }</ol>
                        </section>
                    }
                    if reveal.shows(Stage::Action, 0) {
                        <section class="stage stage-action" data-stage="action">
                            <h2>{ t.page(PageKey::RunsAction) }</h2>
                            <ol class="actions">{ for tr.actions.iter().enumerate().filter(|(i, _)| reveal.shows(Stage::Action, *i)).map(|(i, a)| {
                                action_view(t, (i, a), reveal.is_current(Stage::Action, i))
                            }) }</ol>
                        </section>
                    }
                </div>
            </div>
            { off_switch() }
        </article>
    }
}

/// The way back to the index, and the run's head.
fn page_head(t: Texts, tr: &'static Transcript) -> Html {
    html! {
        <>
            <p class="crumb" data-every-view=""><Link<Route> to={Route::Transcripts}>{ t.page(PageKey::RunsBackToIndex) }</Link<Route>></p>
            <header class="page-head">
                // The same whichever step the address names: what a link to a step shows before
                // the app has started, with the line `data-pending` says (static/first-paint.js).
                <div data-every-view="" data-pending={t.page(PageKey::RunsViewPending)}>{ head(t, tr) }</div>
            </header>
        </>
    }
}

/// Title, the "illustrative" label, summary and its evidence, condition and outcome, and the way
/// to the numbers for this condition.
fn head(t: Texts, tr: &'static Transcript) -> Html {
    let lang = t.0;
    let explore = ExplorerState {
        condition: tr.condition(),
        ..ExplorerState::default()
    };
    html! {
        <>
            <h1>{ tr.title.get(lang).to_string() }</h1>
            <p class="illustrative-label" data-testid="illustrative-label">{ t.page(PageKey::RunsIllustrative) }</p>
            <p class="lede">{ tr.summary.get(lang).to_string() }</p>
            <Evidence of={of_block(&tr.evidence, &[&tr.title, &tr.summary])} />
            <dl class="facts">
                <dt>{ t.page(PageKey::RunsCondition) }</dt>
                <dd>{ [t.scenario(tr.scenario), t.goal(tr.goal), t.urgency(tr.urgency)].join(" · ") }
                    { " — " }{ outcome_label(t, tr.outcome) }</dd>
            </dl>
            <p><ExplorerLink state={explore}>{ t.page(PageKey::RunsSeeNumbers) }</ExplorerLink></p>
        </>
    }
}

/// Keeps the newest item in view as the class steps through, scrolling no more than it takes
/// (`nearest`: the item whole where it fits, else from its start, below the stepper, which its
/// CSS `scroll-margin-top` leaves room for); at the first, the page's top, where the label says
/// the run is illustrative (the lesson plan has it read aloud first).
#[hook]
fn use_newest_in_view(step: Option<usize>) {
    use_effect_with(step, |step| match step {
        Some(1) => gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0),
        Some(_) => {
            let document = gloo::utils::document();
            if let Ok(Some(current)) = document.query_selector(".transcript .step-current") {
                let nearest = ScrollIntoViewOptions::new();
                nearest.set_block(ScrollLogicalPosition::Nearest);
                current.scroll_into_view_with_scroll_into_view_options(&nearest);
            }
        }
        None => {}
    });
}

/// Starting to step through, or showing everything again, replaces the button that was pressed:
/// the focus moves to the first control in its place ("Next →", or "Step through"), where it
/// would fall to the page and a keyboard reader start again from the header.
#[hook]
fn use_focus_follows_mode(stepping: bool) {
    let before = use_mut_ref(|| stepping);
    use_effect_with(stepping, move |&stepping| {
        if *before.borrow() == stepping {
            return;
        }
        *before.borrow_mut() = stepping;
        let selector = if stepping {
            ".transcript .stepper button:not([aria-disabled=\"true\"])"
        } else {
            ".transcript .step-start"
        };
        focus_in_main_if_lost(selector, false, true);
    });
}

/// "Step through" while everything shows; previous / count / next / show all while stepping.
fn stepper(t: Texts, step: Option<usize>, total: usize, go_to: Callback<Option<usize>>) -> Html {
    let Some(step) = step else {
        return html! {
            <button type="button" class="step-start" data-testid="step-start" onclick={go_to.reform(|_| Some(1))}>{ t.page(PageKey::RunsStepThrough) }</button>
        };
    };
    let count = html! {
        <span class="step-count" data-testid="step-count" aria-live="polite">
            { t.fill_page(PageKey::RunsStepOf, &[("step", &step.to_string()), ("total", &total.to_string())]) }
        </span>
    };
    let show_all = html! {
        <button type="button" class="secondary" onclick={go_to.reform(|_| None)}>{ t.page(PageKey::RunsShowAll) }</button>
    };
    html! {
        <Stepper {step} {total} go_to={go_to.reform(Some)} words={words(t)} class="stepper" {count} extra={show_all} />
    }
}

fn email_view(t: Texts, email: &Email, highlighted: bool, current: bool) -> Html {
    let lang = t.0;
    html! {
        <li key={email.id.clone()} class={classes!("email", highlighted.then_some("highlight"), current.then_some("step-current"))}
            id={format!("email-{}", email.id)} data-email={email.id.clone()}>
            <dl class="email-head">
                <dt>{ t.page(PageKey::RunsFrom) }</dt><dd>{ email.from.clone() }</dd>
                <dt>{ t.page(PageKey::RunsTo) }</dt><dd>{ email.to.clone() }</dd>
                <dt>{ t.page(PageKey::RunsTime) }</dt><dd>{ email.time.clone() }</dd>
                <dt>{ t.page(PageKey::RunsSubject) }</dt><dd class="subject">{ email.subject.get(lang).to_string() }</dd>
            </dl>
            <div class="email-body">{ paragraphs(email.body.get(lang)) }</div>
        </li>
    }
}

/// A step of the model's reasoning; pointing at it or focusing it highlights the emails it
/// relies on.
fn reasoning_view(
    t: Texts,
    tr: &Transcript,
    (i, r): (usize, &ReasoningStep),
    current: bool,
    highlighted: &UseStateHandle<Vec<String>>,
) -> Html {
    let lang = t.0;
    let enter = {
        let highlighted = highlighted.clone();
        let refs = r.refs.clone();
        Callback::from(move |_| highlighted.set(refs.clone()))
    };
    let leave = {
        let highlighted = highlighted.clone();
        Callback::from(move |_| highlighted.set(Vec::new()))
    };
    let sources = r
        .refs
        .iter()
        .filter_map(|id| tr.emails.iter().find(|e| &e.id == id))
        .map(|e| {
            html! { <li>{ e.subject.get(lang).to_string() }</li> }
        });
    html! {
        <li key={i} class={classes!("reasoning-step", current.then_some("step-current"))}
            tabindex="0" data-refs={r.refs.join(" ")}
            onmouseenter={enter.reform(|_: MouseEvent| ())} onfocus={enter.reform(|_: FocusEvent| ())}
            onmouseleave={leave.reform(|_: MouseEvent| ())} onblur={leave.reform(|_: FocusEvent| ())}>
            { paragraphs(r.text.get(lang)) }
            <div class="relies-on">
                <span>{ t.page(PageKey::RunsReliesOn) }</span>
                <ul>{ for sources }</ul>
            </div>
        </li>
    }
}

fn action_view(t: Texts, (i, a): (usize, &FinalAction), current: bool) -> Html {
    let lang = t.0;
    let kind = t.page(match a.kind {
        ActionKind::Email => PageKey::RunsSendsEmail,
        ActionKind::CancelAlert => PageKey::RunsCancelAlert,
        ActionKind::NoAction => PageKey::RunsNoAction,
    });
    html! {
        <li key={i} class={classes!("final-action", current.then_some("step-current"))}>
            <p class="action-kind">{ kind }</p>
            if !a.to.is_empty() {
                <dl class="email-head">
                    <dt>{ t.page(PageKey::RunsTo) }</dt><dd>{ a.to.clone() }</dd>
                    <dt>{ t.page(PageKey::RunsSubject) }</dt><dd class="subject">{ a.subject.get(lang).to_string() }</dd>
                </dl>
            } else {
                <p class="subject">{ a.subject.get(lang).to_string() }</p>
            }
            <div class="email-body">{ paragraphs(a.body.get(lang)) }</div>
        </li>
    }
}

/// Blank lines separate paragraphs; text is rendered as text, so it is always escaped.
fn paragraphs(text: &str) -> Html {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| html! { <p>{ p.trim().to_string() }</p> })
        .collect()
}

fn words(t: Texts) -> StepperWords {
    StepperWords {
        previous: t.page(PageKey::RunsPrevious),
        next: t.page(PageKey::RunsNext),
        hint: t.page(PageKey::RunsKeysHint),
        testid: "step",
    }
}
