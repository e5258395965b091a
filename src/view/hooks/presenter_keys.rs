//! Presenter keys for step-by-step pages (story, transcripts): → and Space forward, ← back.
//! Keys that a focused control uses itself (arrows on a slider, Space on a button) keep that meaning.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the listener reads on each key press: the latest render's step, total and callback.
struct Latest {
    step: usize,
    total: usize,
    go_to: Callback<usize>,
}

/// While mounted, listens for the keys and emits the next step, kept within 1..=total.
///
/// The one listener lives as long as the page, and reads the latest render's values from a shared
/// cell, so it always acts on the page the reader sees: keeping the first render's callback sent
/// → on one run to the next step of another run that had been open before. The listener also
/// advances the cell's step itself, so two quick presses count twice even before the page has
/// re-rendered with the first one.
#[hook]
pub fn use_presenter_keys(step: usize, total: usize, go_to: Callback<usize>) {
    let latest = use_mut_ref(|| Latest {
        step,
        total,
        go_to: go_to.clone(),
    });
    *latest.borrow_mut() = Latest { step, total, go_to };
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    on_key(event, &latest);
                }
            },
        );
        move || drop(listener)
    });
}

fn on_key(event: &web_sys::KeyboardEvent, latest: &Rc<RefCell<Latest>>) {
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
    let uses_space = uses_arrows || matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY");
    let (step, total, go_to) = {
        let latest = latest.borrow();
        (latest.step, latest.total, latest.go_to.clone())
    };
    let next = match event.key().as_str() {
        "ArrowRight" if !uses_arrows => step + 1,
        " " if !uses_space => step + 1,
        "ArrowLeft" if !uses_arrows => step.saturating_sub(1),
        _ => return,
    };
    event.prevent_default();
    let next = next.clamp(1, total.max(1));
    latest.borrow_mut().step = next;
    go_to.emit(next);
}
