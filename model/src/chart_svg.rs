//! The explorer's chart as a standalone SVG file, for "Download chart (SVG)". Pure string
//! building, so it is tested natively; the texts come in already translated.

use html_escape::encode_text as text;

use crate::explorer::{Bar, Chart};
use crate::stats::{fixed, percent_text};
use crate::types::Variant;

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
    /// Each bar's note, as the page prints it under the bar ("Left out of Figure 11 …"), in chart
    /// order.
    pub notes: Vec<Option<&'a str>>,
    /// The line above the bars of adapted prompts, which follow the others (`explorer::chart`).
    pub adapted_group: &'a str,
    /// What each kind of sourcing the chart shows means ("◇ seen in at least two secondary texts
    /// that agree").
    pub legend: Vec<String>,
    /// The models with no value found under the condition, as the page says it ("No value found
    /// for: …"), or empty: a file passed on must not read as if the others were not tested.
    pub unpublished: String,
}

/// The colour of a bar (the rate): the page's `--harm` (static/style.css).
pub const BAR_FILL: &str = "#c8442c";
const WIDTH: u32 = 800;
const ROW: u32 = 22;
const LABEL_W: u32 = 250;
const VALUE_W: u32 = 70;
const TOP: u32 = 70;

fn x_of(rate: f64) -> f64 {
    let plot = f64::from(WIDTH - LABEL_W - VALUE_W - 20);
    f64::from(LABEL_W) + rate.clamp(0.0, 1.0) * plot
}

/// The small print under the bars: its size, its line height, and how many ems fit on a line.
const NOTE_SIZE: u32 = 11;
const NOTE_LINE: u32 = 16;
const NOTE_EMS: f64 = (WIDTH - 32) as f64 / NOTE_SIZE as f64;

pub fn chart_svg(chart: &Chart, words: &ChartWords) -> String {
    let (rows, bottom) = bars_svg(chart, words);
    // The marks' legend, the source and the caveat are long sentences and SVG does not wrap text:
    // broken into lines here, so that none runs off the picture's edge.
    let legend = words.legend.join("   ");
    let notes: Vec<String> = [
        words.unpublished.as_str(),
        legend.as_str(),
        words.source,
        words.caveat,
    ]
    .iter()
    .flat_map(|note| wrap(note, NOTE_EMS))
    .collect();
    let height = bottom + 28 + notes.len() as u32 * NOTE_LINE;
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
    svg.push_str(&rows);
    for (i, line) in notes.iter().enumerate() {
        svg.push_str(&small_print(16, bottom + 28 + i as u32 * NOTE_LINE, line));
    }
    svg.push_str("</svg>\n");
    svg
}

/// The bars, each with its note under it, and the line that opens the adapted prompts' bars,
/// as the page has them; and where they end.
fn bars_svg(chart: &Chart, words: &ChartWords) -> (String, u32) {
    let mut svg = String::new();
    let mut y = TOP;
    for (i, bar) in chart.bars.iter().enumerate() {
        let adapted = bar.row.condition.variant == Variant::AdaptedPrompt;
        let first_adapted = adapted
            && (i == 0 || chart.bars[i - 1].row.condition.variant != Variant::AdaptedPrompt);
        if first_adapted {
            svg.push_str(&format!(
                r##"<text x="16" y="{ty}" font-style="italic" fill="#55585f">{group}</text>
"##,
                ty = y + 14,
                group = text(words.adapted_group),
            ));
            y += ROW;
        }
        svg.push_str(&bar_svg(bar, words, i, y, adapted));
        y += ROW;
        for line in words
            .notes
            .get(i)
            .copied()
            .flatten()
            .map_or_else(Vec::new, |n| wrap(n, NOTE_EMS - 2.0))
        {
            svg.push_str(&small_print(32, y + 8, &line));
            y += NOTE_LINE;
        }
    }
    (svg, y)
}

/// One bar's row: its label, its bar (an outline for an adapted prompt's, as on the page), its
/// interval and its value with its mark.
fn bar_svg(bar: &Bar, words: &ChartWords, i: usize, y: u32, adapted: bool) -> String {
    let label = words.labels.get(i).map_or("", String::as_str);
    let mark = words.marks.get(i).copied().unwrap_or("");
    let weight = if bar.selected { "700" } else { "400" };
    let paint = if adapted {
        format!(r#"fill="none" stroke="{BAR_FILL}" stroke-width="1.5""#)
    } else {
        format!(r#"fill="{BAR_FILL}""#)
    };
    let mut svg = format!(
        r##"<text x="16" y="{ty}" font-weight="{weight}" fill="#1b1b1f">{prefix}{label}</text>
<rect x="{LABEL_W}" y="{by}" width="{track}" height="10" fill="#e4e1da"/>
<rect x="{LABEL_W}" y="{by}" width="{fill}" height="10" {paint}/>
"##,
        ty = y + 14,
        by = y + 5,
        prefix = if bar.selected { "▶ " } else { "" },
        label = text(label),
        track = fixed(x_of(1.0) - f64::from(LABEL_W), 1),
        fill = fixed(x_of(bar.row.rate) - f64::from(LABEL_W), 1),
    );
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
    svg
}

/// A line of small print at (`x`, `y`).
fn small_print(x: u32, y: u32, line: &str) -> String {
    format!(
        r##"<text x="{x}" y="{y}" fill="#55585f" font-size="{NOTE_SIZE}">{line}</text>
"##,
        line = text(line),
    )
}

/// `note` in lines of at most `ems` wide, broken at spaces, and between any two characters of a
/// text without spaces (Chinese). Widths are estimated: a Latin character about half an em, any
/// other a full em, which errs wide for Latin text in common sans-serif fonts.
fn wrap(note: &str, ems: f64) -> Vec<String> {
    let width = |c: char| if c.is_ascii() { 0.55 } else { 1.0 };
    let mut lines = vec![String::new()];
    let mut used = 0.0;
    for word in note.split_inclusive(|c: char| c == ' ' || !c.is_ascii()) {
        let needed: f64 = word.trim_end().chars().map(width).sum();
        let line = lines.last_mut().expect("one line at least");
        if used + needed > ems && !line.trim().is_empty() {
            let full = line.trim_end().to_string();
            *line = full;
            lines.push(String::new());
            used = 0.0;
        }
        lines.last_mut().expect("one line at least").push_str(word);
        used += word.chars().map(width).sum::<f64>();
    }
    lines
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}
