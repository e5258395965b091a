//! The downloadable chart: every bar with its published value, escaped text, valid SVG shape.

mod common;

use model::chart_svg::{chart_svg, ChartWords, BAR_FILL};
use model::explorer::chart;
use model::link::ExplorerState;
use model::stats::percent_text;

#[test]
fn the_svg_has_every_bar_value_and_escapes_text() {
    let data = common::dataset();
    let state = ExplorerState::default();
    let c = chart(data, &state);
    let words = ChartWords {
        title: "Every model <under> this condition & more",
        condition: "Blackmail",
        source: "From Figure 7",
        caveat: "Fictional company.",
        labels: c.bars.iter().map(|b| b.model.name.clone()).collect(),
        marks: c.bars.iter().map(|_| "").collect(),
    };
    let svg = chart_svg(&c, &words);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("Every model &lt;under&gt; this condition &amp; more"));
    for bar in &c.bars {
        assert!(svg.contains(&bar.model.name), "{}", bar.model.name);
        assert!(
            svg.contains(&format!(">{}<", percent_text(&bar.row.rate_text)))
                || svg.contains(&format!(">{} ", percent_text(&bar.row.rate_text)))
        );
    }
    assert_eq!(
        svg.matches(&format!("fill=\"{BAR_FILL}\"")).count(),
        c.bars.len()
    );
    assert!(svg.contains("▶ Claude Opus 4"));
}
