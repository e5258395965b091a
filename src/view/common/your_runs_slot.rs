//! Where the explorer's chart finds the reader's own runs. They are loaded and drawn by the
//! content pages' chunk (`view/content/your_runs`); the chart, in the main module, must not import
//! that chunk's modules (the chunk rule, and an import cycle through the story's chart), so the
//! chunk's renderer is installed here when the chunk opens, and until then there is nothing to draw.

use std::cell::Cell;

use yew::Html;

use crate::i18n::Texts;
use model::link::ExplorerState;

/// Renders the reader's runs for the explorer's condition (nothing if none were loaded).
pub type YourRunsBars = fn(Texts, &ExplorerState) -> Html;

thread_local! {
    static BARS: Cell<Option<YourRunsBars>> = const { Cell::new(None) };
}

/// Called once the content pages' chunk is open, with its renderer.
pub fn install(bars: YourRunsBars) {
    BARS.with(|cell| cell.set(Some(bars)));
}

/// The reader's runs for `state`'s condition, or nothing.
pub fn bars(t: Texts, state: &ExplorerState) -> Html {
    BARS.with(Cell::get)
        .map_or_else(Html::default, |bars| bars(t, state))
}
