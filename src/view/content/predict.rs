//! Predict, then reveal: the reader (or the whole room) guesses a rate with a slider before the
//! answer is shown. Nothing is sent anywhere; the guess lives in this page only.

use yew::prelude::*;

use crate::i18n::{PageKey, Texts};
use crate::view::format::{interval_text, runs_phrase};
use crate::view::shell::context::{use_texts, Shared};
use model::data::ResultRow;
use model::types::Scenario;

#[derive(Properties, PartialEq)]
pub struct PredictProps {
    /// The published value to guess (shown only after the reveal).
    pub row: Shared<ResultRow>,
    pub model_name: String,
    /// The guess, once revealed.
    pub revealed: Option<Guess>,
    pub on_reveal: Callback<Guess>,
    /// Whether the whole room is guessing: the story holds it for all its steps, so that a
    /// teacher's choice stays for the lesson (it was each guess's own, and cleared at every step).
    pub room: bool,
    pub on_room: Callback<bool>,
}

/// A guess revealed, and whether the room made it (its label says so).
#[derive(Clone, Copy, PartialEq)]
pub struct Guess {
    pub value: u32,
    pub by_room: bool,
}

/// Whole percentage points between a guess and the published rate, rounded from the rate.
pub fn points_off(guess: u32, rate: f64) -> i64 {
    i64::from(guess) - (rate * 100.0).round() as i64
}

/// How far the guess was: "exactly right", "12 points too high".
fn verdict(t: Texts, off: i64) -> String {
    match off {
        0 => t.page(PageKey::PredictExact).to_string(),
        d if d > 0 => t.fill_page(PageKey::PredictHigher, &[("points", &d.to_string())]),
        d => t.fill_page(PageKey::PredictLower, &[("points", &(-d).to_string())]),
    }
}

/// The question, naming the action the guess is about: the story's first guess comes before the
/// word "blackmail" does.
fn question_key(scenario: Scenario) -> PageKey {
    match scenario {
        Scenario::Blackmail => PageKey::PredictQuestionBlackmail,
        Scenario::Leaking => PageKey::PredictQuestionLeaking,
        Scenario::Murder => PageKey::PredictQuestionMurder,
    }
}

#[function_component(Predict)]
pub fn predict(props: &PredictProps) -> Html {
    let t = use_texts();
    let guess = use_state(|| 50_u32);
    let question = t.fill_page(
        question_key(props.row.condition.scenario),
        &[("model", &props.model_name)],
    );
    // The reveal button goes with the reveal: the focus moves to the answer in its place, where
    // it would otherwise fall to the page and a keyboard reader lose their place. Not when the
    // page opens with the answer shown (a link to a revealed step).
    let result = use_node_ref();
    {
        let result = result.clone();
        let asked = use_mut_ref(|| props.revealed.is_none());
        use_effect_with(props.revealed.is_some(), move |&shown| {
            if shown && *asked.borrow() {
                if let Some(section) = result.cast::<web_sys::HtmlElement>() {
                    let _ = section.focus();
                }
            }
        });
    }
    if let Some(guess) = props.revealed {
        return revealed(t, &props.row, guess, question, result);
    }

    let on_input = {
        let guess = guess.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            guess.set(input.value().parse().unwrap_or(50).min(100));
        })
    };
    let room = props.room;
    let toggle_room = props.on_room.reform(move |_: Event| !room);
    let reveal = {
        let value = *guess;
        props.on_reveal.reform(move |_: MouseEvent| Guess {
            value,
            by_room: room,
        })
    };
    html! {
        <section class="predict" data-testid="prediction">
            <label for="guess"><strong>{ question }</strong></label>
            <div class="slider-row">
                <input id="guess" type="range" min="0" max="100" step="1" value={guess.to_string()}
                    oninput={on_input} aria-valuetext={format!("{}%", *guess)} />
                <output for="guess" data-testid="guess-value">{ format!("{}%", *guess) }</output>
            </div>
            <label class="switch" for="class-mode">
                <input type="checkbox" id="class-mode" checked={room} onchange={toggle_room} />
                <span>{ t.page(PageKey::PredictClassMode) }</span>
            </label>
            <p class="small">{ t.page(PageKey::PredictPrivacy) }</p>
            <button type="button" class="primary" data-testid="reveal" onclick={reveal}>
                { t.fill_page(PageKey::PredictReveal, &[("guess", &format!("{}%", *guess))]) }
            </button>
            // Shown only in the page's file without scripts, in place of the controls above: the
            // answer behind a summary, which opens without scripts.
            <details class="without-scripts">
                <summary>{ t.page(PageKey::PredictWithoutScripts) }</summary>
                { answer(t, &props.row) }
            </details>
        </section>
    }
}

/// The answer in the guess's place: the published value, whose guess it was and how far off.
fn revealed(t: Texts, row: &ResultRow, guess: Guess, question: String, result: NodeRef) -> Html {
    let verdict = verdict(t, points_off(guess.value, row.rate));
    let whose = t.page(if guess.by_room {
        PageKey::PredictRoomGuess
    } else {
        PageKey::PredictYourGuess
    });
    html! {
        <section class="predict revealed" data-testid="prediction-result" tabindex="-1" ref={result}>
            <p>{ question }</p>
            { answer(t, row) }
            <p>
                { whose }{ t.page(PageKey::PunctuationColon) }<span data-testid="prediction-guess">{ format!("{}%", guess.value) }</span>
                { " — " }<span data-testid="prediction-off">{ verdict }</span>
            </p>
        </section>
    }
}

/// The published value: "96 of 100 runs · 95% interval …".
fn answer(t: Texts, row: &ResultRow) -> Html {
    html! {
        <p class="answer">
            <strong data-testid="prediction-answer">{ runs_phrase(t, row) }</strong>
            { " · " }{ interval_text(t, row) }
        </p>
    }
}
