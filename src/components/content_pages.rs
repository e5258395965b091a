//! The pages that show the content file's texts, compiled into a wasm chunk of their own.
//!
//! Why: these six pages and what only they use are about a fifth of the app's code, and a reader
//! who opens the numbers never sees them. `#[wasm_split]` marks [`load_page_views`] as the one way
//! into that code; after the build, `wasm-split-cli` (scripts/post-build.mjs) moves everything
//! reachable only from it into its own `.wasm`, which the browser fetches the first time a
//! [`ContentGate`](super::content_gate::ContentGate) asks for it, beside the content file. On the
//! host (tests, SSR) the call is direct.

use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use super::classroom::ClassroomPage;
use super::handout::HandoutPage;
use super::myths::MythsPage;
use super::story::StoryPage;
use super::transcript_index::TranscriptIndex;
use super::transcript_view::TranscriptView;

/// A page behind the content gate.
#[derive(Clone, PartialEq, Debug)]
pub enum ContentPage {
    Story,
    Myths,
    Classroom,
    Handout,
    Transcripts,
    Transcript(String),
}

/// Renders a [`ContentPage`]; its code lives in the chunk.
pub type PageView = fn(&ContentPage) -> Html;

thread_local! {
    /// Set once the chunk is in, so later pages render at once.
    static LOADED: Cell<Option<PageView>> = const { Cell::new(None) };
}

/// The pages' renderer, if their chunk has already been loaded in this visit.
pub fn loaded() -> Option<PageView> {
    LOADED.with(Cell::get)
}

/// Fetches the pages' chunk (once per visit; a failed fetch is tried afresh next time).
pub async fn load() -> Result<PageView, SplitLoaderError> {
    let view = page_views().await?;
    LOADED.with(|cell| cell.set(Some(view)));
    Ok(view)
}

#[wasm_split(content_pages, fallible)]
fn page_views() -> Result<PageView, SplitLoaderError> {
    Ok(view)
}

fn view(page: &ContentPage) -> Html {
    match page {
        ContentPage::Story => html! { <StoryPage /> },
        ContentPage::Myths => html! { <MythsPage /> },
        ContentPage::Classroom => html! { <ClassroomPage /> },
        ContentPage::Handout => html! { <HandoutPage /> },
        ContentPage::Transcripts => html! { <TranscriptIndex /> },
        ContentPage::Transcript(id) => html! { <TranscriptView id={id.clone()} /> },
    }
}
