//! `#/transcripts/<id>?step=N`: one illustrative run in three stages — inbox, private reasoning,
//! action — readable at once or revealed one item at a time for a classroom (→, ←, Space).

use yew::prelude::*;

use crate::view::format::{outcome_class, outcome_label};
use yew_router::prelude::*;

use super::loaded::use_content;
use crate::i18n::{Key, Texts};
use crate::routes::Route;
use crate::view::common::evidence::{of_block, Evidence};
use crate::view::hooks::presenter_keys::use_presenter_keys;
use crate::view::shell::context::use_texts;
use model::link::{step_param, ExplorerState};
use model::transcripts::{ActionKind, Email, Stage, Transcript};

#[derive(Properties, PartialEq)]
pub struct TranscriptViewProps {
    pub id: String,
}

fn email_view(t: Texts, email: &Email, highlighted: bool, current: bool) -> Html {
    let lang = t.0;
    html! {
        <li class={classes!("email", highlighted.then_some("highlight"), current.then_some("step-current"))}
            id={format!("email-{}", email.id)} data-email={email.id.clone()}>
            <dl class="email-head">
                <dt>{ t.get(Key::TranscriptsFrom) }</dt><dd>{ email.from.clone() }</dd>
                <dt>{ t.get(Key::TranscriptsTo) }</dt><dd>{ email.to.clone() }</dd>
                <dt>{ t.get(Key::TranscriptsTime) }</dt><dd>{ email.time.clone() }</dd>
                <dt>{ t.get(Key::TranscriptsSubject) }</dt><dd class="subject">{ email.subject.get(lang).to_string() }</dd>
            </dl>
            <div class="email-body">{ paragraphs(email.body.get(lang)) }</div>
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

#[function_component(TranscriptView)]
pub fn transcript_view(props: &TranscriptViewProps) -> Html {
    let t = use_texts();
    let lang = t.0;
    let navigator = use_navigator();
    let query = use_location()
        .map(|l| l.query_str().to_string())
        .unwrap_or_default();
    let highlighted = use_state(Vec::<String>::new);
    let transcript: Option<&'static Transcript> = use_content().library.transcript(&props.id);
    let total = transcript.map_or(0, Transcript::step_count);
    // No step in the link means "show everything".
    let step = step_param(&query, total);

    let go_to = {
        let navigator = navigator.clone();
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

    use_presenter_keys(step, total, go_to.reform(Some));
    // Keep the newest item in view as the class steps through.
    use_effect_with(step, |step| {
        if step.is_some() {
            if let Some(current) = gloo::utils::document()
                .query_selector(".transcript .step-current")
                .ok()
                .flatten()
            {
                current.scroll_into_view_with_bool(false);
            }
        }
    });

    let Some(tr) = transcript else {
        return html! {
            <article class="transcript">
                <p class="notice" role="status">{ t.fill(Key::TranscriptsNotFound, &[("id", &props.id)]) }</p>
                <Link<Route> to={Route::Transcripts}>{ t.get(Key::TranscriptsBackToIndex) }</Link<Route>>
            </article>
        };
    };

    let visible = |stage: Stage, index: usize| match step {
        None => true,
        Some(step) => tr.first_step(stage) + index <= step,
    };
    let is_current = |stage: Stage, index: usize| step == Some(tr.first_step(stage) + index);

    let emails = tr
        .emails
        .iter()
        .enumerate()
        .filter(|(i, _)| visible(Stage::Inbox, *i))
        .map(|(i, email)| {
            email_view(
                t,
                email,
                highlighted.contains(&email.id),
                is_current(Stage::Inbox, i),
            )
        });

    let reasoning = tr.reasoning.iter().enumerate().filter(|(i, _)| visible(Stage::Reasoning, *i)).map(|(i, r)| {
        let refs = r.refs.clone();
        let enter = {
            let highlighted = highlighted.clone();
            let refs = refs.clone();
            Callback::from(move |_| highlighted.set(refs.clone()))
        };
        let leave = {
            let highlighted = highlighted.clone();
            Callback::from(move |_| highlighted.set(Vec::new()))
        };
        let sources = r.refs.iter().filter_map(|id| tr.emails.iter().find(|e| &e.id == id)).map(|e| {
            html! { <li>{ e.subject.get(lang).to_string() }</li> }
        });
        html! {
            <li class={classes!("reasoning-step", is_current(Stage::Reasoning, i).then_some("step-current"))}
                tabindex="0" data-refs={refs.join(" ")}
                onmouseenter={enter.reform(|_: MouseEvent| ())} onfocus={enter.reform(|_: FocusEvent| ())}
                onmouseleave={leave.reform(|_: MouseEvent| ())} onblur={leave.reform(|_: FocusEvent| ())}>
                { paragraphs(r.text.get(lang)) }
                <div class="relies-on">
                    <span>{ t.get(Key::TranscriptsReliesOn) }</span>
                    <ul>{ for sources }</ul>
                </div>
            </li>
        }
    });

    let actions = tr.actions.iter().enumerate().filter(|(i, _)| visible(Stage::Action, *i)).map(|(i, a)| {
        let kind = t.get(match a.kind {
            ActionKind::Email => Key::TranscriptsSendsEmail,
            ActionKind::CancelAlert => Key::TranscriptsCancelAlert,
            ActionKind::NoAction => Key::TranscriptsNoAction,
        });
        html! {
            <li class={classes!("final-action", is_current(Stage::Action, i).then_some("step-current"))}>
                <p class="action-kind">{ kind }</p>
                if !a.to.is_empty() {
                    <dl class="email-head">
                        <dt>{ t.get(Key::TranscriptsTo) }</dt><dd>{ a.to.clone() }</dd>
                        <dt>{ t.get(Key::TranscriptsSubject) }</dt><dd class="subject">{ a.subject.get(lang).to_string() }</dd>
                    </dl>
                } else {
                    <p class="subject">{ a.subject.get(lang).to_string() }</p>
                }
                <div class="email-body">{ paragraphs(a.body.get(lang)) }</div>
            </li>
        }
    });

    let explore = ExplorerState {
        condition: tr.condition(),
        ..ExplorerState::default()
    }
    .query_pairs(lang);
    let stepper = match step {
        None => html! {
            <button type="button" data-testid="step-start" onclick={go_to.reform(|_| Some(1))}>{ t.get(Key::TranscriptsStepThrough) }</button>
        },
        Some(step) => html! {
            <div class="stepper" role="group">
                <button type="button" data-testid="step-prev" disabled={step <= 1}
                    onclick={go_to.reform(move |_| Some(step.saturating_sub(1).max(1)))}>{ t.get(Key::TranscriptsPrevious) }</button>
                <span class="step-count" data-testid="step-count" aria-live="polite">
                    { t.fill(Key::TranscriptsStepOf, &[("step", &step.to_string()), ("total", &total.to_string())]) }
                </span>
                <button type="button" data-testid="step-next" disabled={step >= total}
                    onclick={go_to.reform(move |_| Some((step + 1).min(total)))}>{ t.get(Key::TranscriptsNext) }</button>
                <button type="button" class="secondary" onclick={go_to.reform(|_| None)}>{ t.get(Key::TranscriptsShowAll) }</button>
                <span class="small">{ t.get(Key::TranscriptsKeysHint) }</span>
            </div>
        },
    };
    let shows = |stage: Stage| visible(stage, 0);

    html! {
        <article class={classes!("transcript", outcome_class(tr.outcome))} data-transcript={tr.id.clone()}>
            <p class="crumb"><Link<Route> to={Route::Transcripts}>{ t.get(Key::TranscriptsBackToIndex) }</Link<Route>></p>
            <header class="page-head">
                <h1>{ tr.title.get(lang).to_string() }</h1>
                <p class="illustrative-label" data-testid="illustrative-label">{ t.get(Key::TranscriptsIllustrative) }</p>
                <p class="lede">{ tr.summary.get(lang).to_string() }</p>
                <Evidence of={of_block(&tr.evidence, &[&tr.title, &tr.summary])} />
                <dl class="facts">
                    <dt>{ t.get(Key::TranscriptsCondition) }</dt>
                    <dd>{ [t.scenario(tr.scenario), t.goal(tr.goal), t.urgency(tr.urgency)].join(" · ") }
                        { " — " }{ outcome_label(t, tr.outcome) }</dd>
                </dl>
                <p>
                    <Link<Route, Vec<(&'static str, String)>> to={Route::Explore} query={Some(explore)}>
                        { t.get(Key::TranscriptsSeeNumbers) }
                    </Link<Route, Vec<(&'static str, String)>>>
                </p>
                { stepper }
            </header>
            <div class="stages">
                <section class="stage stage-inbox" data-stage="inbox">
                    <h2>{ t.get(Key::TranscriptsInbox) }</h2>
                    <ol class="emails">{ for emails }</ol>
                </section>
                <div class="stage-column">
                    if shows(Stage::Reasoning) {
                        <section class="stage stage-reasoning" data-stage="reasoning">
                            <h2>{ t.get(Key::TranscriptsReasoning) }</h2>
                            <ol class="reasoning">{ for reasoning }</ol>
                        </section>
                    }
                    if shows(Stage::Action) {
                        <section class="stage stage-action" data-stage="action">
                            <h2>{ t.get(Key::TranscriptsAction) }</h2>
                            <ol class="actions">{ for actions }</ol>
                        </section>
                    }
                </div>
            </div>
        </article>
    }
}
