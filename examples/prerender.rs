//! Renders pages of the app to HTML natively, with Yew's server renderer (issue 15, first step):
//! `cargo run --example prerender -- PATH [en|zh]` prints the HTML the app renders at PATH.
//! The evidence file is not installed: the browser fetches it only when a reader opens "Why we say
//! this", so the first paint has none.

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
    let html = LocalServerRenderer::<StaticApp>::with_props(StaticAppProps {
        lang,
        path: path.into(),
    })
    .hydratable(false)
    .render()
    .await;
    println!("{html}");
}
