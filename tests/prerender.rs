//! Every page renders natively with its own words, as the build renders it into the page's file
//! (`examples/prerender`, whose page list and renderer this test shares): the shell at the page's
//! address, the content pages opened with the built content file, the quotes' file for the pages
//! that print quotes at once. Never the loading status: the browser opens what a page needs before
//! the app's first render (src/main.rs), so that render is this one.

#[path = "../examples/prerender/pages.rs"]
mod pages;

use cornered::bundled;
use model::link::ExplorerState;
use model::types::{Lang, Variant};

/// The text of the page's first `<h1>` inside `<main>`.
fn main_heading(html: &str) -> Option<&str> {
    let main = &html[html.find("<main")?..];
    let h1 = &main[main.find("<h1")?..];
    let text = &h1[h1.find('>')? + 1..];
    Some(&text[..text.find('<')?])
}

#[tokio::test]
async fn every_page_renders_with_its_own_words_in_both_languages() {
    let paths = pages::paths();
    assert!(paths.len() >= 17, "every route, a page per run: {paths:?}");
    // In the pages' order, both languages of each: those that print quotes come last, because the
    // quotes' file, once installed, stays (pages.rs). One test, so that no other renders between.
    let mut headings = [Vec::new(), Vec::new()];
    for path in &paths {
        for (i, lang) in [Lang::En, Lang::Zh].into_iter().enumerate() {
            let html = pages::render(path, lang).await;
            for status in ["content-loading", "content-failed"] {
                assert!(
                    !html.contains(&format!(r#"data-testid="{status}""#)),
                    "{path} {lang:?} rendered its {status} status"
                );
            }
            let heading = main_heading(&html)
                .unwrap_or_else(|| panic!("{path} {lang:?}: no heading in <main>"));
            assert!(!heading.trim().is_empty(), "{path} {lang:?}: empty heading");
            assert!(
                !pages::title(path, lang).is_empty(),
                "{path} {lang:?}: a title"
            );
            if path == "/classroom/handout/" {
                assert!(
                    html.contains("<blockquote"),
                    "the handout prints its quotes"
                );
            }
            headings[i].push(heading.to_string());
        }
    }
    for headings in headings {
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

#[test]
fn a_page_s_file_names_the_keys_that_ask_for_another_view_and_the_values_it_shows() {
    // static/first-paint.js shows a page's file for an address whose view keys all have the
    // values the file shows: read back as the app reads a link, they are its first view.
    let (keys, own) = pages::view("/explore/");
    assert_eq!(keys, "scenario goal urgency variant model");
    let read = model::link::ParsedLink::parse(&own, |_| true);
    assert_eq!(read.problems, []);
    assert_eq!(read.state, model::link::ExplorerState::default(), "{own}");
    let none = (String::new(), String::new());
    assert_eq!(
        pages::view("/transcripts/blackmail-harmful/"),
        ("step".to_string(), String::new()),
        "any step is another view of a run"
    );
    assert_eq!(pages::view("/story/2/"), none, "a later step reads no key");
    assert_eq!(pages::view("/myths/"), none);
}

#[test]
fn a_page_names_the_view_its_link_preview_shows() {
    let content = bundled::CONTENT.built();
    let data = bundled::dataset();
    // Each story step: its chart's view; "Is this a test?" has no chart, so no view.
    for (i, step) in content.content.story.iter().enumerate() {
        let path = match i {
            0 => "/story/".to_string(),
            i => format!("/story/{}/", i + 1),
        };
        let view = data.parse_link(&step.explore).state;
        let expected =
            (view.condition.variant != Variant::EvalNotice).then(|| view.to_query(Lang::En));
        assert_eq!(pages::preview(&path), expected, "{path}");
    }
    // Each run: its own condition, whatever the step a link names.
    for t in &content.library.transcripts {
        let path = format!("/transcripts/{}/", t.id);
        let view = data
            .parse_link(&pages::preview(&path).expect("a run has a chart"))
            .state;
        assert_eq!(view.condition, t.condition(), "{path}");
    }
    // What the reviewers found: the threat alone (Figure 8) previewed with Figure 7's chart.
    assert_ne!(pages::preview("/story/3/"), pages::preview("/story/"));
    assert_eq!(
        pages::preview("/myths/"),
        Some(ExplorerState::default().to_query(Lang::En)),
        "a page about no one condition: the explorer's first view, which the home page shows"
    );
    assert_eq!(
        pages::preview("/explore/"),
        None,
        "the explorer's file, which a link to any of its views fetches: no number"
    );
}
