//! Every control of the explorer does the same thing: take the state shown, change one part, and
//! navigate to the result. This builds those callbacks, so each control says only what it changes.

use yew::prelude::*;

use model::link::ExplorerState;

/// A callback that emits the state shown changed by `change` (which may read the event).
pub fn change<E: 'static>(
    state: &ExplorerState,
    on_change: &Callback<ExplorerState>,
    change: impl Fn(&mut ExplorerState, E) + 'static,
) -> Callback<E> {
    let state = state.clone();
    on_change.reform(move |event: E| {
        let mut next = state.clone();
        change(&mut next, event);
        next
    })
}
