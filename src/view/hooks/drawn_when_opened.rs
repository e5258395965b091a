//! A `<details>` whose contents are drawn once a reader first opens it.

use yew::prelude::*;

/// Whether a `<details>`'s contents are drawn, and the `ontoggle` that draws them from its first
/// opening on (calling `on_open` at each toggle). In the browser they wait for it: closed, a
/// `<details>` shows nothing but its summary, and what it holds would be built at the app's
/// start for nobody. Natively (the pages' files) they are always drawn, for readers without
/// scripts, whose browser opens a `<details>` by itself.
#[hook]
pub fn use_drawn_when_opened(on_open: Callback<()>) -> (bool, Callback<Event>) {
    let opened = use_state(|| !cfg!(target_arch = "wasm32"));
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |_: Event| {
            opened.set(true);
            on_open.emit(());
        })
    };
    (*opened, ontoggle)
}
