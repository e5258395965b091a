//! The study's core result at a glance, on the home page's first screen: Figure 7's rate for
//! every model as a small column, highest first, each with its value, its 95% interval and its
//! sourcing mark, under the figure's caption and beside the scenario's caveat. The explorer,
//! one door below, draws the same rows with names; on a phone this only has room for their shape,
//! and a column tapped names its model.

use strum::IntoEnumIterator;
use yew::prelude::*;

use crate::bundled;
use crate::i18n::{Key, Texts};
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
use crate::view::shell::context::use_texts;
use model::explorer::{figure_bars, Bar};
use model::stats::{fixed, percent_text};
use model::types::{Confidence, Figure};

#[function_component(Glance)]
pub fn glance() -> Html {
    let t = use_texts();
    let bars = figure_bars(bundled::dataset(), Figure::Fig7);
    // The legend explains the marks this figure uses, in the order of the explorer's legend.
    let marks = Confidence::iter().filter(|&c| {
        !Texts::confidence_mark(c).is_empty() && bars.iter().any(|bar| bar.row.confidence == c)
    });
    html! {
        <figure class="glance" data-testid="glance">
            <figcaption class="glance-caption">{ t.fill(Key::GlanceCaption, &[("models", &bars.len().to_string())]) }</figcaption>
            <ol class="glance-bars" role="list">{ for bars.iter().map(|bar| column(t, bar)) }</ol>
            <p class="glance-legend">
                <span>{ t.get(Key::GlanceWhisker) }</span>
                { for marks.map(|c| html! { <span>{ t.confidence_explained(c) }</span> }) }
            </p>
            <p class="caveat">{ t.get(Key::CaveatBlackmail) }</p>
            <Evidence of={of_keys(&[Key::GlanceCaption, Key::CaveatBlackmail])} />
        </figure>
    }
}

/// One model's column: its value above, its name for screen readers and as the pointer's hint;
/// tapped where the names do not show (a phone), it takes the focus (`tabindex="-1"`, so no stop
/// for the Tab key among the doors) and its CSS shows the name above it.
fn column(t: Texts, bar: &Bar) -> Html {
    let value = percent_text(&bar.row.rate_text);
    let mark = Texts::confidence_mark(bar.row.confidence);
    let name = &bar.model.name;
    html! {
        <li class="glance-bar" tabindex="-1" title={format!("{name}: {value}")}>
            <span class="glance-name">{ name.clone() }</span>
            <span class="glance-value">{ value.clone() }</span>
            { column_svg(bar) }
            <span class="glance-mark" title={t.confidence_short(bar.row.confidence)}>{ mark }</span>
        </li>
    }
}

/// Geometry in a 10 × 100 box, the rate measured up from the bottom; the SVG stretches to the
/// column (attributes, which the page's CSP allows where it blocks inline styles).
fn column_svg(bar: &Bar) -> Html {
    let up = |rate: f64| fixed(100.0 - rate * 100.0, 2);
    let whisker = bar.interval.map(|i| {
        html! { <line class="whisker" x1="5" x2="5" y1={up(i.high)} y2={up(i.low)} vector-effect="non-scaling-stroke" /> }
    });
    html! {
        <svg class="glance-svg" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="track" x="1" y="0" width="8" height="100" />
            <rect class="fill" x="1" y={up(bar.row.rate)} width="8" height={fixed(bar.row.rate * 100.0, 2)} />
            { for whisker }
        </svg>
    }
}
