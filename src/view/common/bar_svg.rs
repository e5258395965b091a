//! One bar with its interval whisker, as the explorer's chart draws it: the study's bars and the
//! reader's own (`your_runs::explorer_bars`, which the stylesheet draws outlined) share it.

use yew::prelude::*;

use model::stats::{fixed, Interval};

/// Geometry in a 0–100 wide box: the SVG scales it to the row, and CSP allows attributes
/// where it would block inline styles.
pub fn bar_svg(rate: f64, interval: Option<Interval>) -> Html {
    let width = fixed(rate * 100.0, 2);
    // One path (the line and its two ends), not three lines: a toggle rewrites one attribute
    // per bar instead of six, and the page lays out one shape instead of four.
    let whisker = interval.map(|i| {
        let (low, high) = (fixed(i.low * 100.0, 2), fixed(i.high * 100.0, 2));
        let outline = format!("M{low} 6H{high}M{low} 3V9M{high} 3V9");
        html! { <path class="whisker" d={outline} vector-effect="non-scaling-stroke" /> }
    });
    html! {
        <svg class="bar-svg" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="track" x="0" y="2" width="100" height="8" />
            <rect class="fill" x="0" y="2" width={width} height="8" />
            { for whisker }
        </svg>
    }
}
