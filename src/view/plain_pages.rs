//! The home page and the sources page, whose code is a wasm chunk of its own (`plain_pages`,
//! entered through [`renderer`]): neither needs the content file, and the explorer, which every
//! shared link of numbers opens, starts without them. Their first paint is the page's own file,
//! rendered at build time; the app opens the chunk before its first render when one of them is
//! opened directly (src/main.rs, start.js preloads it), and behind [`PlainPageGate`] when a reader
//! moves to one. Moving them here took the main module under its budget again (issue 15).

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use crate::i18n::Key;
use crate::routes::Route;
use crate::view::common::chunk_page::{use_chunk_page, ChunkPage};
use crate::view::shell::context::use_texts;

/// Renders one of these pages; its code lives in the chunk.
type PageView = fn(&Route) -> Html;

thread_local! {
    /// Set once the chunk is open. Stored on this side of the split, as `view::content` does.
    static OPENED: Cell<Option<PageView>> = const { Cell::new(None) };
}

#[wasm_split(plain_pages, fallible)]
fn renderer() -> Result<PageView, SplitLoaderError> {
    Ok(view)
}

fn view(route: &Route) -> Html {
    match route {
        Route::Home => html! { <super::home::HomePage /> },
        Route::Sources => html! { <super::sources::page::SourcesPage /> },
        _ => Html::default(),
    }
}

/// Opens the chunk (once per visit; a failed fetch is tried afresh next time).
pub async fn open() -> Result<PageView, SplitLoaderError> {
    if let Some(view) = OPENED.get() {
        return Ok(view);
    }
    let view = renderer().await?;
    OPENED.set(Some(view));
    Ok(view)
}

#[derive(Properties, PartialEq)]
pub struct PlainPageGateProps {
    /// The home page or the sources page.
    pub route: Route,
}

/// Shows the page once the chunk is there; says so if it cannot load.
#[function_component(PlainPageGate)]
pub fn plain_page_gate(props: &PlainPageGateProps) -> Html {
    let t = use_texts();
    let page = use_chunk_page(opened, || {
        Box::pin(async { open().await.map(|_| Html::default()) })
    });
    match (&page, OPENED.get()) {
        (_, Some(view)) => view(&props.route),
        (Some(Err(_)), None) => html! {
            <p class="notice" role="alert" data-testid="content-failed">{ t.get(Key::ContentReasonCode) }</p>
        },
        _ => html! {
            <div class="content-status" role="status" data-testid="content-loading">
                <h1>{ t.get(Key::ContentLoading) }</h1>
            </div>
        },
    }
}

/// Whether the chunk is open; on the host, where the split is a plain call, always (the build
/// renders these pages into their files, examples/prerender).
fn opened() -> Option<ChunkPage> {
    if cfg!(not(target_arch = "wasm32")) {
        OPENED.set(Some(view));
    }
    OPENED.get().map(|_| Ok(Html::default()))
}
