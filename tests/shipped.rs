//! What this build ships is exactly what `data/` says once checked: the bundle compiled in, the
//! two files beside the wasm, and the evidence under every interface text. (The checks themselves
//! are the model's, tested in `model/tests/`.)

mod common;

use cornered::bundled;
use cornered::i18n::{evidence, has_evidence, Key};
use model::compile::{Checked, Shipped};
use model::evidence::Class;

fn shipped() -> Shipped {
    let locale = |lang: &str| {
        model::compile::locale(&common::root().join(format!("locales/{lang}.toml"))).unwrap()
    };
    let (en, zh) = (locale("en"), locale("zh"));
    let keys = || en.keys().map(String::as_str);
    let checked = Checked::read(&common::root(), keys()).unwrap_or_else(|e| panic!("{e}"));
    let page_texts = model::compile::page_texts(&en, &zh);
    checked
        .ship(keys(), page_texts)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_app_receives_exactly_the_checked_data() {
    let shipped = shipped();
    assert_eq!(bundled::dataset(), &shipped.bundle.dataset);
    assert_eq!(
        bundled::runs(),
        &shipped.bundle.runs,
        "the explorer's run index"
    );
    assert_eq!(bundled::facts(), &shipped.bundle.facts);
    assert_eq!(bundled::CONTENT.built(), &shipped.content);
    assert_eq!(bundled::EVIDENCE.built(), &shipped.evidence);
}

#[test]
fn every_interface_text_shows_exactly_the_evidence_its_rules_give_it() {
    let keys = Key::ALL.iter().map(|k| k.id());
    let checked = Checked::read(&common::root(), keys).unwrap_or_else(|e| panic!("{e}"));
    for &key in Key::ALL {
        let shown = evidence(bundled::EVIDENCE.built(), key);
        match checked.rules.classify(key.id()).unwrap() {
            Class::Label => assert!(shown.is_empty() && !has_evidence(key), "{}", key.id()),
            Class::FactBearing(items) => {
                assert_eq!(shown, items, "{}", key.id());
                assert!(has_evidence(key), "{}", key.id());
            }
        }
    }
}

#[test]
fn every_lesson_opens_a_page_of_the_app() {
    // data/classroom.toml names the page each lesson segment opens in the one-file edition's form
    // (`#/story/2/`); the classroom page links it through the router, which would show a stale or
    // mistyped address as "page not found" in class.
    use cornered::routes::Route;
    use yew_router::Routable;
    let content = bundled::CONTENT.built();
    for lesson in &content.content.classroom.lesson {
        if lesson.route.is_empty() {
            continue;
        }
        // A part of the classroom page itself: one it has.
        if !lesson.route.starts_with("#/") {
            let part = lesson.route.trim_start_matches('#');
            assert!(
                cornered::view::content::classroom::PARTS.contains(&part),
                "a lesson points to {}, which the classroom page does not have",
                lesson.route
            );
            continue;
        }
        let path = lesson.route.trim_start_matches('#');
        let path = path.split_once('?').map_or(path, |(path, _)| path);
        let route = Route::recognize(path).unwrap_or(Route::NotFound);
        assert_ne!(route, Route::NotFound, "a lesson opens {}", lesson.route);
        if let Route::StoryStep { step } = route {
            assert!(
                (2..=content.content.story.len()).contains(&step),
                "a lesson opens {}, past the story's steps",
                lesson.route
            );
        }
    }
}
