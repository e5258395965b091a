//! The app's addresses. A leaf: it names no view, so every view may import it and none is
//! imported back.
//!
//! Each path ends with a slash: the site is one folder per page (`story/index.html`), which any
//! static host serves at `story/` without a redirect. The router ignores a last slash when it
//! matches, so `#/story`, the one-file edition's and the older links' form, finds the same page
//! (src/view/shell/site.rs).

use model::link::{EXPLORER_VIEW_KEYS, STEP_KEY};
use yew_router::prelude::*;

/// A page of the app.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    /// The story's first step.
    #[at("/story/")]
    Story,
    /// One of the story's later steps, a file of its own on the site (`story/2/`), so that a
    /// shared link to it has its words on the first paint (`Route::story_step`).
    #[at("/story/:step/")]
    StoryStep { step: usize },
    #[at("/explore/")]
    Explore,
    #[at("/sources/")]
    Sources,
    #[at("/transcripts/")]
    Transcripts,
    #[at("/transcripts/:id/")]
    Transcript { id: String },
    #[at("/myths/")]
    Myths,
    #[at("/classroom/")]
    Classroom,
    #[at("/classroom/handout/")]
    Handout,
    /// What happened after the study (`data/since.toml`).
    #[at("/since/")]
    Since,
    /// A reader's own replication runs beside the study's.
    #[at("/your-runs/")]
    YourRuns,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// Whether the page shows the content file's texts, so that its code is in the content
    /// pages' chunk (`view/content`) and it opens through the content gate. The one list of
    /// those pages: `static/start.js` preloads their files for the same paths (tested).
    pub fn shows_content(&self) -> bool {
        matches!(
            self,
            Route::Story
                | Route::StoryStep { .. }
                | Route::Transcripts
                | Route::Transcript { .. }
                | Route::Myths
                | Route::Classroom
                | Route::Handout
                | Route::Since
                | Route::YourRuns
        )
    }

    /// The keys of its address the page reads to choose what it shows: the explorer's condition
    /// and model, a run's class step, the story's older step (`story/?step=3`). Any other key
    /// leaves the page as its file shows it (static/first-paint.js, by the file's `data-view-keys`).
    pub fn view_keys(&self) -> &'static [&'static str] {
        match self {
            Route::Explore => &EXPLORER_VIEW_KEYS,
            Route::Story | Route::Transcript { .. } => &[STEP_KEY],
            _ => &[],
        }
    }

    /// The story's page at `step` (counted from 1): the first step is the story's own address.
    pub fn story_step(step: usize) -> Route {
        match step {
            0 | 1 => Route::Story,
            step => Route::StoryStep { step },
        }
    }

    /// Whether the page prints what the evidence file holds as soon as it opens, so that it needs
    /// that file at once (`static/start.js` preloads it for the same pages): the runs' index (its
    /// excerpts), the handout (its notes), what happened next (the sources' words) and the sources
    /// page (the ledger's list of sources).
    pub fn prints_quotes(&self) -> bool {
        matches!(
            self,
            Route::Transcripts | Route::Handout | Route::Since | Route::Sources
        )
    }
}
