//! "Keep for this browser" and "Forget": the reader's counts, never their files, in this browser's
//! local storage, and only when they ask.

use model::runs::summary;
use model::runs::tally::Tally;

const STORAGE_KEY: &str = "cornered-your-runs";

/// This browser's storage; none when the build renders the page (examples/prerender), which
/// shows the page as a first visit does.
fn storage() -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

/// Whether a copy is kept in this browser.
pub fn is_kept() -> bool {
    storage().is_some_and(|s| matches!(s.get_item(STORAGE_KEY), Ok(Some(_))))
}

/// Stores the counts and problems of `tally`; false if the browser refused (private mode, full).
pub fn keep(tally: &Tally) -> bool {
    let text = summary::keep(tally);
    storage().is_some_and(|s| s.set_item(STORAGE_KEY, &text).is_ok())
}

pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// The kept copy, if there is one; an error if it cannot be read (it is then forgotten, so a
/// damaged copy does not come back at every visit).
pub fn restore() -> Option<Result<Tally, String>> {
    let text = storage()?.get_item(STORAGE_KEY).ok()??;
    let restored = summary::restore(&text);
    if restored.is_err() {
        forget();
    }
    Some(restored)
}
