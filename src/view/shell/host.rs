//! The element the app is drawn in, and whether a reader sees it yet (view/shell/mount.rs).

/// The element the loader gives the app (`body > #app-host > .app`): static/start.js, or the
/// one-file edition's (scripts/build.mjs, `writeOneFile`).
pub const HOST_ID: &str = "app-host";

/// Whether the app is being drawn out of sight, beside the page's file that shows the same page:
/// only at its start, until start.js shows it. A page that is quick to draw can then take a few
/// tasks over it where a reader who sees it drawn would see it arrive in parts. (Never when
/// rendered natively: the page's file, the tests.)
pub fn drawn_out_of_sight() -> bool {
    cfg!(target_arch = "wasm32")
        && gloo::utils::document()
            .get_element_by_id(HOST_ID)
            .is_some_and(|host| host.has_attribute("hidden"))
}
