//! A page whose code is a wasm chunk of its own (the sources page, the reader's-runs page): shown
//! once the chunk is open, which it is at once when the app opened it before its first render.

use futures::future::LocalBoxFuture;
use wasm_split_helpers::SplitLoaderError;
use yew::prelude::*;

/// The page's view, or why its chunk did not load.
pub type ChunkPage = Result<Html, SplitLoaderError>;

/// The page: `opened()` if its chunk is open already, else `None` until `open()` has loaded it.
#[hook]
pub fn use_chunk_page(
    opened: fn() -> Option<ChunkPage>,
    open: fn() -> LocalBoxFuture<'static, ChunkPage>,
) -> Option<ChunkPage> {
    let page = use_state(opened);
    {
        let page = page.clone();
        use_effect_with((), move |_| {
            if page.is_none() {
                wasm_bindgen_futures::spawn_local(async move { page.set(Some(open().await)) });
            }
        });
    }
    (*page).clone()
}
