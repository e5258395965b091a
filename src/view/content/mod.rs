//! The pages that show the content file's texts, compiled into a wasm chunk of their own.
//!
//! Why: these six pages and what only they use are about a fifth of the app's code, and a reader
//! who opens the numbers never sees them. `#[wasm_split]` marks [`load_page_views`] as the one way
//! into that code; after the build, `wasm-split-cli` (scripts/build.mjs) moves everything
//! reachable only from it into its own `.wasm`, which the browser fetches the first time a
//! [`ContentGate`](crate::view::shell::content_gate::ContentGate) asks for it, beside the content file. On the
//! host (tests, SSR) the call is direct.

pub mod classroom;
pub mod excerpt_list;
pub mod handout;
mod loaded;
pub mod myths;
pub mod one_file_download;
pub mod predict;
pub mod projector_switch;
pub mod quiz;
pub mod rich_text;
pub mod since;
pub mod stepper;
pub mod story;
pub mod transcript_index;
pub mod transcript_view;
pub mod your_runs;

use crate::bundled;
use std::cell::Cell;

use wasm_split_helpers::{wasm_split, SplitLoaderError};
use yew::prelude::*;

use model::bundle::ContentFile;

use crate::routes::Route;
use crate::view::common::your_runs_slot::{self, YourRunsBars};
pub use loaded::{use_content, Loaded};

use classroom::ClassroomPage;
use handout::HandoutPage;
use myths::MythsPage;
use since::SincePage;
use story::StoryPage;
use transcript_index::TranscriptIndex;
use transcript_view::TranscriptView;
use your_runs::YourRunsGate;

/// Renders a page that [shows content](Route::shows_content); its code lives in the chunk.
pub type PageView = fn(&Route) -> Html;

/// What the chunk hands over once open.
type Opened = (&'static ContentFile, PageView, YourRunsBars);

/// Why the pages could not open.
#[derive(Debug)]
pub enum OpenError {
    /// Their chunk did not load.
    Unavailable,
    /// The content file did not decode.
    Damaged,
}

impl From<SplitLoaderError> for OpenError {
    fn from(_: SplitLoaderError) -> Self {
        OpenError::Unavailable
    }
}

thread_local! {
    /// Set once the pages are open, so later pages render at once.
    static OPENED: Cell<Option<(&'static ContentFile, PageView)>> = const { Cell::new(None) };
}

/// The texts and the pages' renderer, if they were opened earlier in this visit.
pub fn opened() -> Option<(&'static ContentFile, PageView)> {
    OPENED.with(Cell::get)
}

/// Fetches the pages' chunk, so that it can arrive beside the content file (once per visit; a
/// failed fetch is tried afresh next time).
pub async fn preload() -> Result<(), SplitLoaderError> {
    fetch_chunk().await
}

/// Decodes the content file and gives the pages' renderer, fetching their chunk first unless
/// [`preload`] already has.
pub async fn open(bytes: Vec<u8>) -> Result<(&'static ContentFile, PageView), OpenError> {
    let opened = decode_in_chunk(bytes).await?;
    let (file, view, bars) = opened;
    // The explorer draws the reader's runs through this (runs are loaded on `#/your-runs`, one
    // of these pages), so it never fetches the chunk for them.
    your_runs_slot::install(bars);
    // Stored on this side of the split on purpose: when the chunk stored it, link-time
    // optimisation saw the one value ever stored and compiled it into the main module's reads,
    // which pulled every page back into the main module (a 6 KB chunk instead of 47 KB).
    OPENED.with(|cell| cell.set(Some((file, view))));
    Ok((file, view))
}

/// Opens the reader's-runs page's own chunk (after [`open`]), before the app's first render.
pub async fn open_runs_reader() {
    your_runs::open_reader().await;
}

/// Only the pages need the decoder, so it is in their chunk too.
#[wasm_split(content_pages, fallible, preload(fetch_chunk))]
fn decode_in_chunk(bytes: Vec<u8>) -> Result<Opened, OpenError> {
    let file = bundled::CONTENT
        .install(&bytes)
        .map_err(|_| OpenError::Damaged)?;
    Ok((file, view, your_runs::explorer_bars::bars))
}

fn view(route: &Route) -> Html {
    match route {
        // One component for every step (the page's guesses live through a step change).
        Route::Story => html! { <StoryPage /> },
        Route::StoryStep { step } => html! { <StoryPage step={*step} /> },
        Route::Myths => html! { <MythsPage /> },
        Route::Classroom => html! { <ClassroomPage /> },
        Route::Handout => html! { <HandoutPage /> },
        Route::Transcripts => html! { <TranscriptIndex /> },
        Route::Transcript { id } => html! { <TranscriptView id={id.clone()} /> },
        Route::Since => html! { <SincePage /> },
        Route::YourRuns => html! { <YourRunsGate /> },
        // The gate opens only pages that show content (`Route::shows_content`).
        _ => Html::default(),
    }
}
