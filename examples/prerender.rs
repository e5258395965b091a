//! Renders pages of the app to HTML natively, with Yew's server renderer (issue 15, first step):
//! `cargo run --example prerender -- PATH [en|zh]` prints the HTML the app renders at PATH.
//! The content pages are opened with this build's content file, as the browser opens them once it
//! has fetched it. The evidence file is not installed: the browser fetches it only when a reader
//! opens "Why we say this", so the first paint has none.

use cornered::bundled;
use cornered::view::content;
use cornered::view::shell::app::{StaticApp, StaticAppProps};
use model::types::Lang;
use yew::LocalServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "/".into());
    let lang = match args.next().as_deref() {
        Some("zh") => Lang::Zh,
        _ => Lang::En,
    };
    // Installed from the built copy; `open` then finds it installed and opens the pages.
    bundled::CONTENT.built();
    content::open(Vec::new())
        .await
        .expect("the content pages open natively");
    let html = LocalServerRenderer::<StaticApp>::with_props(StaticAppProps {
        lang,
        path: path.into(),
    })
    .hydratable(false)
    .render()
    .await;
    println!("{html}");
}
