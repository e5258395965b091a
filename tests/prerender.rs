//! Every page renders to HTML natively, with its own words, as the build's prerender step renders
//! it (`examples/prerender.rs`, issue 15): the shell at the page's address, the content pages
//! opened with the built content file. Not yet: the handout (its notes need the evidence file at
//! once) and `#/your-runs` (its own chunk, opened after a first render).

use cornered::bundled;
use cornered::view::content;
use cornered::view::shell::app::{StaticApp, StaticAppProps};
use model::types::Lang;
use yew::LocalServerRenderer;

async fn render(path: &str, lang: Lang) -> String {
    bundled::CONTENT.built();
    content::open(Vec::new())
        .await
        .expect("the content pages open");
    LocalServerRenderer::<StaticApp>::with_props(StaticAppProps {
        lang,
        path: path.to_string().into(),
    })
    .hydratable(false)
    .render()
    .await
}

/// The text of the page's first `<h1>` inside `<main>`.
fn main_heading(html: &str) -> Option<&str> {
    let main = &html[html.find("<main")?..];
    let h1 = &main[main.find("<h1")?..];
    let text = &h1[h1.find('>')? + 1..];
    Some(&text[..text.find('<')?])
}

#[tokio::test]
async fn every_page_renders_with_its_own_words_in_both_languages() {
    let paths = [
        "/",
        "/story",
        "/explore",
        "/sources",
        "/transcripts",
        "/transcripts/blackmail-harmful",
        "/myths",
        "/classroom",
        "/since",
    ];
    for lang in [Lang::En, Lang::Zh] {
        let mut headings = Vec::new();
        for path in paths {
            let html = render(path, lang).await;
            assert!(
                !html.contains(r#"data-testid="content-loading""#),
                "{path} {lang:?} rendered its loading status"
            );
            let heading = main_heading(&html)
                .unwrap_or_else(|| panic!("{path} {lang:?}: no heading in <main>"));
            assert!(!heading.trim().is_empty(), "{path} {lang:?}: empty heading");
            headings.push(heading.to_string());
        }
        let mut distinct = headings.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            paths.len(),
            "one heading per page: {headings:?}"
        );
    }
}
