//! Sources & method (`sources/`). The page's code is a wasm chunk of its own (`sources_page`,
//! entered through [`page_view`]): every other page starts without it, and its first paint is the
//! page's own file, rendered at build time. The app opens the chunk before its first render when the
//! page is opened directly (src/main.rs), and behind [`SourcesGate`] when a reader moves to it.

pub mod data_table;
pub mod page;

use std::cell::RefCell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::i18n::Key;
use crate::view::common::chunk_page::use_chunk_page;
use crate::view::shell::context::use_texts;

thread_local! {
    /// The page, once its chunk was opened before the app's first render ([`open`]).
    static OPENED: RefCell<Option<Result<Html, SplitLoaderError>>> = const { RefCell::new(None) };
}

#[wasm_split(sources_page, fallible)]
fn page_view() -> Result<Html, SplitLoaderError> {
    Ok(html! { <page::SourcesPage /> })
}

/// Opens the page's chunk before the app first renders `sources/`, so that the gate shows the page
/// at once, as its file does.
pub async fn open() {
    let page = page_view().await;
    OPENED.with(|opened| opened.replace(Some(page)));
}

/// The page if its chunk is open. On the host, where the split is a plain call, always: the build
/// renders the page itself into its file (examples/prerender).
fn opened() -> Option<Result<Html, SplitLoaderError>> {
    if cfg!(not(target_arch = "wasm32")) {
        return Some(Ok(html! { <page::SourcesPage /> }));
    }
    OPENED.with(RefCell::take)
}

/// Shows the page once its chunk is there; says so if it cannot load.
#[function_component(SourcesGate)]
pub fn sources_gate() -> Html {
    let t = use_texts();
    let page = use_chunk_page(opened, || Box::pin(page_view()));
    match &page {
        Some(Ok(view)) => view.clone(),
        Some(Err(_)) => html! {
            <p class="notice" role="alert" data-testid="content-failed">{ t.get(Key::ContentReasonCode) }</p>
        },
        None => html! {
            <div class="content-status" role="status" data-testid="content-loading">
                <h1>{ t.get(Key::ContentLoading) }</h1>
            </div>
        },
    }
}
