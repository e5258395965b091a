//! Entry point for the browser: mounts the app in the reader's language.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cornered::view::shell::{content_gate, language, mount, site};

    // The page's file already shows the page, rendered at build time (scripts/build.mjs). What the
    // page needs beyond the wasm (its texts, their code, the quotes it prints) is fetched first, so
    // that the app's first render is that same page, not a status line between two copies of it.
    wasm_bindgen_futures::spawn_local(async {
        content_gate::prepare(&site::current_route()).await;
        // Decoding the texts and the first render: a task each (view/shell/mount.rs).
        gloo::timers::future::TimeoutFuture::new(0).await;
        mount::mount(language::initial(), site::addressing());
    });
}

/// The app runs only in the browser; natively, `cargo test` exercises the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
