//! Entry point for the browser: picks the first language and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cornered::components::app::{App, AppProps};
    use cornered::model::types::Lang;
    use gloo::storage::{LocalStorage, Storage};
    use std::str::FromStr;

    const LANG_KEY: &str = "cornered.lang";

    // A remembered choice wins over the browser's language; a corrupt stored value is ignored.
    let stored = LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|value| Lang::from_str(&value).ok());
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_browser_tag(&tag));
    let initial_lang = stored.or(browser).unwrap_or(Lang::En);

    let on_lang_change = yew::Callback::from(|lang: Lang| {
        let _ = LocalStorage::set(LANG_KEY, cornered::model::types::Vocabulary::id(lang));
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.html_tag());
        }
    });

    yew::Renderer::<App>::with_props(AppProps {
        initial_lang,
        on_lang_change,
    })
    .render();
}

/// The app runs only in the browser; natively, `cargo test` exercises the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
