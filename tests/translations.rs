//! Every text exists in both languages, with the same placeholders.

mod common;

use cornered::bundled;
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
    // Rates and counts on screen come from data/results.csv, never from prose. Digits may appear
    // only inside names: models, figures, appendices, footnotes, the 5 p.m. deadline, the
    // citation and the stage numbers of a transcript.
    let data = bundled::dataset();
    let mut names: Vec<String> = data.models.iter().map(|m| m.name.clone()).collect();
    names.extend([
        "Claude 4".into(),
        "95%".into(),
        "5 p.m.".into(),
        "下午 5 点".into(),
        // The study's own threshold for leaving a model out of Figure 11, not a result.
        "1%".into(),
        // Dates of the sources, which no result can drift from.
        "June 2025".into(),
        "May 2025".into(),
        "August 2025".into(),
        "2025 年 6 月".into(),
        "2025 年 5 月".into(),
        "2025 年 8 月".into(),
    ]);
    names.extend([
        "Appendix 9.1".into(),
        "附录 9.1".into(),
        "Appendices 9.1".into(),
    ]);
    for n in (1..=12).rev() {
        for word in [
            "Figure",
            "图",
            "Appendix",
            "附录",
            "Appendices",
            "footnote",
            "脚注",
            "Table A",
            "表 A",
        ] {
            names.push(format!("{word} {n}"));
            names.push(format!("{word}{n}"));
        }
        names.push(format!("{n} · "));
    }
    // Method facts stated by the study (runs per condition, number of models) and the citation.
    let method_facts = [
        "sources.cite_text",
        "sources.method_runs",
        "sources.method_models",
        "finding.control",
        "app.footer",
        "sources.other_text",
    ];
    for &key in Key::ALL {
        if method_facts.contains(&key.id()) {
            continue;
        }
        for lang in [Lang::En, Lang::Zh] {
            let text = lookup(lang, key).unwrap_or("");
            let mut rest = text.to_string();
            for name in &names {
                rest = rest.replace(name.as_str(), "");
            }
            assert!(
                !rest.chars().any(|c| c.is_ascii_digit()),
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

#[test]
fn every_text_is_used_somewhere() {
    // A key that no view names is a text nobody sees: delete it rather than translate it.
    let mut code = String::new();
    // The folder cargo runs the tests for, read when they run.
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    let mut dirs = vec![std::path::Path::new(&root).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let unused: Vec<&str> = Key::ALL
        .iter()
        .filter(|key| !code.contains(&format!("Key::{key:?}")))
        .map(|key| key.id())
        .collect();
    assert!(unused.is_empty(), "texts no view uses: {unused:?}");
}
