//! What happened next (`data/since.toml`): dated by the ledger, in order, every quote the
//! source's own, and never mixed with the study's data.

mod common;

use model::data::RESULTS_CSV;
use model::since::Timeline;
use serde_json::Value;

fn rejected(change: impl FnOnce(&mut Value)) -> String {
    Timeline::parse(
        &common::content_json_with(change),
        common::dataset(),
        common::ledger(),
    )
    .expect_err("must be rejected")
    .to_string()
}

#[test]
fn the_timeline_runs_from_the_study_to_the_follow_up_dated_by_its_sources() {
    let timeline = common::since();
    let ids: Vec<&str> = timeline.since.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["study", "pilot", "teaching-claude-why"]);
    let dates: Vec<&str> = timeline.since.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2025-06-20", "2025-08-27", "2026-05-08"],
        "the ledger's dates, filled in"
    );
    for entry in &timeline.since {
        let source = common::ledger().source(&entry.source).unwrap();
        assert_eq!(entry.date, source.date);
        for id in &entry.quotes {
            assert_eq!(
                common::ledger().quote(id).unwrap().source,
                entry.source,
                "{id}"
            );
        }
        assert!(
            !entry.limit.is_empty(),
            "{}: says what it does not show",
            entry.id
        );
    }
}

#[test]
fn later_models_never_enter_the_study_s_data() {
    let timeline = common::since();
    let later: Vec<&str> = timeline.names().collect();
    assert!(later.contains(&"Claude Haiku 4.5"), "{later:?}");
    for model in &common::dataset().models {
        assert!(
            !later.contains(&model.name.as_str()),
            "{} is a later model",
            model.name
        );
    }
    assert!(
        !RESULTS_CSV.contains("Teaching Claude"),
        "no row of results.csv comes from the follow-up"
    );
    for entry in &timeline.since {
        for segment in model::reference::segments(&entry.summary.en) {
            if let model::reference::Segment::Rate(q) | model::reference::Segment::Runs(q) = segment
            {
                let row = model::reference::RowRef::parse(q)
                    .unwrap()
                    .find(common::dataset())
                    .unwrap();
                assert!(!later.iter().any(|name| row.model.contains(name)), "{q}");
            }
        }
    }
}

#[test]
fn broken_timelines_are_rejected_with_a_reason() {
    let unknown = rejected(|c| c["since"]["entry"][2]["quotes"][0] = "t1-no-such-quote".into());
    assert!(
        unknown.contains("data/since.toml") && unknown.contains("unknown quote"),
        "{unknown}"
    );
    let other_source =
        rejected(|c| c["since"]["entry"][2]["quotes"][0] = "s1-binary-choices".into());
    assert!(
        other_source.contains("is from S1, not T1"),
        "{other_source}"
    );
    let order = rejected(|c| {
        let list = c["since"]["entry"].as_array_mut().unwrap();
        list.swap(0, 2);
    });
    assert!(order.contains("before the entry above it"), "{order}");
    let year = rejected(|c| c["since"]["entry"][1]["when"]["en"] = "August 2024".into());
    assert!(year.contains("must name the source's year, 2025"), "{year}");
    let name = rejected(|c| c["since"]["entry"][2]["names"][0] = "Claude Opus 9".into());
    assert!(name.contains("appears in no quote"), "{name}");
    let no_limit = rejected(|c| c["since"]["entry"][0]["limit"] = Value::Array(Vec::new()));
    assert!(no_limit.contains("at least one limit"), "{no_limit}");
    let made_up = rejected(|c| {
        c["since"]["entry"][0]["summary"]["en"] =
            "{rate:scenario=blackmail&goal=none&urgency=none&variant=default&model=claude-haiku-4-5}".into()
    });
    assert!(made_up.contains("no published value"), "{made_up}");
}
