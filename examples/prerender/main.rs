//! Renders the site's pages to HTML natively, with Yew's server renderer, for the build driver
//! (scripts/build.mjs, `prerenderPages`), which writes one file per page around them.
//! `cargo run --example prerender` prints JSON: `pages`, for each page its path, the keys of its
//! address that choose its view and the values its file shows (`view_keys`, `view`), the view
//! whose chart its link preview shows if any (`preview`), and per language its title and HTML;
//! `before_start`, per language the texts a file shows before the app starts (locales/
//! `model::compile::FILE_SECTIONS`, by their names there: `loading`, `failed`, …; and `skip`, the
//! skip link's words, which the note for readers without scripts begins with).
//! `cargo run --example prerender -- PATH [en|zh]` prints one page's HTML.

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
        let (view_keys, view) = pages::view(&path);
        page.insert("view_keys".into(), view_keys.into());
        page.insert("view".into(), view.into());
        page.insert("preview".into(), pages::preview(&path).into());
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
    let texts = |lang: Lang| {
        let lang_code: &str = lang.into();
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("locales/{lang_code}.toml"));
        let all = model::compile::locale(&file).unwrap_or_else(|e| panic!("{e}"));
        let named = all
            .into_iter()
            .filter(|(key, _)| model::compile::is_file_key(key));
        let mut named: serde_json::Map<_, _> = named
            .map(|(key, text)| (key.split_once('.').unwrap().1.to_string(), text.into()))
            .collect();
        let skip = cornered::i18n::Texts(lang).get(cornered::i18n::Key::AppSkip);
        named.insert("skip".to_string(), skip.into());
        serde_json::Value::Object(named)
    };
    let before_start = serde_json::json!({ "en": texts(Lang::En), "zh": texts(Lang::Zh) });
    println!(
        "{}",
        serde_json::json!({ "pages": all, "before_start": before_start })
    );
}
