//! The loaded content file, as the content gate hands it to the pages in this chunk.

use yew::prelude::*;

use crate::view::shell::context::Shared;
use model::bundle::ContentFile;

/// The loaded texts, given to the pages inside a content gate.
pub type Loaded = Shared<ContentFile>;

/// The texts, for a component rendered inside the content gate.
#[hook]
pub fn use_content() -> &'static ContentFile {
    use_context::<Loaded>()
        .expect("pages that show runs, story, myths or classroom texts are inside a ContentGate")
        .0
}
