//! The explorer's chart as a standalone SVG file, for "Download chart (SVG)". Pure string
//! building, so it is tested natively; the texts come in already translated.

use html_escape::encode_text as text;

use crate::explorer::Chart;
use crate::stats::{fixed, percent_text};

/// The words around the bars, in the reader's language.
pub struct ChartWords<'a> {
    pub title: &'a str,
    pub condition: &'a str,
    pub source: &'a str,
    pub caveat: &'a str,
    /// Each bar's label, in chart order.
    pub labels: Vec<String>,
    /// Each bar's confidence mark (may be empty), in chart order.
    pub marks: Vec<&'a str>,
}

/// The colour of a bar (the rate): the page's `--harm` (static/style.css).
pub const BAR_FILL: &str = "#c8442c";
const WIDTH: u32 = 800;
const ROW: u32 = 22;
const LABEL_W: u32 = 230;
const VALUE_W: u32 = 70;
const TOP: u32 = 70;

fn x_of(rate: f64) -> f64 {
    let plot = f64::from(WIDTH - LABEL_W - VALUE_W - 20);
    f64::from(LABEL_W) + rate.clamp(0.0, 1.0) * plot
}

pub fn chart_svg(chart: &Chart, words: &ChartWords) -> String {
    let rows = chart.bars.len() as u32;
    let height = TOP + rows * ROW + 70;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="system-ui, sans-serif" font-size="13">
<title>{title}</title>
<rect width="100%" height="100%" fill="#fbfaf7"/>
<text x="16" y="28" font-size="18" font-weight="700" fill="#1b1b1f">{title}</text>
<text x="16" y="50" fill="#55585f">{condition}</text>
"##,
        title = text(words.title),
        condition = text(words.condition),
    );
    for (i, bar) in chart.bars.iter().enumerate() {
        let y = TOP + i as u32 * ROW;
        let label = words.labels.get(i).map_or("", String::as_str);
        let mark = words.marks.get(i).copied().unwrap_or("");
        let weight = if bar.selected { "700" } else { "400" };
        let end = x_of(bar.row.rate);
        svg.push_str(&format!(
            r##"<text x="16" y="{ty}" font-weight="{weight}" fill="#1b1b1f">{prefix}{label}</text>
<rect x="{LABEL_W}" y="{by}" width="{track}" height="10" fill="#e4e1da"/>
<rect x="{LABEL_W}" y="{by}" width="{fill}" height="10" fill="{BAR_FILL}"/>
"##,
            ty = y + 14,
            by = y + 5,
            prefix = if bar.selected { "▶ " } else { "" },
            label = text(label),
            track = fixed(x_of(1.0) - f64::from(LABEL_W), 1),
            fill = fixed(end - f64::from(LABEL_W), 1),
        ));
        if let Some(i) = bar.interval {
            svg.push_str(&format!(
                r##"<path d="M{lo} {mid} H{hi} M{lo} {a} V{b} M{hi} {a} V{b}" stroke="#1b1b1f" stroke-width="1.2" fill="none"/>
"##,
                lo = fixed(x_of(i.low), 1),
                hi = fixed(x_of(i.high), 1),
                mid = y + 10,
                a = y + 6,
                b = y + 14,
            ));
        }
        svg.push_str(&format!(
            r##"<text x="{vx}" y="{ty}" text-anchor="end" font-weight="{weight}" fill="#1b1b1f">{value}{mark}</text>
"##,
            vx = WIDTH - 16,
            ty = y + 14,
            value = text(&percent_text(&bar.row.rate_text)),
            mark = text(&if mark.is_empty() { String::new() } else { format!(" {mark}") }),
        ));
    }
    let bottom = TOP + rows * ROW;
    svg.push_str(&format!(
        r##"<text x="16" y="{s}" fill="#55585f" font-size="11">{source}</text>
<text x="16" y="{c}" fill="#55585f" font-size="11">{caveat}</text>
</svg>
"##,
        s = bottom + 28,
        c = bottom + 46,
        source = text(words.source),
        caveat = text(words.caveat),
    ));
    svg
}
