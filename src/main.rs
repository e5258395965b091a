//! Entry point for the browser: picks the first language and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cornered::view::shell::app::{App, AppProps};
    use model::types::Lang;
    use std::str::FromStr;

    const LANG_KEY: &str = "cornered.lang";

    // Plain web-sys rather than gloo's storage: the value is a bare id, and gloo would bring a
    // JSON parser into the wasm just to store it. Storage can be missing or refuse (private modes).
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window().and_then(|w| w.local_storage().ok().flatten())
    }

    // A remembered choice wins over the browser's language; a corrupt stored value is ignored.
    // Earlier versions stored the id as JSON ("\"zh\""), hence the quotes are trimmed.
    let stored = storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|value| Lang::from_str(value.trim_matches('"')).ok());
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_browser_tag(&tag));
    let initial_lang = stored.or(browser).unwrap_or(Lang::En);

    let on_lang_change = yew::Callback::from(|lang: Lang| {
        if let Some(storage) = storage() {
            let _ = storage.set_item(LANG_KEY, model::types::Vocabulary::id(lang));
        }
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.html_tag());
        }
    });

    yew::Renderer::<App>::with_props(AppProps {
        initial_lang,
        on_lang_change,
    })
    .render();
    // The page's "Loading…" line (index.html) has done its job.
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// The app runs only in the browser; natively, `cargo test` exercises the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
