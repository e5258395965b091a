//! Entry point for the browser: mounts the app in the reader's language.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cornered::view::shell::app::{App, AppProps};
    use cornered::view::shell::{content_gate, language, site};

    // The page's file already shows the page, rendered at build time (scripts/build.mjs). What the
    // page needs beyond the wasm (its texts, their code, the quotes it prints) is fetched first, so
    // that the app's first render is that same page, not a status line between two copies of it.
    wasm_bindgen_futures::spawn_local(async {
        content_gate::prepare(&site::current_route()).await;
        yew::Renderer::<App>::with_props(AppProps {
            initial_lang: language::initial(),
            addressing: site::addressing(),
        })
        .render();
        // The page's "Loading…" line (index.html) has done its job.
        if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
            boot.remove();
        }
    });
}

/// The app runs only in the browser; natively, `cargo test` exercises the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
