//! One of the reader's runs, read again from their file when they open it, in the same inbox →
//! reasoning → action layout as the study's runs, and labelled as theirs: not the study's, not
//! illustrative. Previous and next step through the runs of the same model and condition.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::reading::{self, OpenFailure};
use crate::i18n::{PageKey, Texts};
use crate::view::content::stepper::move_unless_at_end;
use crate::view::shell::context::use_texts;
use model::runs::open::OpenedRun;
use model::runs::parse::{Outcome, RunKey};
use model::runs::reply::ToolUse;
use model::runs::tally::Tally;

#[derive(Properties, PartialEq)]
pub struct RunViewerProps {
    pub run_key: RunKey,
    /// Which of the key's runs, from 0.
    pub index: usize,
    pub tally: Rc<Tally>,
    /// Another run of the same key, or `None` to close.
    pub on_move: Callback<Option<usize>>,
}

#[derive(Clone, PartialEq)]
enum Shown {
    Loading,
    Ready(Rc<OpenedRun>),
    Failed(OpenFailure),
}

#[function_component(RunViewer)]
pub fn run_viewer(props: &RunViewerProps) -> Html {
    let t = use_texts();
    let shown = use_state(|| Shown::Loading);
    use_open_run(&props.tally, &props.run_key, props.index, shown.setter());
    let heading = use_node_ref();
    {
        // Focus moves to the viewer when it opens, for keyboard and screen-reader users.
        let heading = heading.clone();
        use_effect_with(props.run_key.clone(), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let total = props.tally.seen.get(&props.run_key).map_or(0, Vec::len);
    let outcome = props
        .tally
        .seen
        .get(&props.run_key)
        .and_then(|s| s.get(props.index))
        .map(|s| s.outcome);
    let key = &props.run_key;
    let title = t.fill_page(
        PageKey::YourRunsViewerTitle,
        &[("model", &key.model), ("condition", &key.condition.id())],
    );
    let position = t.fill_page(
        PageKey::YourRunsViewerPosition,
        &[
            ("i", &(props.index + 1).to_string()),
            ("n", &total.to_string()),
            ("verdict", outcome.map_or("", |o| t.page(verdict_key(o)))),
        ],
    );
    let index = props.index;
    // At either end its button says it does nothing (`aria-disabled`) but keeps the focus, as the
    // story's and the runs' steppers do: a `disabled` one dropped it to the page's start.
    let (at_start, at_end) = (index == 0, index + 1 >= total);
    let move_to = |to: usize, stays: bool| move_unless_at_end(&props.on_move, Some(to), stays);
    html! {
        <section class="run-viewer transcript" data-testid="run-viewer" aria-labelledby="run-viewer-title">
            <h2 id="run-viewer-title" tabindex="-1" ref={heading}>{ title }</h2>
            <p class="notice" data-testid="run-viewer-label">{ t.page(PageKey::YourRunsViewerLabel) }</p>
            <div class="stepper" role="group">
                <button type="button" data-testid="run-prev" aria-disabled={at_start.then_some("true")}
                    onclick={move_to(index.saturating_sub(1), at_start)}>{ t.page(PageKey::YourRunsViewerPrevious) }</button>
                <span data-testid="run-position">{ position }</span>
                <button type="button" data-testid="run-next" aria-disabled={at_end.then_some("true")}
                    onclick={move_to(index + 1, at_end)}>{ t.page(PageKey::YourRunsViewerNext) }</button>
                <button type="button" class="secondary" data-testid="run-close" onclick={props.on_move.reform(|_| None)}>{ t.page(PageKey::YourRunsViewerClose) }</button>
            </div>
            { body(t, &shown) }
        </section>
    }
}

/// Reads the run whenever another is asked for; a late answer for a run no longer asked for is
/// dropped.
#[hook]
fn use_open_run(tally: &Rc<Tally>, key: &RunKey, index: usize, shown: UseStateSetter<Shown>) {
    let asked = use_mut_ref(|| None::<(RunKey, usize)>);
    let tally = tally.clone();
    use_effect_with((key.clone(), index), move |(key, index)| {
        *asked.borrow_mut() = Some((key.clone(), *index));
        shown.set(Shown::Loading);
        let seen = tally.seen.get(key).and_then(|s| s.get(*index)).cloned();
        let inbox = seen
            .as_ref()
            .and_then(|s| s.inbox)
            .and_then(|i| tally.inboxes.get(i as usize).cloned());
        let this = (key.clone(), *index);
        wasm_bindgen_futures::spawn_local(async move {
            let read = match seen {
                Some(seen) => reading::open_run(seen.origin, inbox).await,
                None => Err(OpenFailure::NoFile),
            };
            if still_asked(&asked, &this) {
                shown.set(match read {
                    Ok(run) => Shown::Ready(Rc::new(run)),
                    Err(why) => Shown::Failed(why),
                });
            }
        });
    });
}

fn still_asked(asked: &Rc<RefCell<Option<(RunKey, usize)>>>, this: &(RunKey, usize)) -> bool {
    asked.borrow().as_ref() == Some(this)
}

fn verdict_key(outcome: Outcome) -> PageKey {
    match outcome {
        Outcome::Harmful => PageKey::YourRunsVerdictHarmful,
        Outcome::Harmless => PageKey::YourRunsVerdictHarmless,
        Outcome::Error => PageKey::YourRunsVerdictFailed,
        Outcome::Unclassified => PageKey::YourRunsVerdictUnclassified,
    }
}

fn body(t: Texts, shown: &Shown) -> Html {
    let run = match shown {
        Shown::Loading => {
            return html! { <p role="status">{ t.page(PageKey::YourRunsViewerLoading) }</p> }
        }
        Shown::Failed(why) => {
            let text = match why {
                OpenFailure::NoFile => t.page(PageKey::YourRunsViewerNoFile).to_string(),
                OpenFailure::Unreadable => t.fill_page(
                    PageKey::YourRunsViewerFailed,
                    &[("reason", t.page(PageKey::YourRunsUnreadable))],
                ),
                OpenFailure::Damaged(reason) => {
                    t.fill_page(PageKey::YourRunsViewerFailed, &[("reason", reason)])
                }
            };
            return html! { <p class="notice" role="alert" data-testid="run-failed">{ text }</p> };
        }
        Shown::Ready(run) => run,
    };
    let reply = &run.reply;
    html! {
        <div class="stages">
            <section class="stage stage-inbox" data-stage="inbox">
                <h3>{ t.page(PageKey::RunsInbox) }</h3>
                if let Some(inbox) = &run.inbox {
                    <pre class="run-text">{ inbox.clone() }</pre>
                } else {
                    <p class="small">{ t.page(PageKey::YourRunsNoInbox) }</p>
                }
            </section>
            <div class="stage-column">
                <section class="stage stage-reasoning" data-stage="reasoning">
                    <h3>{ t.page(PageKey::RunsReasoning) }</h3>
                    if reply.reasoning.is_empty() {
                        <p class="small">{ t.page(PageKey::YourRunsNoReasoning) }</p>
                    }
                    { for reply.reasoning.iter().map(|r| html! { <p class="run-text">{ r.clone() }</p> }) }
                </section>
                <section class="stage stage-action" data-stage="action">
                    <h3>{ t.page(PageKey::RunsAction) }</h3>
                    if reply.actions.is_empty() {
                        <p class="small">{ t.page(PageKey::YourRunsNoAction) }</p>
                    }
                    { for reply.actions.iter().map(action_view) }
                    if !reply.other.is_empty() {
                        <h4>{ t.page(PageKey::YourRunsOther) }</h4>
                        <p class="run-text">{ reply.other.clone() }</p>
                    }
                </section>
            </div>
        </div>
    }
}

fn action_view(action: &ToolUse) -> Html {
    html! {
        <div class="run-action">
            <p><code>{ format!("tool_use:{}", action.name) }</code></p>
            <dl>
                { for action.fields.iter().map(|(key, value)| html! {
                    <>
                        <dt>{ key.clone() }</dt>
                        <dd class="run-text">{ value.clone() }</dd>
                    </>
                }) }
            </dl>
        </div>
    }
}
