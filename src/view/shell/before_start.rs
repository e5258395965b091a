//! What a page's file says before the app has started, or in its place: the line shown while it
//! starts (`#boot`), the line that replaces it when the app cannot start (static/start.js), and the
//! note for readers without scripts (the site's pages; the one-file edition, which shows nothing
//! without them, has its own). No translation is loaded then, so the build writes them into every
//! file in both languages (scripts/build.mjs, from `examples/prerender`).

use model::types::Lang;

use crate::i18n::{Key, Texts};

/// The texts in `lang`, by the names the build knows them by.
pub fn texts(lang: Lang) -> [(&'static str, &'static str); 4] {
    let t = Texts(lang);
    [
        ("loading", t.get(Key::StartLoading)),
        ("failed", t.get(Key::StartFailed)),
        ("without_scripts", t.get(Key::StartWithoutScripts)),
        (
            "one_file_without_scripts",
            t.get(Key::StartOneFileWithoutScripts),
        ),
    ]
}
