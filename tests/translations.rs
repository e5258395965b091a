//! Every text exists in both languages, with the same placeholders.

mod common;

use cornered::bundled;
use cornered::i18n::{fill, lookup, placeholders, Key, Lang, PageKey, ZH_ONLY};

/// Every interface text as (key, language, text if that language's file has it): the main
/// module's keys, the content pages' (whose words travel in the content file) and those only the
/// build writes (both read here from the locale files, so a gap is seen rather than filled with
/// English).
fn all_texts() -> Vec<(String, Lang, Option<String>)> {
    let locale = |lang: &str| {
        model::compile::locale(&common::root().join(format!("locales/{lang}.toml"))).unwrap()
    };
    let (en, zh) = (locale("en"), locale("zh"));
    let mut texts = Vec::new();
    for &key in Key::ALL {
        for lang in [Lang::En, Lang::Zh] {
            texts.push((
                key.id().to_string(),
                lang,
                lookup(lang, key).map(str::to_string),
            ));
        }
    }
    // The content pages' texts, and those only the build writes into the pages' files.
    let file_keys = en.keys().filter(|id| model::compile::is_file_key(id));
    for id in PageKey::IDS
        .iter()
        .copied()
        .chain(file_keys.map(String::as_str))
    {
        texts.push((id.to_string(), Lang::En, en.get(id).cloned()));
        texts.push((id.to_string(), Lang::Zh, zh.get(id).cloned()));
    }
    texts
}

#[test]
fn every_key_has_english_and_chinese() {
    let texts = all_texts();
    assert!(
        texts.len() > 2 * Key::ALL.len(),
        "the content pages' texts are checked too"
    );
    let missing: Vec<(&str, Lang)> = texts
        .iter()
        .filter(|(_, _, text)| text.as_deref().is_none_or(|t| t.trim().is_empty()))
        .map(|(id, lang, _)| (id.as_str(), *lang))
        .collect();
    assert!(missing.is_empty(), "missing translations: {missing:?}");
}

#[test]
fn chinese_has_no_keys_that_english_lacks() {
    assert!(ZH_ONLY.is_empty(), "keys only in zh.toml: {ZH_ONLY:?}");
}

#[test]
fn placeholders_agree_between_languages() {
    let texts = all_texts();
    for pair in texts.chunks(2) {
        let [(id, Lang::En, en), (_, Lang::Zh, zh)] = pair else {
            panic!("texts come in pairs")
        };
        let en = placeholders(en.as_deref().unwrap_or(""));
        let zh = placeholders(zh.as_deref().unwrap_or(""));
        assert_eq!(en, zh, "placeholders differ for {id}");
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
        // The oldest browser the app runs in, on the line shown when it cannot start.
        "start.failed",
    ];
    for (id, lang, text) in all_texts() {
        if method_facts.contains(&id.as_str()) {
            continue;
        }
        let text = text.unwrap_or_default();
        let mut rest = text.clone();
        for name in &names {
            rest = rest.replace(name.as_str(), "");
        }
        assert!(
            !rest.chars().any(|c| c.is_ascii_digit()),
            "{id} ({lang:?}) contains a number: {text}"
        );
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
    let code: String = common::sources()
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    let mut unused: Vec<&str> = Key::ALL
        .iter()
        .filter(|key| !code.contains(&format!("Key::{key:?}")))
        .map(|key| key.id())
        .collect();
    unused.extend(
        PageKey::ALL
            .iter()
            .zip(PageKey::IDS)
            .filter(|(key, _)| !code.contains(&format!("PageKey::{key:?}")))
            .map(|(_, id)| *id),
    );
    assert!(unused.is_empty(), "texts no view uses: {unused:?}");
}
