//! Renders the site's pages to HTML natively, with Yew's server renderer, for the build driver
//! (scripts/build.mjs, `prerenderPages`), which writes one file per page around them.
//! `cargo run --example prerender` prints a JSON list: for each page its path, and per language
//! its title and HTML. `cargo run --example prerender -- PATH [en|zh]` prints one page's HTML.

mod pages;

use model::types::Lang;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    if let Some(path) = args.next() {
        let lang = if args.next().as_deref() == Some("zh") {
            Lang::Zh
        } else {
            Lang::En
        };
        println!("{}", pages::render(&path, lang).await);
        return;
    }
    let mut all = Vec::new();
    for path in pages::paths() {
        let mut page = serde_json::Map::new();
        page.insert("path".into(), path.clone().into());
        for (name, lang) in [("en", Lang::En), ("zh", Lang::Zh)] {
            page.insert(
                name.into(),
                serde_json::json!({
                    "title": pages::title(&path, lang),
                    "html": pages::render(&path, lang).await,
                }),
            );
        }
        all.push(serde_json::Value::Object(page));
    }
    println!("{}", serde_json::Value::Array(all));
}
