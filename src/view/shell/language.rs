//! The reader's language, in one place: where the first one comes from (a remembered choice, else
//! the browser's), how a choice is remembered, and how the shell settles it on every render (a
//! `lang=` in the link wins, so a shared link opens as its sender saw it).

use std::str::FromStr;

use yew::prelude::*;

use crate::state::{Action, AppState};
use model::types::{Lang, Vocabulary};

const STORAGE_KEY: &str = "cornered.lang";

// Plain web-sys rather than gloo's storage: the value is a bare id, and gloo would bring a JSON
// parser into the wasm just to store it. Storage can be missing or refuse (private modes).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language to start in: a remembered choice wins over the browser's language; a corrupt
/// stored value is ignored. (Earlier versions stored the id as JSON, `"zh"`, hence the quotes
/// are trimmed.) Browser only.
pub fn initial() -> Lang {
    let stored = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|value| Lang::from_str(value.trim_matches('"')).ok());
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_browser_tag(&tag));
    stored.or(browser).unwrap_or(Lang::En)
}

/// Remembers the language for the next visit and tells the page (`<html lang>`).
fn remember(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.id());
    }
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.html_tag());
    }
}

/// The language of this render: the link's `lang=` if it names one, else the reader's choice
/// held in the app state. The state catches up with the link in an effect, so a shared link
/// never flashes in the other language and the choice survives moving to a page whose link
/// names none.
#[hook]
pub fn use_settled_lang(link_lang: Option<Lang>, state: &UseReducerHandle<AppState>) -> Lang {
    let lang = link_lang.unwrap_or(state.lang);
    {
        let dispatch = state.dispatcher();
        use_effect_with(link_lang, move |lang| {
            if let Some(lang) = *lang {
                dispatch.dispatch(Action::SetLang(lang));
            }
        });
    }
    use_effect_with(lang, |lang| remember(*lang));
    lang
}
