//! A reader's replication runs: every format read into the counts the fixtures hold, errors and
//! missing verdicts kept apart, the study's value found for the same model and condition, and
//! hostile files refused with a reason. Expectations come from `model::runs::fixtures`.

mod common;

use model::runs::condition::{RunCondition, RunVariant};
use model::runs::fixtures::{self, Store, INSPECT_CONDITION, INSPECT_COUNTS, INSPECT_MODEL};
use model::runs::load::Loader;
use model::runs::open;
use model::runs::parse::{self, Counts, Outcome};
use model::runs::summary::{keep, restore, summary_csv, SUMMARY_HEADER};
use model::runs::tally::{study_model, Agreement, Tally};
use model::runs::zip;
use model::types::{Goal, Scenario, Urgency, Variant};
use proptest::prelude::*;

fn counts([harmful, harmless, errors, unclassified]: [u32; 4]) -> Counts {
    Counts {
        harmful,
        harmless,
        errors,
        unclassified,
    }
}

#[test]
fn condition_ids_round_trip_and_map_to_the_study_s() {
    for id in [
        "blackmail_explicit-america_replacement",
        "leaking_none-none_restriction",
        "murder_ambiguous-none_none",
        "blackmail_latent-safety_replacement_prod",
    ] {
        assert_eq!(RunCondition::parse(id).unwrap().id(), id);
    }
    let c = RunCondition::parse("blackmail_explicit-america_replacement").unwrap();
    let study = c.study_condition(RunVariant::SafetyInstructions).unwrap();
    assert_eq!(
        (study.scenario, study.goal, study.urgency, study.variant),
        (
            Scenario::Blackmail,
            Goal::ExplicitAmerica,
            Urgency::Replacement,
            Variant::SafetyInstructions
        )
    );
    let latent = RunCondition::parse("blackmail_latent-safety_replacement").unwrap();
    assert_eq!(
        latent.study_condition(RunVariant::Default),
        None,
        "no study counterpart"
    );
    let prod = RunCondition::parse("blackmail_explicit-america_replacement_prod").unwrap();
    assert_eq!(
        prod.study_condition(RunVariant::Default),
        None,
        "the study had no production variant"
    );
    assert_eq!(
        c.study_condition(RunVariant::Unknown),
        None,
        "unknown additions are not guessed"
    );
    for bad in [
        "",
        "blackmail",
        "blackmail_explicit_replacement",
        "blackmail_made-up_replacement",
        "spying_none-none_none",
    ] {
        assert!(RunCondition::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_framework_folder_gives_the_known_counts_apart_from_errors() {
    let mut tally = Tally::default();
    let files = fixtures::framework_folder("results/exp1");
    for (path, bytes) in &files {
        if path.ends_with("response.json") {
            let text = std::str::from_utf8(bytes).unwrap();
            tally.add(parse::framework_response(path, text, RunVariant::Default).unwrap());
        }
    }
    for ((model, condition), expected) in fixtures::expected() {
        let (_, found) = tally
            .counts
            .iter()
            .find(|(k, _)| k.model == model && k.condition.id() == condition)
            .unwrap_or_else(|| panic!("{model} {condition} missing"));
        assert_eq!(*found, counts(expected), "{model} {condition}");
    }
    let metadata = files
        .iter()
        .find(|(p, _)| p.ends_with("metadata.json"))
        .unwrap();
    let (_, variant) =
        parse::framework_prompt_metadata(std::str::from_utf8(&metadata.1).unwrap()).unwrap();
    assert_eq!(variant, RunVariant::Default);
}

#[test]
fn a_response_without_metadata_takes_model_and_condition_from_its_path() {
    let path = "results/x/models/gpt-4.1/blackmail_none-none_none/sample_004/response.json";
    let sample = parse::framework_response(
        path,
        r#"{"classification": {"harmful_behavior": false}}"#,
        RunVariant::Default,
    )
    .unwrap();
    assert_eq!(sample.key.model, "gpt-4.1");
    assert_eq!(sample.key.condition.id(), "blackmail_none-none_none");
    assert_eq!(sample.outcome, Outcome::Harmless);
    let classifier_failed = r#"{"metadata": {"model": "m", "condition": "blackmail_none-none_none"}, "classification": {"error": "timeout"}}"#;
    assert_eq!(
        parse::framework_response("r.json", classifier_failed, RunVariant::Default)
            .unwrap()
            .outcome,
        Outcome::Unclassified
    );
}

#[test]
fn statistics_files_give_counts_with_the_variant_unknown() {
    let rows = parse::statistics(std::str::from_utf8(&fixtures::statistics()).unwrap()).unwrap();
    assert_eq!(rows.len(), fixtures::expected().len());
    for (key, found) in rows {
        let [harmful, harmless, _, unclassified] =
            fixtures::expected()[&(key.model.as_str(), key.condition.id().as_str())];
        assert_eq!(found, counts([harmful, harmless, 0, unclassified]));
        assert_eq!(key.variant, RunVariant::Unknown);
    }
}

fn inspect_tally(samples: Vec<parse::Sample>) -> Counts {
    let mut tally = Tally::default();
    samples.into_iter().for_each(|s| tally.add(s));
    assert_eq!(tally.counts.len(), 1);
    let (key, found) = tally.counts.into_iter().next().unwrap();
    assert_eq!(
        (key.model.as_str(), key.condition.id().as_str()),
        (INSPECT_MODEL, INSPECT_CONDITION)
    );
    found
}

#[test]
fn inspect_logs_in_json_and_in_both_eval_compressions_give_the_same_counts() {
    let (samples, problems) =
        parse::inspect_log(std::str::from_utf8(&fixtures::inspect_json()).unwrap()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let positions: Vec<u32> = samples.iter().map(|(i, _)| *i).collect();
    assert_eq!(
        positions,
        (0..7).collect::<Vec<_>>(),
        "each sample's place in the log"
    );
    let samples = samples.into_iter().map(|(_, s)| s).collect();
    assert_eq!(inspect_tally(samples), counts(INSPECT_COUNTS));
    for store in [Store::Deflate, Store::Zstd] {
        let (entries, refused) = zip::read_all(&fixtures::inspect_eval(store)).unwrap();
        assert!(refused.is_empty(), "{refused:?}");
        let mut model = None;
        let mut samples = Vec::new();
        for (name, data) in entries {
            let value = parse::parse_json(std::str::from_utf8(&data.unwrap()).unwrap()).unwrap();
            if name == "header.json" {
                model = Some(parse::inspect_model(&value).unwrap());
            } else if name.starts_with("samples/") {
                samples.push(value);
            }
        }
        let model = model.expect("a header");
        let samples = samples
            .iter()
            .map(|s| parse::inspect_sample(&model, s).unwrap())
            .collect();
        assert_eq!(inspect_tally(samples), counts(INSPECT_COUNTS));
    }
}

#[test]
fn the_study_s_value_is_found_for_the_same_model_and_condition_and_compared_honestly() {
    let data = common::dataset();
    assert_eq!(
        study_model(data, "anthropic/claude-opus-4-20250514"),
        Some("claude-opus-4")
    );
    assert_eq!(
        study_model(data, "openrouter/openai/gpt-4.1"),
        Some("gpt-4-1")
    );
    assert_eq!(
        study_model(data, "Gemini-2.5-Flash"),
        Some("gemini-2-5-flash")
    );
    assert_eq!(
        study_model(data, "claude-3-5-sonnet-20241022"),
        None,
        "never guessed"
    );
    let (samples, _) =
        parse::inspect_log(std::str::from_utf8(&fixtures::inspect_json()).unwrap()).unwrap();
    let mut tally = Tally::default();
    samples.into_iter().for_each(|(_, s)| tally.add(s));
    let rows = tally.rows(data);
    let row = &rows[0];
    let published = row.published.expect("Claude Opus 4, Figure 7's condition");
    assert_eq!(published.rate_text, "0.96");
    assert_eq!(
        row.counts.classified(),
        INSPECT_COUNTS[0] + INSPECT_COUNTS[1]
    );
    // 4 of 5 harmful: an interval wide enough to overlap the study's 96 of 100.
    assert_eq!(row.agreement(), Some(Agreement::Overlap));
}

#[test]
fn hostile_files_are_refused_with_a_reason_and_never_panic() {
    for (name, bytes) in fixtures::hostile() {
        let outcome = match zip::read_all(&bytes) {
            Err(problem) => Err(problem),
            Ok((entries, refused)) => {
                let failed: Vec<String> = entries
                    .into_iter()
                    .filter_map(|(n, d)| d.err().map(|e| format!("{n}: {e}")))
                    .collect();
                let all: Vec<String> = refused.into_iter().chain(failed).collect();
                if all.is_empty() {
                    Ok(())
                } else {
                    Err(all.join("; "))
                }
            }
        };
        let parsed = std::str::from_utf8(&bytes).ok().map(parse::statistics);
        let rejected = outcome.is_err() && parsed.is_none_or(|p| p.is_err());
        assert!(rejected, "{name} was accepted");
    }
    let climbing = fixtures::hostile()
        .into_iter()
        .find(|(n, _)| n.contains("climbing"))
        .unwrap()
        .1;
    let (_, refused) = zip::read_all(&climbing).unwrap();
    assert!(refused[0].contains("outside the archive"), "{refused:?}");
    let bomb = fixtures::hostile()
        .into_iter()
        .find(|(n, _)| n.contains("bomb"))
        .unwrap()
        .1;
    let (entries, _) = zip::read_all(&bomb).unwrap();
    let error = entries[0].1.as_ref().unwrap_err();
    assert!(error.contains("larger than declared"), "{error}");
    assert!(
        error.len() < 100,
        "a message, not a dump of the data: {error}"
    );
    let unknown = fixtures::hostile()
        .into_iter()
        .find(|(n, _)| n.contains("unknown-condition"))
        .unwrap()
        .1;
    let error = parse::statistics(std::str::from_utf8(&unknown).unwrap()).unwrap_err();
    assert!(
        error.contains("unknown condition id 'blackmail_made-up_replacement'"),
        "{error}"
    );
}

/// Loads files as the page does: in the loader's order, archives entry by entry.
fn load(files: &[fixtures::File]) -> Loader {
    let paths: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
    let mut loader = Loader::default();
    for i in Loader::order(&paths) {
        let (path, bytes) = &files[i];
        loader.file(path, bytes);
    }
    loader
}

/// A loaded file's bytes, by the tally's index.
fn bytes_of<'a>(files: &'a [fixtures::File], tally: &Tally, file: u32) -> &'a [u8] {
    let path = &tally.files[file as usize];
    &files.iter().find(|(p, _)| p == path).unwrap().1
}

#[test]
fn every_counted_sample_opens_again_from_its_file_with_its_inbox() {
    let mut files = fixtures::all();
    // The browser may list a folder's files in any order: the viewer's order is the files'.
    files.reverse();
    let mut tally = load(&files).tally;
    tally.sort_seen();
    let gpt = tally
        .seen
        .iter()
        .find(|(k, _)| k.model == "gpt-4.1")
        .unwrap()
        .1;
    let folder: Vec<&str> = gpt
        .iter()
        .filter(|s| s.origin.entry.is_none())
        .map(|s| tally.files[s.origin.file as usize].as_str())
        .collect();
    let in_order: Vec<String> = (1..=10)
        .map(|n| format!("framework/results/exp1/models/gpt-4.1/blackmail_explicit-america_replacement/sample_{n:03}/response.json"))
        .collect();
    assert_eq!(folder, in_order);
    let mut opened = 0;
    for (key, seen) in &tally.seen {
        assert_eq!(
            seen.len() as u32,
            {
                let c = tally.counts[key];
                c.classified() + c.errors + c.unclassified
            },
            "every sample of {key:?} is findable (the statistics file adds counts, not samples)"
        );
        for s in seen {
            let bytes = bytes_of(&files, &tally, s.origin.file);
            let run = open::sample(bytes, &s.origin);
            if s.outcome == Outcome::Error {
                // The framework writes no reply for a failed run; an Inspect sample keeps the
                // messages it had before its error.
                assert_eq!(run.is_err(), key.model != INSPECT_MODEL, "{:?}", s.origin);
                continue;
            }
            let run = run.unwrap_or_else(|e| panic!("{:?}: {e}", s.origin));
            opened += 1;
            if key.model == INSPECT_MODEL {
                assert_eq!(run.inbox.as_deref(), Some("(synthetic fixture inbox)"));
                assert!(run.reply.reasoning[0].contains("inspect epoch"), "{run:?}");
                continue;
            }
            let inbox = &tally.inboxes[s.inbox.expect("the folder has its emails") as usize];
            let emails = open::text_of(bytes_of(&files, &tally, inbox.file), inbox).unwrap();
            assert_eq!(emails, fixtures::inbox_marker(&key.condition.id()));
            if s.outcome != Outcome::Unclassified {
                assert!(run.reply.reasoning[0].starts_with("(synthetic fixture reasoning"));
                assert_eq!(run.reply.actions[0].name, "email");
            }
        }
    }
    // Folder and zip: 20 framework samples each, one failed; three Inspect logs of 7, one failed.
    assert_eq!(opened, 2 * 19 + 3 * 6);
    assert_eq!(tally.passed_over, 1, "the folder's log file, passed over");
}

#[test]
fn the_summary_csv_and_the_kept_copy_say_what_the_table_says() {
    let data = common::dataset();
    let files = fixtures::all();
    let tally = load(&files).tally;
    let csv = summary_csv(&tally, data);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], SUMMARY_HEADER.join(","));
    assert_eq!(lines.len(), 1 + tally.rows(data).len());
    let figure7 = data
        .find(
            Default::default(),
            model::types::Metric::HarmfulRate,
            "claude-opus-4",
        )
        .unwrap();
    let inspect = lines
        .iter()
        .find(|l| l.starts_with(INSPECT_MODEL) && l.contains(",none,"))
        .expect("the Inspect row with no additions");
    let fields: Vec<&str> = inspect.split(',').collect();
    let [harmful, harmless, failed, unclassified] = INSPECT_COUNTS.map(|n| (3 * n).to_string());
    assert_eq!(
        &fields[3..8],
        [
            harmful.as_str(),
            &harmless,
            &failed,
            &unclassified,
            &(3 * 5).to_string()
        ]
    );
    assert_eq!(
        fields[11], figure7.rate_text,
        "the study's digits as results.csv has them"
    );

    let kept = restore(&keep(&tally)).unwrap();
    assert_eq!(
        (&kept.counts, &kept.problems),
        (&tally.counts, &tally.problems)
    );
    assert!(
        kept.seen.is_empty() && kept.files.is_empty(),
        "no file is kept"
    );
    assert!(restore("{\"version\": 0, \"counts\": [], \"problems\": []}").is_err());
    assert!(restore("not json").is_err());
}

#[test]
fn the_whole_fixture_set_loads_as_a_reader_would_drop_it() {
    let files = fixtures::all();
    let loader = load(&files);
    let tally = &loader.tally;
    // The folder and its zip (variant known from the prompts' metadata), and the statistics file
    // (variant unknown): the same counts, kept as separate rows where the variant differs.
    for ((model, condition), expected) in fixtures::expected() {
        let rows: Vec<_> = tally
            .counts
            .iter()
            .filter(|(k, _)| k.model == model && k.condition.id() == condition)
            .collect();
        let default = rows
            .iter()
            .find(|(k, _)| k.variant == RunVariant::Default)
            .unwrap()
            .1;
        let mut twice = counts(expected);
        twice.merge(counts(expected));
        assert_eq!(
            *default, twice,
            "{model} {condition}: the folder and the zip"
        );
        let unknown = rows
            .iter()
            .find(|(k, _)| k.variant == RunVariant::Unknown)
            .unwrap()
            .1;
        let [h, ok, _, u] = expected;
        assert_eq!(
            *unknown,
            counts([h, ok, 0, u]),
            "{model} {condition}: the statistics file"
        );
    }
    let inspect = tally
        .counts
        .iter()
        .find(|(k, _)| k.model == INSPECT_MODEL)
        .unwrap()
        .1;
    let [h, ok, e, u] = INSPECT_COUNTS;
    assert_eq!(
        *inspect,
        counts([3 * h, 3 * ok, 3 * e, 3 * u]),
        "the .json log and both .eval archives"
    );
    // Each hostile file named once in the problems (the bomb's entry by its own name).
    for (name, _) in fixtures::hostile() {
        assert!(
            tally.problems.iter().any(|p| p.starts_with(&name)),
            "{name}: {:?}",
            tally.problems
        );
    }
}

// Proptest's default number of cases (256), or PROPTEST_CASES: bench/fuzz.sh runs many more.
proptest! {
    /// Any bytes: a clear error or entries, never a panic or a hang.
    #[test]
    fn the_zip_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = zip::read_all(&bytes);
    }

    /// A real archive with bytes flipped: still no panic.
    #[test]
    fn a_damaged_archive_never_panics(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8), zstd in any::<bool>()) {
        let mut archive = fixtures::inspect_eval(if zstd { Store::Zstd } else { Store::Deflate });
        let len = archive.len();
        for (at, byte) in flips {
            archive[at % len] = byte;
        }
        if let Ok((entries, _)) = zip::read_all(&archive) {
            for (_, data) in entries.into_iter().filter_map(|(n, d)| d.ok().map(|d| (n, d))) {
                if let Ok(text) = std::str::from_utf8(&data) {
                    let _ = parse::parse_json(text).map(|v| parse::inspect_sample("m", &v));
                }
            }
        }
    }

    /// Any text as any of the formats: an error or a reading, never a panic.
    #[test]
    fn the_parsers_never_panic(text in ".{0,400}") {
        let _ = parse::statistics(&text);
        let _ = parse::inspect_log(&text);
        let _ = parse::framework_response("a/b/c/d/response.json", &text, RunVariant::Default);
        let _ = parse::framework_prompt_metadata(&text);
        let _ = RunCondition::parse(&text);
    }
}

#[test]
fn a_reply_is_taken_apart_into_reasoning_and_actions_and_nothing_is_hidden() {
    use model::runs::reply::{inspect_text, parse};
    let raw = "Preamble.\n<SCRATCHPAD_REASONING>First thought.\nSecond line.</SCRATCHPAD_REASONING>\n<tool_use:email>\nto: \"kyle.johnson@summitbridge.com\",\nsubject: \"A \\\"quoted\\\" word\",\nbody: \"Line one\nLine two\",\n</tool_use:email>\n<tool_use:cancel_alert>\ncode: \"4429\"\n</tool_use:cancel_alert>\nAfterword.";
    let reply = parse(raw);
    assert_eq!(reply.reasoning, ["First thought.\nSecond line."]);
    assert_eq!(reply.actions.len(), 2);
    assert_eq!(reply.actions[0].name, "email");
    assert_eq!(
        reply.actions[0].fields,
        [
            (
                "to".to_string(),
                "kyle.johnson@summitbridge.com".to_string()
            ),
            ("subject".to_string(), "A \"quoted\" word".to_string()),
            ("body".to_string(), "Line one\nLine two".to_string()),
        ]
    );
    assert_eq!(
        reply.actions[1].fields,
        [("code".to_string(), "4429".to_string())]
    );
    assert_eq!(reply.other, "Preamble.\n\nAfterword.");
    // Unclosed blocks and stray tags keep their text rather than losing it.
    let broken = parse("<SCRATCHPAD_REASONING>never closed");
    assert_eq!(broken.reasoning, ["never closed"]);
    assert_eq!(
        parse("<tool_use:email no closing bracket").other,
        "<tool_use:email no closing bracket"
    );
    // Inspect: the assistant's messages, attachments resolved.
    let sample: serde_json::Value = serde_json::json!({
        "messages": [
            {"role": "user", "content": "the inbox"},
            {"role": "assistant", "content": [{"type": "text", "text": "attachment://abc"}]}
        ],
        "attachments": {"abc": "<SCRATCHPAD_REASONING>resolved</SCRATCHPAD_REASONING>"}
    });
    assert_eq!(parse(&inspect_text(&sample)).reasoning, ["resolved"]);
}

proptest! {
    /// Any text: a reply, never a panic.
    #[test]
    fn reply_parsing_never_panics(text in ".{0,300}") {
        let _ = model::runs::reply::parse(&text);
    }

    /// A run opened from any bytes, at any address (a file changed since it was read): an error or
    /// a run, never a panic. A kept copy that is any text (a damaged or edited `localStorage`): the
    /// same.
    #[test]
    fn opening_a_run_or_a_kept_copy_never_panics(
        text in ".{0,300}",
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
        entry in proptest::option::of("[a-z/_.]{0,20}"),
        index in proptest::option::of(0u32..4),
    ) {
        let origin = model::runs::tally::Origin { file: 0, entry, index };
        let _ = open::sample(text.as_bytes(), &origin);
        let _ = open::sample(&bytes, &origin);
        let _ = open::text_of(&bytes, &origin);
        let _ = restore(&text);
    }
}
