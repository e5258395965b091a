//! A page the reader moves to starts at its top, and the keyboard's place moves there with it. The
//! router swaps the page without the browser's own page load, which would do both: a link followed
//! from far down the runs' list opened the run at its bottom, and a link or a story's "Next step"
//! left the focus on an element that had gone (the next Tab started again at the skip link) or
//! far below the new page's start.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::current_link_in_view::current_link_in_view;
use crate::routes::Route;
use model::types::Lang;

thread_local! {
    /// Whether the latest move was the browser's Back or Forward: the browser puts the page back
    /// where the reader left it, and so does this hook, by leaving it alone.
    static MOVED_IN_HISTORY: Cell<bool> = const { Cell::new(false) };
}

/// After every render in which `route` (or `lang`) changed, the header's row shows the page's link
/// (`current_link_in_view`, on a phone); except after the first: the page is scrolled to its top
/// (unless the move was back or forward in history), and if the focus was on nothing or inside
/// the page that was left, it goes to the new page's heading, without scrolling. A focus in the
/// header (its navigation, the language switch) stays where it is. The row's links change width
/// with the language (`lang`): after a switch the row shows the page's link again (switched from
/// Chinese to English at 360 px, `/sources/`'s link was past the row's end).
#[hook]
pub fn use_page_start(route: &Route, lang: Lang) {
    use_effect_with((), |_| {
        let listener = EventListener::new(&gloo::utils::window(), "popstate", |_| {
            MOVED_IN_HISTORY.with(|moved| moved.set(true));
        });
        move || drop(listener)
    });
    use_effect_with((route.clone(), lang), |_| current_link_in_view());
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |_| {
        if first.replace(false) {
            return;
        }
        if !MOVED_IN_HISTORY.with(|moved| moved.replace(false)) {
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        // The page's heading, or <main> itself while a page whose code is still loading has none.
        focus_in_main_if_lost("h1", true, false);
    });
}

/// Moves the focus to the first element in <main> that `selector` finds (or <main> itself), if the
/// focus is on nothing (the element that had it is gone) or, with `main_counts_as_lost`, anywhere
/// in <main>. `scroll`: whether the browser may scroll the element into view.
pub fn focus_in_main_if_lost(selector: &str, main_counts_as_lost: bool, scroll: bool) {
    let document = gloo::utils::document();
    let Some(main) = document.get_element_by_id("main") else {
        return;
    };
    let lost = match document.active_element() {
        None => true,
        Some(active) => {
            document.body().is_some_and(|body| *body == active)
                || (main_counts_as_lost && main.contains(Some(&active)))
        }
    };
    if !lost {
        return;
    }
    let target = main
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or(main)
        .unchecked_into::<web_sys::HtmlElement>();
    if !target.has_attribute("tabindex") && target.tag_name().starts_with('H') {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    let _ = target.focus_with_options(&options);
}
