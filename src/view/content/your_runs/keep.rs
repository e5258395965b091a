//! "Keep for this browser" and "Forget": the reader's counts, never their files, in this browser's
//! local storage, and only when they ask. Writing and reading the copy is done in the parsers'
//! chunk (`reading.rs`), which holds the JSON code.

use super::reading;
use model::runs::tally::Tally;

const STORAGE_KEY: &str = "cornered-your-runs";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether a copy is kept in this browser.
pub fn is_kept() -> bool {
    storage().is_some_and(|s| matches!(s.get_item(STORAGE_KEY), Ok(Some(_))))
}

/// Stores the counts and problems of `tally`; false if the browser refused (private mode, full).
pub async fn keep(tally: &Tally) -> bool {
    let Ok(text) = reading::keep_text(tally.counts_only()).await else {
        return false;
    };
    storage().is_some_and(|s| s.set_item(STORAGE_KEY, &text).is_ok())
}

pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// The kept copy, if there is one; an error if it cannot be read (it is then forgotten, so a
/// damaged copy does not come back at every visit).
pub async fn restore() -> Option<Result<Tally, String>> {
    let text = storage()?.get_item(STORAGE_KEY).ok()??;
    let restored = match reading::restore(text).await {
        Ok(read) => read,
        Err(_) => return None,
    };
    if restored.is_err() {
        forget();
    }
    Some(restored)
}
