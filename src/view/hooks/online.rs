//! Whether the browser says it has a network, kept up to date as it comes and goes: a classroom's
//! connection does.

use gloo::events::EventListener;
use yew::prelude::*;

/// `navigator.onLine`, re-read on every `online` and `offline` event. Online when rendered to HTML
/// at build time, where there is no browser to ask: the page's file then says nothing about it.
#[hook]
pub fn use_online() -> bool {
    let online =
        use_state(|| !cfg!(target_arch = "wasm32") || gloo::utils::window().navigator().on_line());
    {
        let online = online.setter();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let listeners = ["online", "offline"].map(|event| {
                let online = online.clone();
                EventListener::new(&window, event, move |_| {
                    online.set(gloo::utils::window().navigator().on_line())
                })
            });
            move || drop(listeners)
        });
    }
    *online
}
