//! Where the app is served from, which decides how its addresses look.
//!
//! The site is one HTML file per page (`explore/index.html`, …, written by scripts/build.mjs with
//! the page already rendered), so each page has an address a chat can preview and a static host can
//! serve without rewrites. Each file says how far it is from the site's root (`data-root` on
//! `<html>`, e.g. `../`), because the page's security policy forbids a `<base>` and the site may
//! live in any folder. The app then routes by path under that root. The one-file edition has no
//! root: it is one document opened over file://, so it routes by hash (`#/explore`), as every
//! address did before; those links still work on the site (static/first-paint.js forwards them).

use yew_router::Routable;

use crate::routes::Route;

/// How the app's addresses are written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addressing {
    /// One file per page under the site's root: `{base}/explore/?…`. `base` is the root's path
    /// without its last slash (empty when the site is at the host's root).
    Paths { base: String },
    /// The one-file edition: `#/explore?…`.
    Hash,
}

/// Read from this document: its `data-root`, resolved against its address.
pub fn addressing() -> Addressing {
    match root() {
        Some(root) => Addressing::Paths {
            base: root.trim_end_matches('/').to_string(),
        },
        None => Addressing::Hash,
    }
}

/// A file of the site (the content file, the evidence file), as this page must ask for it.
pub fn file_url(name: &str) -> String {
    format!("{}{name}", root().unwrap_or_default())
}

/// The absolute address of a page of the app, `path` being the route's path and query
/// (`/explore/?model=…`): what a reader copies to share it.
pub fn shareable(path_and_query: &str) -> Option<String> {
    let location = gloo::utils::document().location()?;
    Some(match addressing() {
        Addressing::Paths { base } => format!("{}{base}{path_and_query}", location.origin().ok()?),
        Addressing::Hash => {
            let page = location.href().ok()?;
            format!(
                "{}#{path_and_query}",
                page.split('#').next().unwrap_or_default()
            )
        }
    })
}

/// The page this address shows, read before the router starts (src/main.rs). Only the site's
/// files are rendered at build time; the one-file edition has nothing to prepare for.
pub fn current_route() -> Route {
    let Addressing::Paths { base } = addressing() else {
        return Route::Home;
    };
    let path = gloo::utils::document()
        .location()
        .and_then(|location| location.pathname().ok())
        .unwrap_or_default();
    let path = path.strip_prefix(&base).unwrap_or(&path);
    Route::recognize(if path.is_empty() { "/" } else { path }).unwrap_or(Route::NotFound)
}

/// The path of the site's root (`/cornered/`), or none in the one-file edition. Resolved once, from
/// the address the file was loaded at: `data-root` is relative to the file, and the address
/// changes as the reader moves between pages inside the app.
fn root() -> Option<String> {
    thread_local! {
        static ROOT: Option<String> = resolve_root();
    }
    ROOT.with(Clone::clone)
}

fn resolve_root() -> Option<String> {
    let document = gloo::utils::document();
    let relative = document.document_element()?.get_attribute("data-root")?;
    let page = document.location()?.href().ok()?;
    Some(
        web_sys::Url::new_with_base(&relative, &page)
            .ok()?
            .pathname(),
    )
}
