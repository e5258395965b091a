//! Swipe left and right on a touch screen to step through a page (the story).

use yew::prelude::*;

/// Horizontal distance a touch must travel to count as a swipe, in CSS pixels.
const SWIPE_PX: i32 = 60;

/// The touch handlers for an element: a swipe left emits `step + 1`, a swipe right `step - 1`,
/// kept within 1..=total.
#[hook]
pub fn use_swipe(
    step: usize,
    total: usize,
    go_to: Callback<usize>,
) -> (Callback<TouchEvent>, Callback<TouchEvent>) {
    let touch_start = use_mut_ref(|| None::<i32>);
    let on_start = {
        let touch_start = touch_start.clone();
        Callback::from(move |e: TouchEvent| {
            *touch_start.borrow_mut() = e.changed_touches().get(0).map(|touch| touch.client_x());
        })
    };
    let on_end = Callback::from(move |e: TouchEvent| {
        let start = touch_start.borrow_mut().take();
        let end = e.changed_touches().get(0).map(|touch| touch.client_x());
        if let (Some(start), Some(end)) = (start, end) {
            let moved = end - start;
            if moved <= -SWIPE_PX && step < total {
                go_to.emit(step + 1);
            } else if moved >= SWIPE_PX && step > 1 {
                go_to.emit(step - 1);
            }
        }
    });
    (on_start, on_end)
}
