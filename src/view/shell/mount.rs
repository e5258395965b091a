//! Where the app is drawn, and in how many tasks.
//!
//! The page's file already shows the page (scripts/build.mjs). Where it shows the very view the
//! app's first render draws (the page's default view), static/start.js gives the app a hidden
//! element beside it: the app is drawn there out of sight, its router alone in one task (a task
//! after the texts were decoded, src/main.rs), its frame in the next, its header and footer in
//! the next, the page in the next (`app::Drawn`), its long lists a few items per task after that
//! (`use_in_steps`; the explorer, its sections: `host::drawn_out_of_sight`), so that no single
//! task of the start keeps the page from answering a reader (on a slow phone the myths page,
//! drawn at once, was one task of some 300 ms). start.js shows it in the copy's place once its page
//! is in its `<main>` and nothing in it is being drawn any more (`aria-busy`): the reader never
//! sees a page drawn in part.
//! Where the file does not hold that view (an explorer condition, a run's step: only the page's
//! frame or "Loading…" shows) or holds no page (the one-file edition), the app is the page at once.

use super::app::{App, AppProps};
use super::host::HOST_ID;
use super::site::Addressing;
use model::types::Lang;

/// Draws the app: out of sight beside the page's file where start.js has hidden its element, in
/// steps (`app::Drawn`), else in place of the file (its copies, "Loading…", the note for readers
/// without scripts) at once.
pub fn mount(initial_lang: Lang, addressing: Addressing) {
    let document = gloo::utils::document();
    let (Some(body), Some(host)) = (document.body(), document.get_element_by_id(HOST_ID)) else {
        return;
    };
    let in_steps = host.has_attribute("hidden");
    if !in_steps {
        body.replace_children_with_node_1(&host);
    }
    let props = AppProps {
        initial_lang,
        addressing,
        in_steps,
    };
    yew::Renderer::<App>::with_root_and_props(host, props).render();
}
