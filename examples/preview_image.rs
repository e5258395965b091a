//! The pictures a chat or a social site shows beside a link to the site (`og:image`, 1200×630):
//! a chart drawn by the app's own SVG (the "Download chart (SVG)" file), under the site's name in
//! both languages, rendered to PNG with resvg at build time. One per view a page is about (a story
//! step's, a run's condition; the explorer's first view for the pages about none), so that a link
//! to a page about the threat alone, or lethal action, does not preview with Figure 7's numbers;
//! and one with no chart (`preview-plain.png`), for the pages no one view's chart suits
//! (examples/prerender/pages.rs, `preview`). `cargo run --example preview_image -- DIR VIEW…`
//! (scripts/build.mjs, `writePreviewImages`) writes them into DIR and prints, per picture, its
//! view, file name, size and text alternative as JSON.
//!
//! The text is drawn with the machine's fonts: Noto Sans CJK, which scripts/setup.sh installs for
//! the Chinese line, else any sans-serif font found; with none, it stops rather than write a
//! picture without words.

use cornered::bundled;
use cornered::i18n::{Key, Texts};
use cornered::view::explorer::download_files::current_chart_svg;
use cornered::view::shell::context::Shared;
use model::link::ExplorerState;
use model::types::{Lang, Vocabulary};
use resvg::{tiny_skia, usvg};
use std::collections::HashMap;
use std::io::BufWriter;

const WIDTH: f64 = 1200.0;
const HEIGHT: f64 = 630.0;
const HEADER: f64 = 104.0;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: preview_image DIR [VIEW…]");
    let (options, family) = fonts();
    let data = bundled::dataset();
    let en = Texts(Lang::En);
    let mut pictures = Vec::new();
    let mut drawn: Vec<ExplorerState> = Vec::new();
    for query in args {
        let view = data.parse_link(&query).state;
        if drawn.contains(&view) {
            continue;
        }
        let file = file_name(&view);
        draw(&view, &options, family, &format!("{dir}/{file}"));
        // What the build needs for the page's tags: the size and words for those who cannot see it.
        let alt = format!(
            "{} — {}",
            en.get(Key::ChartTitle),
            en.condition(view.condition)
        );
        pictures.push(serde_json::json!({ "view": query, "file": file, "width": WIDTH, "height": HEIGHT, "alt": alt }));
        drawn.push(view);
    }
    draw_plain(&options, &format!("{dir}/{PLAIN}"));
    let plain =
        serde_json::json!({ "file": PLAIN, "width": WIDTH, "height": HEIGHT, "alt": en.promise() });
    println!(
        "{}",
        serde_json::json!({ "pictures": pictures, "plain": plain, "font": family })
    );
}

/// The picture without a chart, for the pages no one condition's chart suits.
const PLAIN: &str = "preview-plain.png";

/// `preview.png` for the explorer's first view (the site's own picture), else the view's
/// condition (and model, where it is not the first view's) in the name.
fn file_name(view: &ExplorerState) -> String {
    if *view == ExplorerState::default() {
        return "preview.png".to_string();
    }
    let c = view.condition;
    let mut name = format!(
        "preview-{}-{}-{}-{}",
        c.scenario.id(),
        c.goal.id(),
        c.urgency.id(),
        c.variant.id()
    );
    if view.model != ExplorerState::default().model {
        name = format!("{name}-{}", view.model);
    }
    format!("{name}.png")
}

/// The machine's fonts, and the family that draws the words: Noto Sans CJK for the Chinese line.
fn fonts() -> (usvg::Options<'static>, &'static str) {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    let installed = |name: &str| {
        fonts
            .faces()
            .any(|face| face.families.iter().any(|(f, _)| f == name))
    };
    let family = ["Noto Sans CJK SC", "DejaVu Sans", "Liberation Sans"]
        .into_iter()
        .find(|name| installed(name))
        .expect("no font to draw the preview's words: run scripts/setup.sh (it installs fonts-noto-cjk)");
    fonts.set_sans_serif_family(family);
    (options, family)
}

/// One picture: the view's chart under the site's name, to `out`.
fn draw(view: &ExplorerState, options: &usvg::Options, family: &str, out: &str) {
    let en = Texts(Lang::En);
    // Without the bars' notes, which the page and the downloaded chart print: a preview is seen
    // the size of a thumbnail, and they made the chart too small to read at that size.
    let chart = current_chart_svg(en, Shared(bundled::dataset()), view, false);
    let chart = match latin_font(options) {
        Some(latin) if family.starts_with("Noto Sans CJK") => latin_quotes(&chart, latin),
        _ => chart,
    };
    render(&picture(&placed(&chart)), options, out);
}

/// The picture without a chart: the site's promise, in both languages, under its name.
fn draw_plain(options: &usvg::Options, out: &str) {
    let (en, zh) = (Texts(Lang::En), Texts(Lang::Zh));
    let latin = latin_font(options)
        .map(|f| format!(r#" font-family="{f}""#))
        .unwrap_or_default();
    let mut body = String::new();
    let mut y = HEADER + 96.0;
    for line in wrap(&en.promise(), 26.0) {
        body.push_str(&format!(
            r##"<text x="64" y="{y}" font-size="40"{latin} fill="#1b1b1f">{}</text>"##,
            html_escape(&line)
        ));
        y += 56.0;
    }
    y += 28.0;
    for line in wrap(&zh.promise(), 28.0) {
        body.push_str(&format!(
            r##"<text x="64" y="{y}" font-size="36" fill="#1b1b1f">{}</text>"##,
            html_escape(&line)
        ));
        y += 54.0;
    }
    body.push_str(&format!(
        r##"<rect x="32" y="{top}" width="8" height="{h}" fill="#c8442c"/>"##,
        top = HEADER + 52.0,
        h = y - HEADER - 80.0
    ));
    render(&picture(&body), options, out);
}

/// Lines of at most `width` ems: a character of Chinese text counts as one, any other as a
/// little over half (the fonts' average). Lines break at spaces, or between two characters of
/// Chinese, and never before Chinese punctuation. usvg sets no paragraphs; for one sentence a
/// count is enough.
fn wrap(text: &str, width: f64) -> Vec<String> {
    let wide = |c: char| c >= '\u{2e80}';
    let ems = |s: &str| {
        s.chars()
            .map(|c| if wide(c) { 1.0 } else { 0.58 })
            .sum::<f64>()
    };
    // The pieces a line may end after: a word and the space after it, or one Chinese character.
    let mut pieces: Vec<String> = Vec::new();
    for c in text.chars() {
        let joins = match pieces.last() {
            Some(last) => {
                !wide(c) && !last.ends_with(' ') && !last.chars().all(wide)
                    || "，。、；：！？）》”".contains(c)
            }
            None => false,
        };
        match pieces.last_mut() {
            Some(last) if joins => last.push(c),
            _ => pieces.push(c.to_string()),
        }
    }
    let mut lines = vec![String::new()];
    for piece in pieces {
        let line = lines.last_mut().expect("a line");
        if !line.is_empty() && ems(line.trim_end()) + ems(piece.trim_end()) > width {
            lines.push(piece);
        } else {
            line.push_str(&piece);
        }
    }
    lines
        .into_iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// A Latin font, where the machine has one, for English words among Noto Sans CJK's.
fn latin_font(options: &usvg::Options) -> Option<&'static str> {
    ["DejaVu Sans", "Liberation Sans"].into_iter().find(|name| {
        options
            .fontdb
            .faces()
            .any(|face| face.families.iter().any(|(f, _)| f == name))
    })
}

/// The picture's SVG, drawn to a 1200×630 PNG at `out`.
fn render(svg: &str, options: &usvg::Options, out: &str) {
    let tree = usvg::Tree::from_str(svg, options).expect("the preview's SVG parses");
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH as u32, HEIGHT as u32).expect("a 1200×630 canvas");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    save_with_palette(&pixmap, out);
}

/// The chart, scaled to fit under the band with the site's name.
fn placed(chart: &str) -> String {
    let (width, height) = size_of(chart);
    let scale = ((HEIGHT - HEADER - 16.0) / height).min((WIDTH - 32.0) / width);
    let (w, h) = (width * scale, height * scale);
    let x = (WIDTH - w) / 2.0;
    // The chart's own root element, given a place and a size in the picture.
    chart
        .replacen(
            "<svg ",
            &format!(r#"<svg x="{x:.1}" y="{HEADER}" width="{w:.1}" height="{h:.1}" "#),
            1,
        )
        .replacen(&format!(r#"width="{width}" "#), "", 1)
        .replacen(&format!(r#"height="{height}" "#), "", 1)
}

/// `body` under a band with the site's name, a line per language.
fn picture(body: &str) -> String {
    let (en, zh) = (Texts(Lang::En), Texts(Lang::Zh));
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect width="100%" height="{HEADER}" fill="#1b1b1f"/>
<text x="32" y="44" font-size="28" font-weight="700" fill="#fbfaf7">{en}</text>
<text x="32" y="84" font-size="24" fill="#fbfaf7">{zh}</text>
{body}
</svg>"##,
        en = html_escape(en.get(Key::TitleHome)),
        zh = html_escape(zh.get(Key::TitleHome)),
    )
}

/// The English chart's curly quotes and middle dots, drawn with a Latin font. Noto Sans CJK, which
/// draws the Chinese line, gives them the full width Chinese text sets them in, which left gaps in
/// English (`“serve American interests” ·`), and usvg cannot ask for the font's proportional forms
/// (`font-feature-settings`). The chart writes these only into text, never into an attribute.
fn latin_quotes(chart: &str, latin: &str) -> String {
    let mut out = String::with_capacity(chart.len());
    for c in chart.chars() {
        match c {
            '“' | '”' | '‘' | '’' | '·' => {
                out.push_str(&format!(r#"<tspan font-family="{latin}">{c}</tspan>"#))
            }
            _ => out.push(c),
        }
    }
    out
}

/// The chart's own width and height (`width="800" height="…"` on its root).
fn size_of(chart: &str) -> (f64, f64) {
    let number = |attribute: &str| {
        let start = chart
            .find(&format!(r#"{attribute}=""#))
            .expect("the chart has a size")
            + attribute.len()
            + 2;
        chart[start..start + chart[start..].find('"').expect("a closed attribute")]
            .parse::<f64>()
            .expect("a number")
    };
    (number("width"), number("height"))
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

/// Writes the picture as an indexed PNG: its 256 most frequent colours, every other pixel (the
/// edges of anti-aliased text) given the nearest of them. Flat colours stay exact, and the file is
/// a fraction of the full-colour one (190 KB, measured), which every copy of the site carries.
/// Rows go unfiltered: filters predict a byte from its neighbours, which suits smooth colour but
/// not palette indices, and here they cost a fifth (38.9 → 31.4 KB for `preview.png`, measured).
fn save_with_palette(pixmap: &tiny_skia::Pixmap, out: &str) {
    let pixels: Vec<[u8; 3]> = pixmap
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let mut counts = HashMap::new();
    for pixel in &pixels {
        *counts.entry(*pixel).or_insert(0u32) += 1;
    }
    let mut by_use: Vec<([u8; 3], u32)> = counts.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = by_use.iter().take(256).map(|(c, _)| *c).collect();
    let distance = |a: [u8; 3], b: [u8; 3]| -> i32 {
        a.iter()
            .zip(b)
            .map(|(&x, y)| (i32::from(x) - i32::from(y)).pow(2))
            .sum()
    };
    let mut nearest = HashMap::new();
    let indices: Vec<u8> = pixels
        .iter()
        .map(|&pixel| {
            *nearest.entry(pixel).or_insert_with(|| {
                let closest = (0..palette.len()).min_by_key(|&i| distance(pixel, palette[i]));
                u8::try_from(closest.expect("a palette")).expect("256 colours at most")
            })
        })
        .collect();
    let file = std::fs::File::create(out).unwrap_or_else(|e| panic!("{out}: {e}"));
    let mut encoder = png::Encoder::new(BufWriter::new(file), pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::Best);
    encoder.set_filter(png::FilterType::NoFilter);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::NonAdaptive);
    let mut writer = encoder
        .write_header()
        .unwrap_or_else(|e| panic!("{out}: {e}"));
    writer
        .write_image_data(&indices)
        .unwrap_or_else(|e| panic!("{out}: {e}"));
}
