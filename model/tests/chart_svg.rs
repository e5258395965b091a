//! The downloadable chart: every bar with its published value, escaped text, valid SVG shape.

mod common;

use model::chart_svg::{chart_svg, ChartWords, BAR_FILL};
use model::explorer::{chart, Chart};
use model::link::ExplorerState;
use model::stats::percent_text;
use model::types::{Condition, RowNote, Scenario, Variant};

/// The chart's words for a test: each bar labelled with its model's name and unmarked, no notes,
/// one legend line; `title`, `source` and `caveat` as given.
fn plain_words<'a>(c: &Chart, title: &'a str, source: &'a str, caveat: &'a str) -> ChartWords<'a> {
    ChartWords {
        title,
        condition: "c",
        source,
        caveat,
        labels: c.bars.iter().map(|b| b.model.name.clone()).collect(),
        marks: c.bars.iter().map(|_| "").collect(),
        notes: c.bars.iter().map(|_| None).collect(),
        adapted_group: "With an adapted prompt",
        legend: vec!["◇ seen in at least two secondary texts that agree".to_string()],
        unpublished: String::new(),
    }
}

#[test]
fn the_models_without_a_value_are_named_below_the_bars() {
    let data = common::dataset();
    let mut state = ExplorerState::default();
    state.condition.variant = Variant::SafetyInstructions;
    state.condition.scenario = model::types::Scenario::Leaking;
    let c = chart(data, &state);
    assert!(!c.unpublished.is_empty());
    let words = ChartWords {
        unpublished: "No value found for: Claude Sonnet 4, GPT-4.1.".to_string(),
        ..plain_words(&c, "t", "s", "v")
    };
    let svg = chart_svg(&c, &words);
    let last_bar = svg.rfind("<rect").unwrap();
    let line = svg
        .find(">No value found for: Claude Sonnet 4, GPT-4.1.<")
        .expect("the line");
    assert!(line > last_bar, "below the bars");
}

#[test]
fn the_svg_has_every_bar_value_and_escapes_text() {
    let data = common::dataset();
    let state = ExplorerState::default();
    let c = chart(data, &state);
    let words = plain_words(
        &c,
        "Every model <under> this condition & more",
        "From Figure 7",
        "Fictional company.",
    );
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
    // An adapted prompt's bar is an outline, as on the page; the others are filled.
    let adapted = c
        .bars
        .iter()
        .filter(|b| b.row.condition.variant == Variant::AdaptedPrompt)
        .count();
    assert_eq!(adapted, 3);
    assert_eq!(
        svg.matches(&format!("fill=\"{BAR_FILL}\"")).count(),
        c.bars.len() - adapted
    );
    assert_eq!(
        svg.matches(&format!("fill=\"none\" stroke=\"{BAR_FILL}\""))
            .count(),
        adapted
    );
    assert!(svg.contains("▶ Claude Opus 4"));
}

/// The models the study left out of Figure 11 follow the models it shows, each group highest first:
/// sorted in among them, they read as ranked with them.
#[test]
fn models_left_out_of_a_figure_follow_the_ones_it_shows() {
    let data = common::dataset();
    let state = ExplorerState {
        condition: Condition {
            scenario: Scenario::Murder,
            ..Condition::default()
        },
        ..ExplorerState::default()
    };
    let c = chart(data, &state);
    let left_out: Vec<bool> = c
        .bars
        .iter()
        .map(|b| b.row.note.is_some_and(RowNote::left_out_of_figures))
        .collect();
    let first = left_out.iter().position(|&out| out).unwrap();
    assert!(first >= 8, "Figure 11's models come first: {left_out:?}");
    assert!(left_out[first..].iter().all(|&out| out), "{left_out:?}");
    assert!(
        left_out.len() - first >= 6,
        "the six it left out, and o3 and o4-mini"
    );
    for group in [&c.bars[..first], &c.bars[first..]] {
        assert!(group.windows(2).all(|w| w[0].row.rate >= w[1].row.rate));
    }
}

/// The adapted prompts' bars come after every standard prompt's, under their own line, and each
/// bar's note is printed under it, as on the page.
#[test]
fn adapted_prompts_follow_under_their_line_and_notes_are_kept() {
    let data = common::dataset();
    let c = chart(data, &ExplorerState::default());
    let first_adapted = c
        .bars
        .iter()
        .position(|b| b.row.condition.variant == Variant::AdaptedPrompt)
        .unwrap();
    assert!(c.bars[first_adapted..]
        .iter()
        .all(|b| b.row.condition.variant == Variant::AdaptedPrompt));
    let words = ChartWords {
        notes: c
            .bars
            .iter()
            .map(|b| b.row.note.map(|_| "A note & more"))
            .collect(),
        ..plain_words(&c, "t", "s", "v")
    };
    let svg = chart_svg(&c, &words);
    let lines: Vec<&str> = svg.lines().collect();
    let group = lines
        .iter()
        .position(|l| l.contains(">With an adapted prompt<"))
        .unwrap();
    // The last line naming the model: a model with an adapted prompt has a standard bar too.
    let first_adapted_label = lines
        .iter()
        .rposition(|l| l.contains(&format!(">{}<", c.bars[first_adapted].model.name)))
        .unwrap();
    assert!(group < first_adapted_label);
    let with_notes = c.bars.iter().filter(|b| b.row.note.is_some()).count();
    assert!(with_notes >= 3);
    assert_eq!(svg.matches(">A note &amp; more<").count(), with_notes);
}

/// The small print is broken into lines that fit the picture, and nothing is lost in the breaking:
/// SVG does not wrap text, and the caveat ran off the edge before (issue 15's preview showed it).
#[test]
fn long_notes_wrap_inside_the_picture_keeping_every_word() {
    let data = common::dataset();
    let c = chart(data, &ExplorerState::default());
    let source = "From Figure 7 · Figure 1 · Figure 12 · Appendix 10 · Lynch, Wright, Larson, Troy, Ritchie, Mindermann, Perez, Hubinger (2025)";
    let caveat = "一个刻意只留有限选项的虚构测试：研究者“迫使模型在失败与伤害之间二选一”。这些模型在 2025 年 6 月接受测试。";
    let words = plain_words(&c, "t", source, caveat);
    let svg = chart_svg(&c, &words);
    let notes: Vec<&str> = svg
        .lines()
        .filter(|l| l.contains(r#"font-size="11""#))
        .map(|l| &l[l.find('>').unwrap() + 1..l.rfind("</text>").unwrap()])
        .collect();
    assert!(notes.len() >= 3, "{notes:?}");
    let ems = |line: &str| {
        line.chars()
            .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
            .sum::<f64>()
    };
    for line in &notes {
        assert!(ems(line) * 11.0 <= 800.0 - 32.0, "too wide: {line}");
    }
    let joined: String = notes.concat();
    let squash = |t: &str| t.replace(' ', "");
    assert_eq!(
        squash(&joined),
        squash(&format!(
            "◇ seen in at least two secondary texts that agree{source}{caveat}"
        ))
    );
    // The number in the first `name="…"` of `text`.
    let number = |text: &str, name: &str| -> u32 {
        let after = text.split(&format!("{name}=\"")).nth(1).unwrap();
        after[..after.find('"').unwrap()].parse().unwrap()
    };
    let height = number(&svg, "height");
    let last_line = svg
        .lines()
        .rfind(|l| l.contains(r#"font-size="11""#))
        .unwrap();
    let last_y = number(last_line, "y");
    assert!(
        last_y + 8 <= height,
        "the last line ({last_y}) inside the picture ({height})"
    );
}
