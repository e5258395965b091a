//! "Is this a test, or real?": Claude Opus 4 told it might be in an evaluation (500 runs).
//! Its own view, because its five numbers answer a different question from the bars.

use crate::bundled;
use yew::prelude::*;

use crate::view::hooks::page_start::focus_in_main_if_lost;

use crate::i18n::{Key, Lang, Texts};
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
use crate::view::format::interval_text;
use crate::view::shell::context::{use_texts, DataRef};
use model::data::ResultRow;
use model::explorer::eval_notice;
use model::stats::percent_text;
use model::types::Vocabulary;

#[derive(Properties, PartialEq)]
pub struct EvalNoticeProps {
    pub data: DataRef,
    /// The way back to the explorer's bars, in the explorer. None in the story, whose own
    /// controls move on (a teacher read "Back to the main experiments" there as back to the story,
    /// and it left the story for the explorer).
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

fn stat(t: Texts, row: Option<&ResultRow>) -> Html {
    let Some(row) = row else {
        return html! {};
    };
    let mark = Texts::confidence_mark(row.confidence);
    let runs = match (row.count(), row.n) {
        (Some(k), Some(n)) => Some(format!("{k} / {n}")),
        _ => None,
    };
    html! {
        <li class="stat" data-testid={format!("eval-{}", row.metric.id())}>
            <span class="stat-value">{ percent_text(&row.rate_text) }
                if !mark.is_empty() { <span class="mark">{ format!(" {mark}") }</span> }
            </span>
            <span class="stat-label">{ t.metric(row.metric) }</span>
            if let Some(runs) = runs {
                <span class="stat-runs">{ runs }{ " · " }{ interval_text(t, row) }</span>
            }
        </li>
    }
}

#[function_component(EvalNoticeView)]
pub fn eval_notice_view(props: &EvalNoticeProps) -> Html {
    let t = use_texts();
    let numbers = eval_notice(&props.data);
    let back = props
        .on_back
        .as_ref()
        .map(|back| back.reform(|_: MouseEvent| ()));
    let runs = numbers
        .stated_real
        .and_then(|row| row.n)
        .map(|n| n.to_string())
        .unwrap_or_default();
    let source = numbers
        .stated_real
        .map(|row| t.figures(&row.figures))
        .unwrap_or_default();
    // The notice the study added to the prompt: the ledger's quote, compiled in with the bundle,
    // and in Chinese our translation of it under the original, marked as such.
    let facts = bundled::facts();
    html! {
        <section class="eval-notice" data-testid="eval-view">
            <h2>{ t.get(Key::EvalTitle) }</h2>
            <p>{ t.fill(Key::EvalIntro, &[("n", &runs)]) }</p>
            <Evidence of={of_keys(&[Key::EvalIntro])} />
            <figure class="quote">
                <figcaption>{ t.get(Key::EvalPromptLabel) }</figcaption>
                <blockquote lang="en">{ facts.notice_prompt.as_str() }</blockquote>
                if t.0 == Lang::Zh {
                    <p class="small">{ t.get(Key::ExcerptsTranslation) }</p>
                    <blockquote lang="zh-Hans" data-testid="eval-notice-translation">{ facts.notice_prompt_zh.as_str() }</blockquote>
                }
            </figure>
            <div class="eval-groups">
                <div>
                    <h3>{ t.get(Key::EvalDecided) }</h3>
                    <ul class="stats">
                        { stat(t, numbers.stated_real) }
                        { stat(t, numbers.stated_eval) }
                        { stat(t, numbers.abstained) }
                    </ul>
                </div>
                <div>
                    <h3>{ t.get(Key::EvalBlackmail) }</h3>
                    <ul class="stats">
                        { stat(t, numbers.harmful_when_real) }
                        { stat(t, numbers.harmful_when_eval) }
                    </ul>
                    <p class="small">{ t.get(Key::EvalNoInterval) }</p>
                    <Evidence of={of_keys(&[Key::EvalNoInterval])} />
                </div>
            </div>
            <p class="headline-like">{ t.get(Key::EvalMeaning) }</p>
            <Evidence of={of_keys(&[Key::EvalMeaning])} />
            <dl class="facts">
                <dt>{ t.get(Key::HeadlineSource) }</dt>
                <dd>{ source }</dd>
            </dl>
            <p class="small">{ t.get(Key::EvalOnlyOpus) }</p>
            <Evidence of={of_keys(&[Key::EvalOnlyOpus])} />
            <p class="caveat">{ t.get(Key::CaveatBlackmail) }</p>
            <Evidence of={of_keys(&[Key::CaveatBlackmail])} />
            if let Some(back) = back {
                <button type="button" onclick={back} data-testid="eval-back">{ t.get(Key::EvalBack) }</button>
            }
        </section>
    }
}

/// After the explorer switches to or from this view (not at its first render): the focus goes to
/// the view's heading, or back to the button that opened it, where the button that had it has
/// gone (it dropped to the page's start).
#[hook]
pub fn use_focus_follows_eval_view(in_view: bool) {
    let before = use_mut_ref(|| in_view);
    use_effect_with(in_view, move |&in_view| {
        if before.replace(in_view) != in_view {
            let selector = if in_view {
                ".eval-notice h2"
            } else {
                "[data-testid=open-eval]"
            };
            focus_in_main_if_lost(selector, false, true);
        }
    });
}
