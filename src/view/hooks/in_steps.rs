//! A long list, or a long page's sections, drawn in steps: a first screenful at once, then a few
//! more items in each later task, so that no single task keeps the page from answering the reader
//! (the sources page's table is some 4,600 elements; drawn at once on a slow phone, one task of
//! about a second). The list says it is not done (`aria-busy`): at the app's start, the app shows
//! only once nothing is (src/view/shell/mount.rs).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` items to draw now: `first`, then `step` more after each render until all
/// are drawn. Rendered natively (the prerendered pages, tests), all of them at once: there is no
/// reader waiting, and the page's file must hold the whole list.
#[hook]
pub fn use_in_steps(total: usize, first: usize, step: usize) -> usize {
    let shown = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            first.min(total)
        } else {
            total
        }
    });
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| {
            let next =
                (now < total).then(|| Timeout::new(0, move || shown.set((now + step).min(total))));
            // Dropping the timer cancels it: nothing is set after the list has gone.
            move || drop(next)
        });
    }
    (*shown).min(total)
}
