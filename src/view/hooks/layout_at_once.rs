//! Lays the page out as soon as a reader's change is in the DOM. The browser would compute the new
//! styles and layout only when the next frame begins, after waiting for the display; asked for in
//! the task right after the change, they are done while it waits, and the next frame only paints.
//! A task of its own rather than the change's: a script watching the DOM (the benchmark's
//! mutation observer) hears of the change before the layout, not after it. Never after the first
//! render: there the layout is part of the app's start, which it would only lengthen.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// After every render in which `deps` changed, except the first, reads the page's height in a
/// task of its own, which makes the browser lay the page out then.
#[hook]
pub fn use_layout_at_once<D>(deps: D)
where
    D: PartialEq + 'static,
{
    let first = use_mut_ref(|| true);
    // The pending read: a newer change replaces it, which cancels it (one layout does for both).
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(deps, move |_| {
        if !first.replace(false) {
            let read = Timeout::new(0, || {
                if let Some(body) = gloo::utils::document().body() {
                    let _ = body.offset_height();
                }
            });
            pending.borrow_mut().replace(read);
        }
    });
}
