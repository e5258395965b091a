//! The classroom quiz: choose an answer, see at once whether it is right and why. Scored in the
//! page; nothing is stored or sent.

use yew::prelude::*;

use super::rich_text::{rich_paragraphs, rich_text};
use crate::i18n::PageKey;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_block;
use crate::view::shell::context::{use_texts, Shared};
use model::content::QuizQuestion;
use model::transcripts::Bilingual;

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub questions: Shared<Vec<QuizQuestion>>,
}

/// Every text of a question, whose data references are part of its evidence.
fn quiz_texts(q: &'static QuizQuestion) -> Vec<&'static Bilingual> {
    let mut texts = vec![&q.question, &q.explanation];
    texts.extend(&q.choices);
    texts
}

/// A question's answers: the first, which the score counts, and the one shown now. After the
/// explanation a reader may try the other choices, but that no longer changes the score.
#[derive(Clone, Copy, Default)]
struct Answers {
    first: Option<usize>,
    now: Option<usize>,
}

#[function_component(Quiz)]
pub fn quiz(props: &QuizProps) -> Html {
    let t = use_texts();
    let lang = t.0;
    let chosen = use_state(|| vec![Answers::default(); props.questions.len()]);
    let score = props
        .questions
        .iter()
        .zip(chosen.iter())
        .filter(|(q, c)| c.first == Some(q.answer))
        .count();
    let answered = chosen.iter().filter(|c| c.first.is_some()).count();
    let reset = {
        let chosen = chosen.clone();
        let n = props.questions.len();
        Callback::from(move |_| chosen.set(vec![Answers::default(); n]))
    };

    let items = props.questions.0.iter().enumerate().map(|(i, q)| {
        let choice = chosen[i].now;
        let options = q.choices.iter().enumerate().map(|(j, text)| {
            let pick = {
                let chosen = chosen.clone();
                Callback::from(move |_| {
                    let mut next = (*chosen).clone();
                    next[i].first.get_or_insert(j);
                    next[i].now = Some(j);
                    chosen.set(next);
                })
            };
            let id = format!("quiz-{i}-{j}");
            // Once a choice is made, the answer is marked, for a class that answered aloud.
            let answer = choice.is_some() && j == q.answer;
            html! {
                <li class={classes!(answer.then_some("answer"))}>
                    <input type="radio" id={id.clone()} name={format!("quiz-{i}")} checked={choice == Some(j)} onchange={pick} />
                    <label for={id}>
                        { rich_text(t, text.get(lang)) }
                        if answer { <span class="answer-mark">{ t.page(PageKey::QuizAnswerMark) }</span> }
                    </label>
                </li>
            }
        });
        let feedback = choice.map(|c| {
            let right = c == q.answer;
            let letter = char::from(b'A' + u8::try_from(q.answer).unwrap_or(0)).to_string();
            html! {
                <div class={classes!("feedback", if right { "right" } else { "wrong" })} data-testid="quiz-feedback" role="status">
                    <p>
                        <strong>{ if right { t.page(PageKey::QuizRight) } else { t.page(PageKey::QuizWrong) } }</strong>
                        // The space after "Not quite." is the English text's own: Chinese has none after 。
                        if !right { { t.fill_page(PageKey::QuizAnswerIs, &[("letter", &letter)]) } }
                    </p>
                    { rich_paragraphs(t, q.explanation.get(lang)) }
                    <Evidence of={of_block(&q.evidence, &quiz_texts(q))} />
                </div>
            }
        });
        html! {
            <li class="quiz-question" data-testid="quiz-question" data-answer={q.answer.to_string()}>
                <fieldset>
                    <legend>{ rich_text(t, q.question.get(lang)) }</legend>
                    <ol class="choices" type="A">{ for options }</ol>
                </fieldset>
                // Always there: Yew matches an unkeyed list's children from its end, so an answer
                // appended after the choices redrew them, and a keyboard reader's focus was lost.
                <div class="feedback-slot">{ for feedback }</div>
            </li>
        }
    });

    html! {
        <section class="quiz" id="quiz" tabindex="-1" aria-labelledby="quiz-title">
            <h2 id="quiz-title">{ t.page(PageKey::QuizTitle) }</h2>
            // Shown only in the page's file without scripts, where the choices cannot act.
            <p class="without-scripts">{ t.page(PageKey::QuizWithoutScripts) }</p>
            <ol class="quiz-list" role="list">{ for items }</ol>
            <p class="score" data-testid="quiz-score" aria-live="polite">
                { t.fill_page(PageKey::QuizScore, &[("right", &score.to_string()), ("answered", &answered.to_string()), ("total", &props.questions.len().to_string())]) }
            </p>
            <button type="button" class="secondary" onclick={reset}>{ t.page(PageKey::QuizReset) }</button>
        </section>
    }
}
