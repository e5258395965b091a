//! The classroom quiz: choose an answer, check it, see whether it is right and why. Scored in the
//! page; nothing is stored or sent.
//!
//! Choosing only selects: a keyboard reader moves through a question's choices with the arrow
//! keys, as in any group of radio buttons, and each key selects the choice it lands on. Were a
//! selection an answer, such a reader could not reach choice C without answering B first.

use std::rc::Rc;

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

/// One question's state: the choice selected now, and the first answer checked, which the score
/// counts. Once a question is checked, its explanation follows the selected choice: a reader may
/// try the others, but that no longer changes the score.
#[derive(Clone, Copy, Default, PartialEq)]
struct Answer {
    selected: Option<usize>,
    checked: Option<usize>,
}

impl Answer {
    /// The choice whose explanation shows: none until the question is checked.
    fn shown(self) -> Option<usize> {
        self.checked.and(self.selected)
    }
}

enum QuizAction {
    Select { question: usize, choice: usize },
    Check(usize),
    Reset,
}

#[derive(PartialEq)]
struct QuizState(Vec<Answer>);

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut answers = self.0.clone();
        match action {
            QuizAction::Select { question, choice } => answers[question].selected = Some(choice),
            QuizAction::Check(question) => {
                let answer = &mut answers[question];
                if answer.checked.is_none() {
                    answer.checked = answer.selected;
                }
            }
            QuizAction::Reset => answers.fill(Answer::default()),
        }
        Rc::new(Self(answers))
    }
}

#[function_component(Quiz)]
pub fn quiz(props: &QuizProps) -> Html {
    let t = use_texts();
    let state = use_reducer(|| QuizState(vec![Answer::default(); props.questions.len()]));
    let answers = &state.0;
    let score = props
        .questions
        .iter()
        .zip(answers)
        .filter(|(q, a)| a.checked == Some(q.answer))
        .count();
    let answered = answers.iter().filter(|a| a.checked.is_some()).count();
    // Starting again starts at the top: the focus (and with it the screen) goes to the quiz's
    // title, where it stayed on this button below the last question.
    let title_ref = use_node_ref();
    let reset = {
        let (dispatch, title_ref) = (state.dispatcher(), title_ref.clone());
        Callback::from(move |_| {
            dispatch.dispatch(QuizAction::Reset);
            if let Some(title) = title_ref.cast::<web_sys::HtmlElement>() {
                // Focusing fails only where nothing could have the focus; nothing to report.
                let _ = title.focus();
            }
        })
    };
    let items = props.questions.0.iter().enumerate().map(|(index, q)| {
        html! {
            <QuestionItem {index} question={Shared(q)} answer={answers[index]} dispatch={state.dispatcher()} />
        }
    });
    html! {
        <section class="quiz" id="quiz" tabindex="-1" aria-labelledby="quiz-title">
            <h2 id="quiz-title" tabindex="-1" ref={title_ref}>{ t.page(PageKey::QuizTitle) }</h2>
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

#[derive(Properties, PartialEq)]
struct QuestionProps {
    index: usize,
    question: Shared<QuizQuestion>,
    answer: Answer,
    dispatch: UseReducerDispatcher<QuizState>,
}

#[function_component(QuestionItem)]
fn question_item(props: &QuestionProps) -> Html {
    let t = use_texts();
    let lang = t.0;
    let (i, q, answer) = (props.index, props.question.0, props.answer);
    // The check button goes once it is used: the focus it had moves to the explanation.
    let feedback_ref = use_node_ref();
    {
        let feedback_ref = feedback_ref.clone();
        use_effect_with(answer.checked.is_some(), move |&checked| {
            if let Some(feedback) = checked
                .then(|| feedback_ref.cast::<web_sys::HtmlElement>())
                .flatten()
            {
                // Focusing fails only where nothing could have the focus; nothing to report.
                let _ = feedback.focus();
            }
        });
    }
    let options = q.choices.iter().enumerate().map(|(j, text)| {
        let select = {
            let dispatch = props.dispatch.clone();
            Callback::from(move |_| dispatch.dispatch(QuizAction::Select { question: i, choice: j }))
        };
        let id = format!("quiz-{i}-{j}");
        // Once checked, the answer is marked, for a class that answered aloud.
        let is_answer = answer.checked.is_some() && j == q.answer;
        html! {
            <li class={classes!(is_answer.then_some("answer"))}>
                <input type="radio" id={id.clone()} name={format!("quiz-{i}")} checked={answer.selected == Some(j)} onchange={select} />
                <label for={id}>
                    { rich_text(t, text.get(lang)) }
                    if is_answer { <span class="answer-mark">{ t.page(PageKey::QuizAnswerMark) }</span> }
                </label>
            </li>
        }
    });
    let check = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(QuizAction::Check(i)))
    };
    let letter_of =
        |choice: usize| char::from(b'A' + u8::try_from(choice).unwrap_or(0)).to_string();
    let feedback = answer.shown().map(|c| {
        let right = c == q.answer;
        let letter = letter_of(q.answer);
        // Another choice tried after the check: its explanation, and which answer the score keeps
        // (a class saw "Right." beside a score that had not moved).
        let counted = answer.checked.filter(|&first| first != c).map(|first| {
            html! { <p class="small" data-testid="quiz-counted">{ t.fill_page(PageKey::QuizCounted, &[("letter", &letter_of(first))]) }</p> }
        });
        html! {
            <div class={classes!("feedback", if right { "right" } else { "wrong" })} data-testid="quiz-feedback"
                role="status" tabindex="-1" ref={feedback_ref.clone()}>
                <p>
                    <strong>{ if right { t.page(PageKey::QuizRight) } else { t.page(PageKey::QuizWrong) } }</strong>
                    // The space after "Not quite." is the English text's own: Chinese has none after 。
                    if !right { { t.fill_page(PageKey::QuizAnswerIs, &[("letter", &letter)]) } }
                </p>
                { for counted }
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
            <div class="feedback-slot">
                if answer.checked.is_none() {
                    <button type="button" class="secondary check" data-testid="quiz-check"
                        disabled={answer.selected.is_none()} onclick={check}>{ t.page(PageKey::QuizCheck) }</button>
                }
                { for feedback }
            </div>
        </li>
    }
}
