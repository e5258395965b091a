//! The classroom page's link to the one-file edition, which a teacher copies to a USB stick.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::PageKey;
use crate::view::hooks::online::use_online;
use crate::view::shell::context::use_texts;
use crate::view::shell::site::{addressing, Addressing};

/// The one-file edition's name, as scripts/build.mjs (`ONE_FILE`) writes it at the site's root.
const ONE_FILE: &str = "cornered-classroom.html";

#[function_component(OneFileDownload)]
pub fn one_file_download() -> Html {
    let t = use_texts();
    // The one-file edition does not offer itself: it is that file, and the site's copy the link
    // names is not beside it (over file://, nothing is). Known before the first render, so the link
    // does not appear later and push the page down. (Never the one file when rendered to HTML at
    // build time, where there is no document to ask.)
    let one_file_edition =
        use_state(|| cfg!(target_arch = "wasm32") && matches!(addressing(), Addressing::Hash));
    // The one-file edition sits at the site's root, not beside this page (`classroom/`): written
    // from the root here, and relative to each file by the build (scripts/build.mjs, `writePages`).
    let navigator = use_navigator();
    let base = navigator
        .as_ref()
        .and_then(|n| n.basename())
        .unwrap_or_default();
    // Offline, the download fails unless the browser's own cache still holds the file: the service
    // worker leaves it out (scripts/build.mjs, `writeServiceWorker`), as it would double what every
    // visit stores.
    let online = use_online();
    if *one_file_edition {
        return Html::default();
    }
    html! {
        <p class="offline-copy">
            <a href={format!("{base}/{ONE_FILE}")} download={ONE_FILE} data-testid="download-one-file">
                { t.page(PageKey::ClassroomOneFile) }
            </a>
            <span class="small">{ " " }{ t.page(PageKey::ClassroomOneFileHint) }</span>
            <span class="small" role="status" data-testid="download-offline">
                // A sentence after the hint's: the empty first one stands for the hint, so that
                // `sentences` puts between them the space English wants and Chinese does not.
                if !online { { t.sentences(&["", t.page(PageKey::ClassroomOneFileOffline)]) } }
            </span>
        </p>
    }
}
