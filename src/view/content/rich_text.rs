//! Renders a content text whose numbers are references into the data (`{rate:…}`, `{runs:…}`):
//! each is replaced by the published value, so prose never carries a number of its own.

use crate::bundled;
use yew::prelude::*;

use crate::i18n::Texts;
use crate::view::format::runs_phrase;
use model::reference::{segments, RowRef, Segment};
use model::stats::percent_text;

/// Blank lines separate paragraphs.
pub fn rich_paragraphs(t: Texts, text: &str) -> Html {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| html! { <p>{ rich_text(t, p.trim()) }</p> })
        .collect()
}

/// One paragraph's words and values. An unresolvable reference (which the tests forbid) shows
/// as "—" rather than a guess.
pub fn rich_text(t: Texts, text: &str) -> Html {
    let data = bundled::dataset();
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Words(words) => html! { { words.to_string() } },
            Segment::Rate(query) | Segment::Runs(query) => {
                let runs = matches!(segment, Segment::Runs(_));
                let row = RowRef::parse(query).ok().and_then(|r| r.find(data));
                let value = match row {
                    Some(row) if runs => runs_phrase(t, row),
                    Some(row) => percent_text(&row.rate_text),
                    None => "—".to_string(),
                };
                html! { <span class="value" data-ref={query.to_string()}>{ value }</span> }
            }
        })
        .collect()
}
