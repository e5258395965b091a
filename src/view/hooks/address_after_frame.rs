//! A page whose state is its address (the explorer) shows a reader's change at once and writes
//! the address just after the next frame. Writing it is a `history.pushState` (1–2.5 ms in
//! Chromium) and a new location, which renders the whole app again; both after the frame, the
//! rate moves in the frame after the click. Back and forward still step through every change the
//! reader paused on; changes quicker than a frame make one entry.

use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The state to show (the reader's latest change, until the address has it; then the
/// address's), and the callback that makes a change. `navigate` writes the address.
#[hook]
pub fn use_address_after_frame<T>(from_address: T, navigate: Callback<T>) -> (T, Callback<T>)
where
    T: Clone + PartialEq + 'static,
{
    let changed = use_state(|| None::<T>);
    // What is scheduled: the frame to wait for, then the write after it. A new change replaces
    // both, which cancels the earlier ones (so quick changes make one entry); leaving the page
    // drops them, which cancels them too. Neither is replaced from inside its own callback.
    let frame = use_mut_ref(|| None::<AnimationFrame>);
    let write = use_mut_ref(|| None::<Timeout>);
    let on_change = {
        let changed = changed.clone();
        Callback::from(move |next: T| {
            changed.set(Some(next.clone()));
            write.borrow_mut().take();
            let (changed, navigate, write) = (changed.clone(), navigate.clone(), Rc::clone(&write));
            let after_frame = request_animation_frame(move |_| {
                let timeout = Timeout::new(0, move || {
                    navigate.emit(next);
                    changed.set(None);
                });
                write.borrow_mut().replace(timeout);
            });
            frame.borrow_mut().replace(after_frame);
        })
    };
    ((*changed).clone().unwrap_or(from_address), on_change)
}
