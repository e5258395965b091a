//! What the marks ◇ and † mean: a quiet legend, not an alarm.

use strum::IntoEnumIterator;
use yew::prelude::*;

use crate::i18n::Key;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
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
                    // The meaning of a mark begins with the mark ("◇ seen in …").
                    html! {
                        <li>
                            <strong>{ t.confidence_name(c) }</strong>{ " — " }{ t.confidence_explained(c) }
                        </li>
                    }
                }) }
            </ul>
            <p class="small">{ t.get(Key::CaveatGeneral) }</p>
            <Evidence of={of_keys(&[Key::CaveatGeneral])} />
        </aside>
    }
}
