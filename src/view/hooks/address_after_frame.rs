//! A page whose state is its address (the explorer) shows a reader's change at once and writes
//! the address a moment later, once the frame showing the change is painted. Writing it is a
//! `history.pushState` (1–2.5 ms in Chromium) and a new location, which renders the whole app
//! again; out of the click's way, the rate moves in the frame after the click. Back and forward
//! still step through every change the reader paused on; quicker changes make one entry.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long after a change its address is written: longer than a frame at 60 Hz (16.7 ms) with
/// its painting, and far shorter than a reader could act on the address (the explorer's "copy
/// link" spells out what is shown, not the address).
const WRITE_AFTER_MS: u32 = 50;

/// The state to show (the reader's latest change, until the address has it; then the
/// address's), and the callback that makes a change. `navigate` writes the address.
#[hook]
pub fn use_address_after_frame<T>(from_address: T, navigate: Callback<T>) -> (T, Callback<T>)
where
    T: Clone + 'static,
{
    let changed = use_state(|| None::<T>);
    // The scheduled write. A new change replaces it, which cancels it (so quick changes make one
    // entry); leaving the page drops it, which cancels it too. It is never replaced from inside
    // its own callback.
    let write = use_mut_ref(|| None::<Timeout>);
    let on_change = {
        let changed = changed.clone();
        Callback::from(move |next: T| {
            changed.set(Some(next.clone()));
            let (changed, navigate) = (changed.clone(), navigate.clone());
            let timeout = Timeout::new(WRITE_AFTER_MS, move || {
                navigate.emit(next);
                changed.set(None);
            });
            write.borrow_mut().replace(timeout);
        })
    };
    ((*changed).clone().unwrap_or(from_address), on_change)
}
