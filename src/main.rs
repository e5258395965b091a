//! Entry point for the browser: mounts the app in the reader's language.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cornered::view::shell::app::{App, AppProps};
    use cornered::view::shell::language;

    yew::Renderer::<App>::with_props(AppProps {
        initial_lang: language::initial(),
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
