//! What the marks ◇ and † mean: a quiet legend, not an alarm.

use strum::IntoEnumIterator;
use yew::prelude::*;

use crate::i18n::{Key, Texts};
use crate::view::common::evidence::{of_keys, Evidence};
use crate::view::shell::context::use_texts;
use model::types::Confidence;

#[function_component(ConfidenceLegend)]
pub fn confidence_legend() -> Html {
    let t = use_texts();
    html! {
        <aside class="legend" data-testid="confidence-legend">
            <h3>{ t.get(Key::ConfidenceLegend) }</h3>
            <ul>
                { for Confidence::iter().map(|c| {
                    let mark = Texts::confidence_mark(c);
                    html! {
                        <li>
                            <strong>{ t.confidence_name(c) }</strong>
                            { if mark.is_empty() { " — ".to_string() } else { format!(" ({mark}) — ") } }
                            { t.confidence_explained(c).trim_start_matches(['◇', '†', ' ']) }
                        </li>
                    }
                }) }
            </ul>
            <p class="small">{ t.get(Key::CaveatGeneral) }</p>
            <Evidence of={of_keys(&[Key::CaveatGeneral])} />
        </aside>
    }
}
