//! The explorer's state as a shareable link: `#/explore?scenario=…&goal=…&urgency=…&variant=…&model=…&lang=…`.
//!
//! Parsing never fails: every input yields a valid state, and each value that could not be used is
//! reported so the page can say what it ignored.

use std::str::FromStr;

use crate::types::{Condition, Lang, Vocabulary};

pub const DEFAULT_MODEL: &str = "claude-opus-4";

/// The keys of an explorer link that choose what it shows (`ParsedLink::parse`; every key it reads
/// but `lang`), and the key of a step-by-step page's step (`step_param`). A page's file says which
/// of them its page reads (`Route::view_keys`), so that a link naming another view never shows the
/// file's numbers first (static/first-paint.js; tests/architecture.rs checks this list).
pub const EXPLORER_VIEW_KEYS: [&str; 5] = ["scenario", "goal", "urgency", "variant", "model"];
pub const STEP_KEY: &str = "step";

/// What the explorer shows: a condition and the highlighted model.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExplorerState {
    pub condition: Condition,
    pub model: String,
}

impl Default for ExplorerState {
    fn default() -> Self {
        ExplorerState {
            condition: Condition::default(),
            model: DEFAULT_MODEL.to_string(),
        }
    }
}

/// A value in a link that was not understood and was replaced by the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkProblem {
    pub key: String,
    pub value: String,
}

/// Everything a link's query says, after falling back to defaults where needed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParsedLink {
    pub state: ExplorerState,
    /// Only when the link names a language; otherwise the remembered or browser language applies.
    pub lang: Option<Lang>,
    pub problems: Vec<LinkProblem>,
}

impl ParsedLink {
    /// Reads a query string (with or without a leading `?`). `is_known_model` says which model
    /// ids exist, so that an unknown model falls back like any other unknown value.
    pub fn parse(query: &str, is_known_model: impl Fn(&str) -> bool) -> ParsedLink {
        let mut parsed = ParsedLink::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let condition = &mut parsed.state.condition;
            let understood = match key.as_ref() {
                "scenario" => assign(&mut condition.scenario, &value),
                "goal" => assign(&mut condition.goal, &value),
                "urgency" => assign(&mut condition.urgency, &value),
                "variant" => assign(&mut condition.variant, &value),
                "lang" => match Lang::from_str(&value) {
                    Ok(lang) => {
                        parsed.lang = Some(lang);
                        true
                    }
                    Err(_) => false,
                },
                "model" if is_known_model(&value) => {
                    parsed.state.model = value.to_string();
                    true
                }
                "model" => false,
                // Other keys belong to other routes (e.g. `step`) or to whoever shared the link.
                _ => true,
            };
            if !understood {
                parsed.problems.push(LinkProblem {
                    key: key.chars().take(40).collect(),
                    value: value.chars().take(80).collect(),
                });
            }
        }
        parsed
    }
}

fn assign<T: Vocabulary + FromStr>(slot: &mut T, value: &str) -> bool {
    match T::from_str(value) {
        Ok(parsed) => {
            *slot = parsed;
            true
        }
        Err(_) => false,
    }
}

impl ExplorerState {
    /// The link's key–value pairs, with the values exactly as in the data.
    pub fn query_pairs(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let c = &self.condition;
        vec![
            ("scenario", c.scenario.id().to_string()),
            ("goal", c.goal.id().to_string()),
            ("urgency", c.urgency.id().to_string()),
            ("variant", c.variant.id().to_string()),
            ("model", self.model.clone()),
            ("lang", lang.id().to_string()),
        ]
    }

    /// The query string that restores this state.
    pub fn to_query(&self, lang: Lang) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.query_pairs(lang))
            .finish()
    }
}

/// The `step=N` of a step-by-step page's link, kept within 1..=total; `None` if absent or unreadable.
pub fn step_param(query: &str, total: usize) -> Option<usize> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(key, _)| key == STEP_KEY)
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .map(|step| step.clamp(1, total.max(1)))
}

impl crate::data::Dataset {
    /// Reads an explorer link against this dataset's models (an unknown model is reported and
    /// ignored, like every other problem of the link).
    pub fn parse_link(&self, query: &str) -> ParsedLink {
        ParsedLink::parse(query, |id| self.model(id).is_some())
    }
}

/// The same query with its language set to `lang` (any earlier `lang=` dropped, the other pairs
/// kept in order), so that what a reader shares opens as they see it.
pub fn with_lang(query: &str, lang: Lang) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .filter(|(key, _)| key != "lang")
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .collect();
    pairs.push(("lang".into(), lang.id().to_string()));
    pairs
}
