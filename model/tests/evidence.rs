//! The evidence ledger: every quote is the source's own words as the notes record them, every
//! fact-bearing text carries evidence that resolves, and a new text without evidence fails.

mod common;

use model::content::Content;
use model::evidence::{unwrapped, Item, Ledger, Rules, STUDY_NOTES};
use serde_json::Value;

/// The two files of `data/sources/`, compiled into the tests so that they are always the ones the
/// build read.
const QUOTES_TOML: &str = include_str!("../../data/sources/quotes.toml");
const EVIDENCE_TOML: &str = include_str!("../../data/sources/evidence.toml");

/// A TOML file as JSON, as `build.rs` reads it.
fn toml_as_json(text: &str) -> String {
    let table: toml::Table = text.parse().unwrap();
    serde_json::to_string(&table).unwrap()
}

fn quotes_json() -> Value {
    serde_json::from_str(&toml_as_json(QUOTES_TOML)).unwrap()
}

fn rules() -> Rules {
    Rules::parse(&toml_as_json(EVIDENCE_TOML)).unwrap()
}

/// The ledger as the app receives it, in the evidence file.
fn ledger() -> &'static Ledger {
    common::ledger()
}

#[test]
fn every_quote_is_found_character_for_character_in_the_project_s_copy_of_the_notes() {
    let notes = unwrapped(STUDY_NOTES);
    let ledger = ledger();
    assert!(ledger.quotes.len() >= 50, "{} quotes", ledger.quotes.len());
    for quote in &ledger.quotes {
        assert!(
            notes.contains(&quote.text),
            "quote '{}' is not in data/study-notes.md: {}",
            quote.id,
            quote.text
        );
        assert!(ledger.source(&quote.source).is_some(), "{}", quote.id);
    }
    assert_eq!(
        &Ledger::parse(&toml_as_json(QUOTES_TOML), STUDY_NOTES).unwrap(),
        ledger,
        "the app receives the ledger as the file says"
    );
}

#[test]
fn a_quote_changed_by_one_character_is_rejected() {
    let mut file = quotes_json();
    let text = file["quote"][0]["text"]
        .as_str()
        .unwrap()
        .replacen('a', "e", 1);
    file["quote"][0]["text"] = text.into();
    let error = Ledger::parse(&file.to_string(), STUDY_NOTES).unwrap_err().0;
    assert!(error.contains("character for character"), "{error}");
    assert!(error.contains("data/sources/quotes.toml"), "{error}");
}

#[test]
fn a_quote_of_an_unknown_source_or_a_repeated_id_is_rejected() {
    let mut file = quotes_json();
    file["quote"][0]["source"] = "S9".into();
    let error = Ledger::parse(&file.to_string(), STUDY_NOTES).unwrap_err().0;
    assert!(error.contains("unknown source 'S9'"), "{error}");

    let mut file = quotes_json();
    let first = file["quote"][0].clone();
    file["quote"].as_array_mut().unwrap().push(first);
    let error = Ledger::parse(&file.to_string(), STUDY_NOTES).unwrap_err().0;
    assert!(error.contains("listed twice"), "{error}");
}

#[test]
fn every_page_s_facts_about_the_sources_come_from_the_notes_and_the_ledger() {
    let facts = &common::facts();
    assert!(STUDY_NOTES.contains(&format!("Sources last checked: **{}**", facts.checked)));
    assert_eq!(facts.study_year, "2025");
    assert_eq!(
        Some(&facts.notice_prompt),
        ledger().quote("s1-notice-prompt").map(|q| &q.text)
    );
}

#[test]
fn a_new_interface_text_must_be_classed_before_it_ships() {
    let rules = rules();
    let error = rules.classify("finding.new_claim").unwrap_err().0;
    assert!(
        error.contains("neither a label nor a fact-bearing text"),
        "{error}"
    );
    assert!(error.contains("data/sources/evidence.toml"), "{error}");
    let mut keys: Vec<&str> = common::interface_keys()
        .iter()
        .map(String::as_str)
        .collect();
    keys.push("finding.new_claim");
    assert!(rules
        .check_interface(keys, ledger(), common::dataset())
        .is_err());
}

/// The interface checked with one key's evidence replaced, as `build.rs` checks it.
fn check_interface_with(key: &str, items: Value) -> String {
    let mut file: Value = serde_json::from_str(&toml_as_json(EVIDENCE_TOML)).unwrap();
    file["interface"]["evidence"][key] = items;
    let rules = Rules::parse(&file.to_string()).unwrap();
    let keys = common::interface_keys().iter().map(String::as_str);
    rules
        .check_interface(keys, ledger(), common::dataset())
        .unwrap_err()
        .0
}

#[test]
fn interface_evidence_naming_an_unknown_quote_or_row_is_rejected() {
    let error = check_interface_with("caveat.blackmail", serde_json::json!(["no-such-quote"]));
    assert!(error.contains("unknown quote 'no-such-quote'"), "{error}");
    let nobody = "scenario=blackmail&goal=none&urgency=none&variant=default&model=nobody";
    let error = check_interface_with("caveat.blackmail", serde_json::json!([nobody]));
    assert!(error.contains("no published value"), "{error}");
}

/// The content blocks of a changed copy of the content files, checked as `build.rs` checks them.
fn check_content(change: impl FnOnce(&mut Value)) -> Result<(), String> {
    let library = common::library();
    let json = common::content_json_with(change);
    let content = Content::parse(&json, common::dataset(), library).map_err(|e| e.0)?;
    let mut blocks = content.blocks();
    blocks.extend(library.blocks());
    rules()
        .check_blocks(&blocks, ledger(), common::dataset())
        .map_err(|e| e.0)
}

#[test]
fn every_fact_bearing_block_of_the_shipped_content_carries_evidence_that_resolves() {
    check_content(|_| {}).unwrap_or_else(|e| panic!("{e}"));
    let content = common::content();
    let quotes_cited = content
        .story
        .iter()
        .flat_map(|s| &s.evidence)
        .filter(|i| matches!(Item::parse(i), Item::Quote(_)))
        .count();
    assert!(
        quotes_cited >= content.story.len(),
        "the story cites {quotes_cited} quotes"
    );
}

#[test]
fn a_story_step_without_evidence_fails() {
    let error = check_content(|c| {
        let step = &mut c["story"][0];
        step["evidence"] = serde_json::json!([]);
        step["body"] = serde_json::json!({ "en": "A new claim.", "zh": "一个新说法。" });
        step["title"] = serde_json::json!({ "en": "New", "zh": "新" });
        step["setup"] = serde_json::json!({ "en": "A setup.", "zh": "设定。" });
    })
    .unwrap_err();
    assert!(error.contains("story"), "{error}");
    assert!(error.contains("has no evidence"), "{error}");
}

#[test]
fn a_myth_a_question_and_a_quiz_item_without_evidence_fail() {
    for (list, field) in [
        ("myths", "explanation"),
        ("classroom.question", "note"),
        ("classroom.quiz", "explanation"),
    ] {
        let error = check_content(|c| {
            let item = match list.split_once('.') {
                Some((a, b)) => &mut c[a][b][0],
                None => &mut c[list][0],
            };
            item["evidence"] = serde_json::json!([]);
            item[field] = serde_json::json!({ "en": "Words.", "zh": "文字。" });
            for other in ["text", "question", "claim"] {
                if item.get(other).is_some() {
                    item[other] = serde_json::json!({ "en": "Words.", "zh": "文字。" });
                }
            }
            if let Some(choices) = item.get_mut("choices") {
                for choice in choices.as_array_mut().unwrap() {
                    *choice = serde_json::json!({ "en": "A choice.", "zh": "选项。" });
                }
            }
        })
        .unwrap_err();
        assert!(error.contains("has no evidence"), "{list}: {error}");
    }
}

#[test]
fn evidence_naming_an_unknown_quote_fails() {
    let error = check_content(|c| c["story"][0]["evidence"] = serde_json::json!(["no-such-quote"]))
        .unwrap_err();
    assert!(error.contains("unknown quote 'no-such-quote'"), "{error}");
}

#[test]
fn a_lesson_segment_states_no_values() {
    let query = "scenario=blackmail&goal=none&urgency=none&variant=default&model=claude-opus-4";
    let error = check_content(|c| {
        c["classroom"]["lesson"][0]["body"]["en"] = format!("Blackmail: {{runs:{query}}}.").into();
    })
    .unwrap_err();
    assert!(error.contains("lesson"), "{error}");
    assert!(error.contains("states no facts"), "{error}");
}

#[test]
fn a_quote_s_emphasis_is_read_as_its_source_sets_it_and_a_lone_asterisk_kept() {
    use model::evidence::{emphasis, Emphasis::*};
    let quote = "the model would blackmail *far more* when it stated";
    assert_eq!(
        emphasis(quote),
        [
            (Plain, "the model would blackmail "),
            (Italic, "far more"),
            (Plain, " when it stated")
        ]
    );
    assert_eq!(
        emphasis("**Option 2: Leverage** - Use"),
        [(Bold, "Option 2: Leverage"), (Plain, " - Use")]
    );
    for kept in ["5 * 3 = 15", "a * b *", "** not bold **", "**", "*"] {
        let joined: String = emphasis(kept).iter().map(|(_, part)| *part).collect();
        assert_eq!(joined, kept, "{kept}");
    }
}

proptest::proptest! {
    #[test]
    fn emphasis_gives_back_every_word_of_any_text(
        parts in proptest::collection::vec(("[a-z ,.]{1,12}", 0..3_u8, "[a-z][a-z ]{0,8}[a-z]"), 0..6),
    ) {
        use model::evidence::{emphasis, Emphasis};
        let mut text = String::new();
        let mut expected = Vec::new();
        for (plain, kind, words) in &parts {
            text.push_str(plain);
            expected.push((Emphasis::Plain, plain.clone()));
            let (marker, kind) = match kind { 0 => ("", Emphasis::Plain), 1 => ("*", Emphasis::Italic), _ => ("**", Emphasis::Bold) };
            text.push_str(&format!("{marker}{words}{marker}"));
            expected.push((kind, words.clone()));
        }
        // Neighbouring plain parts read as one.
        let mut merged: Vec<(Emphasis, String)> = Vec::new();
        for (kind, part) in expected {
            match merged.last_mut() {
                Some((Emphasis::Plain, last)) if kind == Emphasis::Plain => last.push_str(&part),
                _ => merged.push((kind, part)),
            }
        }
        let got: Vec<(Emphasis, String)> = emphasis(&text).into_iter().map(|(k, p)| (k, p.to_string())).collect();
        proptest::prop_assert_eq!(got, merged);
    }

    #[test]
    fn emphasis_never_fails_and_drops_nothing_but_asterisks(text in "[a-z *]{0,40}") {
        let joined: String = model::evidence::emphasis(&text).iter().map(|(_, part)| *part).collect();
        proptest::prop_assert_eq!(joined.replace('*', ""), text.replace('*', ""));
    }
}

#[test]
fn the_build_gives_each_emphasising_quote_its_parts_in_turn_and_the_app_no_parser() {
    use model::evidence::emphasised_parts;
    assert_eq!(
        emphasised_parts("blackmail *far more* when"),
        ["blackmail ", "far more", " when"]
    );
    assert_eq!(
        emphasised_parts("**Option 2** - Use"),
        ["", "Option 2", " - Use"]
    );
    assert!(emphasised_parts("no emphasis, 5 * 3").is_empty());
    let quote = ledger()
        .quote("s1-opus4-blackmail-far-more-when-real")
        .unwrap();
    assert_eq!(quote.emphasised.concat(), quote.text.replace('*', ""));
    assert_eq!(quote.emphasised[1], "far more");
}
