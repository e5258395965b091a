//! Previous / next for the pages a class steps through (story, transcripts), with the keys hint;
//! while it is on the page, → and Space go forward and ← back (`use_presenter_keys`).

use yew::prelude::*;

use crate::view::hooks::presenter_keys::use_presenter_keys;
use crate::view::shell::context::use_texts;

/// The words of a stepper in the reader's language, and the prefix of its buttons' test ids
/// (`{prefix}-prev`, `-next`).
#[derive(Clone, Copy, PartialEq)]
pub struct StepperWords {
    pub previous: &'static str,
    pub next: &'static str,
    pub hint: &'static str,
    pub testid: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    /// The step shown, 1..=total.
    pub step: usize,
    pub total: usize,
    pub go_to: Callback<usize>,
    pub words: StepperWords,
    pub class: &'static str,
    /// Between the two buttons (the transcript's "Step 3 of 9").
    #[prop_or_default]
    pub count: Html,
    /// After the next button (the transcript's "Show all").
    #[prop_or_default]
    pub extra: Html,
    /// Whether "next" is the page's main action (the story's).
    #[prop_or_default]
    pub primary: bool,
}

#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    let _t = use_texts();
    let (step, total, words) = (props.step, props.total, props.words);
    use_presenter_keys(step, total, props.go_to.clone());
    // At either end its button says it does nothing (`aria-disabled`) but keeps the focus: a
    // `disabled` one dropped it to the page's start as the last step came.
    let (at_start, at_end) = (step <= 1, step >= total);
    let move_to = |to: usize, stays: bool| move_unless_at_end(&props.go_to, to, stays);
    html! {
        <div class={props.class} role="group">
            <button type="button" class="previous" data-testid={format!("{}-prev", words.testid)}
                aria-disabled={at_start.then_some("true")}
                onclick={move_to(step.saturating_sub(1), at_start)}>{ words.previous }</button>
            { props.count.clone() }
            <button type="button" class={classes!(props.primary.then_some("primary"))}
                data-testid={format!("{}-next", words.testid)} aria-disabled={at_end.then_some("true")}
                onclick={move_to(step + 1, at_end)}>{ words.next }</button>
            { props.extra.clone() }
            <span class="small keys-hint">{ words.hint }</span>
        </div>
    }
}

/// A stepper button's click: moves to `to`, or, at the end it points past (`stays`), does
/// nothing, the button marked `aria-disabled` so that it keeps the focus.
pub fn move_unless_at_end<T: Clone + 'static>(
    go_to: &Callback<T>,
    to: T,
    stays: bool,
) -> Callback<MouseEvent> {
    let go_to = go_to.clone();
    Callback::from(move |_: MouseEvent| {
        if !stays {
            go_to.emit(to.clone())
        }
    })
}
