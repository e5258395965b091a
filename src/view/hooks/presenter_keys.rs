//! Presenter keys for step-by-step pages (story, transcripts): → and Space forward, ← back.
//! Keys that a focused control uses itself (arrows on a slider, Space on a button) keep that meaning.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// While `step` is `Some`, listens for the keys and emits the next step, kept within 1..=total.
///
/// The listener reads the step from a shared cell that it also advances itself, so two quick
/// presses count twice even before the page has re-rendered with the first one.
#[hook]
pub fn use_presenter_keys(step: Option<usize>, total: usize, go_to: Callback<usize>) {
    let current = use_mut_ref(|| step.unwrap_or(1));
    if let Some(step) = step {
        *current.borrow_mut() = step;
    }
    let active = step.is_some();
    use_effect_with((active, total), move |&(active, total)| {
        let listener = active.then(|| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key() || event.meta_key() || event.alt_key() {
                        return;
                    }
                    let tag = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .map(|element| element.tag_name())
                        .unwrap_or_default();
                    // Arrows move sliders and radio buttons; Space presses buttons and links.
                    let uses_arrows = matches!(tag.as_str(), "INPUT" | "SELECT" | "TEXTAREA");
                    let uses_space =
                        uses_arrows || matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY");
                    let step = *current.borrow();
                    let next = match event.key().as_str() {
                        "ArrowRight" if !uses_arrows => Some(step + 1),
                        " " if !uses_space => Some(step + 1),
                        "ArrowLeft" if !uses_arrows => Some(step.saturating_sub(1)),
                        _ => None,
                    };
                    if let Some(next) = next {
                        event.prevent_default();
                        go_to.emit(next.clamp(1, total.max(1)));
                    }
                },
            )
        });
        move || drop(listener)
    });
}
