//! Every text exists in both languages, with the same placeholders.

use cornered::i18n::{fill, lookup, placeholders, Key, Lang, ZH_ONLY};

#[test]
fn every_key_has_english_and_chinese() {
    let missing: Vec<(&str, Lang)> = Key::ALL
        .iter()
        .flat_map(|&key| [Lang::En, Lang::Zh].map(|lang| (key, lang)))
        .filter(|&(key, lang)| lookup(lang, key).is_none_or(|text| text.trim().is_empty()))
        .map(|(key, lang)| (key.id(), lang))
        .collect();
    assert!(missing.is_empty(), "missing translations: {missing:?}");
}

#[test]
fn chinese_has_no_keys_that_english_lacks() {
    assert!(ZH_ONLY.is_empty(), "keys only in zh.toml: {ZH_ONLY:?}");
}

#[test]
fn placeholders_agree_between_languages() {
    for &key in Key::ALL {
        let en = placeholders(lookup(Lang::En, key).unwrap_or(""));
        let zh = placeholders(lookup(Lang::Zh, key).unwrap_or(""));
        assert_eq!(en, zh, "placeholders differ for {}", key.id());
    }
}

#[test]
fn translations_contain_no_digits_that_could_drift_from_the_data() {
    // Numbers on screen come from data/results.csv. Figure and appendix names, the citation
    // (year, arXiv id, date) and the "100/500 runs" method facts are the only digits allowed.
    let allowed_keys = [
        "sources.cite_text",
        "sources.method_runs",
        "sources.method_models",
        "eval.intro",
        "eval.of_runs",
        "finding.control",
        "sources.method_classifier",
        "finding.goals_varied",
        "app.footer",
        "explore.intro",
        "scenario_desc.blackmail",
        "sources.other_text",
        "sources.unpublished_goals",
    ];
    for &key in Key::ALL {
        if key.id().starts_with("figure.")
            || key.id().starts_with("note.")
            || key.id().starts_with("finding.")
            || allowed_keys.contains(&key.id())
        {
            continue;
        }
        for lang in [Lang::En, Lang::Zh] {
            let text = lookup(lang, key).unwrap_or("");
            let without_names = text
                .replace("Figure 6", "")
                .replace("图 6", "")
                .replace("Figure 10", "")
                .replace("图 10", "")
                .replace("95%", "")
                .replace("Claude Opus 4", "")
                .replace("Claude Sonnet 3.7", "");
            assert!(
                !without_names.chars().any(|c| c.is_ascii_digit()),
                "{} ({lang:?}) contains a number: {text}",
                key.id()
            );
        }
    }
}

#[test]
fn fill_replaces_named_placeholders_only() {
    assert_eq!(
        fill(
            "{model} in {k} of {n}",
            &[("model", "X"), ("k", "1"), ("n", "2")]
        ),
        "X in 1 of 2"
    );
    assert_eq!(fill("{unknown} stays", &[]), "{unknown} stays");
    assert_eq!(fill("unclosed {brace", &[]), "unclosed {brace");
}
