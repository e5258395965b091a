//! References from a text to published values: `{rate:QUERY}` and `{runs:QUERY}` in prose, and
//! the rows that evidence lists name by their query. The text never carries the number itself;
//! the view looks the row up in `data/results.csv` (see `data/CONTENT.md`).

use std::str::FromStr;

use crate::data::{Dataset, ResultRow};
use crate::types::{Condition, Goal, Metric, Scenario, Urgency, Variant};

/// A reference to one published value: `scenario=…&goal=…&urgency=…&variant=…&model=…[&metric=…]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowRef {
    pub condition: Condition,
    pub model: String,
    pub metric: Metric,
}

impl RowRef {
    /// Strict: every key must be present and known, unlike a reader's link, which falls back.
    pub fn parse(query: &str) -> Result<RowRef, String> {
        let mut scenario = None;
        let mut goal = None;
        let mut urgency = None;
        let mut variant = None;
        let mut model = None;
        let mut metric = Metric::HarmfulRate;
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let bad = || format!("'{key}={value}' in '{query}'");
            match key.as_ref() {
                "scenario" => scenario = Some(Scenario::from_str(&value).map_err(|_| bad())?),
                "goal" => goal = Some(Goal::from_str(&value).map_err(|_| bad())?),
                "urgency" => urgency = Some(Urgency::from_str(&value).map_err(|_| bad())?),
                "variant" => variant = Some(Variant::from_str(&value).map_err(|_| bad())?),
                "metric" => metric = Metric::from_str(&value).map_err(|_| bad())?,
                "model" => model = Some(value.to_string()),
                _ => return Err(bad()),
            }
        }
        let missing = |what: &str| format!("'{query}' lacks {what}");
        Ok(RowRef {
            condition: Condition {
                scenario: scenario.ok_or_else(|| missing("scenario"))?,
                goal: goal.ok_or_else(|| missing("goal"))?,
                urgency: urgency.ok_or_else(|| missing("urgency"))?,
                variant: variant.ok_or_else(|| missing("variant"))?,
            },
            model: model.ok_or_else(|| missing("model"))?,
            metric,
        })
    }

    pub fn find<'a>(&self, data: &'a Dataset) -> Option<&'a ResultRow> {
        data.find(self.condition, self.metric, &self.model)
    }
}

/// A piece of a text: words, or a reference to a published value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Words(&'a str),
    Rate(&'a str),
    Runs(&'a str),
}

/// Splits a text at its `{rate:…}` and `{runs:…}` references. Other braces stay words.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let reference = after.find('}').and_then(|end| {
            let inner = &after[..end];
            let segment = if let Some(q) = inner.strip_prefix("rate:") {
                Segment::Rate(q)
            } else if let Some(q) = inner.strip_prefix("runs:") {
                Segment::Runs(q)
            } else {
                return None;
            };
            Some((segment, end))
        });
        match reference {
            Some((segment, end)) => {
                if start > 0 {
                    out.push(Segment::Words(&rest[..start]));
                }
                out.push(segment);
                rest = &after[end + 1..];
            }
            None => {
                out.push(Segment::Words(&rest[..=start]));
                rest = after;
            }
        }
    }
    if !rest.is_empty() {
        out.push(Segment::Words(rest));
    }
    out
}
