//! The story, myths and classroom kit: valid, complete in both languages, and with no number that
//! does not come from the data.

mod common;

use model::content::Content;
use model::reference::{segments, RowRef, Segment};
use serde_json::Value;

fn content() -> &'static Content {
    common::content()
}

#[test]
fn shipped_content_has_the_kit_s_shape() {
    let c = content();
    assert!((7..=9).contains(&c.story.len()));
    assert!(c.myths.len() >= 10);
    assert_eq!(
        c.classroom.lesson.iter().map(|l| l.minutes).sum::<u32>(),
        45
    );
    assert!(c.story.iter().filter(|s| s.predict).count() >= 2);
}

#[test]
fn the_issue_s_myths_are_all_there() {
    let ids: Vec<&str> = content().myths.iter().map(|m| m.id.as_str()).collect();
    for id in [
        "gemini-96",
        "gemini-pro-95",
        "deepseek-79",
        "llama-12",
        "share-of-models",
        "claude-84",
        "ai-feelings",
        "real-deployments",
    ] {
        assert!(ids.contains(&id), "missing myth {id}");
    }
}

/// Removes data references, then names that contain digits; what remains must have no digits.
fn stray_digits(text: &str, names: &[String]) -> Option<String> {
    let mut words = String::new();
    for segment in segments(text) {
        if let Segment::Words(w) = segment {
            words.push_str(w);
        }
    }
    for name in names {
        words = words.replace(name.as_str(), "");
    }
    words.chars().any(|c| c.is_ascii_digit()).then_some(words)
}

#[test]
fn prose_carries_no_numbers_of_its_own() {
    let data = common::dataset();
    let mut names: Vec<String> = data.models.iter().map(|m| m.name.clone()).collect();
    // Later models that data/since.toml declares, each found in a quote it cites.
    names.extend(common::since().names().map(String::from));
    names.extend(
        [
            "Claude 4",
            "5 p.m.",
            "下午 5 点",
            "17:00",
            "Appendix 9.1",
            "附录 9.1",
            "Table A1",
            "表 A1",
            "June 2025",
            "2025 年 6 月",
            "August 2025",
            "2025 年 8 月",
            "May 2025",
            "2025 年 5 月",
            "May 2026",
            "2026 年 5 月",
            // An outlet's name, where a myth says where a claim appeared.
            "erc404",
            // The study's own threshold for leaving a model out of Figure 11, not a result.
            "1%",
        ]
        .map(String::from),
    );
    for n in (1..=14).rev() {
        for word in [
            "Figure ",
            "图 ",
            "Appendix ",
            "附录 ",
            "Figures ",
            "footnote ",
            "脚注 ",
        ] {
            names.push(format!("{word}{n}"));
        }
    }
    // Longest first, so that "Claude Sonnet 4.5" is not read as "Claude Sonnet 4" and ".5".
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    for (what, text) in content().texts().into_iter().chain(common::since().texts()) {
        for language in [&text.en, &text.zh] {
            if let Some(rest) = stray_digits(language, &names) {
                panic!("{what} has a number that is not a data reference: {rest}");
            }
        }
    }
}

#[test]
fn in_chinese_a_number_from_the_data_is_spaced_from_the_characters_beside_it() {
    // The Chinese texts set a number off from the characters beside it ("在 100 次运行中"); a
    // reference is drawn starting with digits ("100 次运行中有 96 次", "96%"), so it needs that
    // space before it, and a rate, which ends with "%", after it too.
    let chinese = |c: Option<char>| c.is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (what, text) in content().texts().into_iter().chain(common::since().texts()) {
        let parts = segments(&text.zh);
        for (i, segment) in parts.iter().enumerate() {
            let words = |at: Option<usize>| match at.and_then(|at| parts.get(at)) {
                Some(Segment::Words(words)) => Some(*words),
                _ => None,
            };
            let (before, after) = (words(i.checked_sub(1)), words(Some(i + 1)));
            match segment {
                Segment::Words(_) => {}
                Segment::Rate(q) | Segment::Runs(q) => assert!(
                    !chinese(before.and_then(|w| w.chars().last())),
                    "{what}: no space before the number {{{q}}}"
                ),
            }
            if let Segment::Rate(q) = segment {
                assert!(
                    !chinese(after.and_then(|w| w.chars().next())),
                    "{what}: no space after the rate {{{q}}}"
                );
            }
        }
    }
}

#[test]
fn every_data_reference_names_a_published_value() {
    let data = common::dataset();
    let mut seen = 0;
    for (what, text) in content().texts() {
        for language in [&text.en, &text.zh] {
            for segment in segments(language) {
                if let Segment::Rate(q) | Segment::Runs(q) = segment {
                    let reference = RowRef::parse(q).unwrap_or_else(|e| panic!("{what}: {e}"));
                    assert!(reference.find(data).is_some(), "{what}: {q}");
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 20, "only {seen} data references");
}

#[test]
fn segments_split_references_and_keep_other_braces() {
    let parts = segments("a {rate:x=1} b {runs:y=2}{not a ref} c");
    assert_eq!(
        parts,
        [
            Segment::Words("a "),
            Segment::Rate("x=1"),
            Segment::Words(" b "),
            Segment::Runs("y=2"),
            Segment::Words("{"),
            Segment::Words("not a ref} c"),
        ]
    );
}

fn rejected(change: impl FnOnce(&mut Value)) -> String {
    Content::parse(
        &common::content_json_with(change),
        common::dataset(),
        common::library(),
    )
    .expect_err("must be rejected")
    .to_string()
}

#[test]
fn broken_content_is_rejected_with_a_reason() {
    let bad_ref = rejected(|c| {
        c["story"][0]["body"]["en"] =
            "{rate:scenario=blackmail&goal=none&urgency=none&variant=default&model=nobody}".into()
    });
    assert!(bad_ref.contains("no published value"), "{bad_ref}");
    let bad_minutes = rejected(|c| c["classroom"]["lesson"][0]["minutes"] = 99.into());
    assert!(bad_minutes.contains("not 45"), "{bad_minutes}");
    let bad_answer = rejected(|c| c["classroom"]["quiz"][0]["answer"] = 9.into());
    assert!(bad_answer.contains("answer"), "{bad_answer}");
    let missing_zh = rejected(|c| c["myths"][0]["explanation"]["zh"] = "".into());
    assert!(
        missing_zh.contains("lacks English or Chinese"),
        "{missing_zh}"
    );
    let spoiler = rejected(|c| {
        let step = c["story"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["predict"] == true)
            .unwrap();
        step["setup"]["en"] = "{rate:scenario=blackmail&goal=explicit-america&urgency=replacement&variant=default&model=claude-opus-4}".into();
    });
    assert!(spoiler.contains("before the guess"), "{spoiler}");
    let bad_figure = rejected(|c| c["story"][0]["figure"] = "fig99".into());
    assert!(bad_figure.contains("unknown figure"), "{bad_figure}");
    let stray_note = rejected(|c| {
        c["classroom"]["question"][0]["text_evidence"] = serde_json::json!(["s1-not-its-own"])
    });
    assert!(
        stray_note.contains("question 1: text_evidence 's1-not-its-own' is not in its evidence"),
        "{stray_note}"
    );
}
