//! The pictures a chat or a social site shows beside a link to the site (`og:image`, 1200×630):
//! a chart drawn by the app's own SVG (the "Download chart (SVG)" file), under the site's name in
//! both languages, rendered to PNG with resvg at build time. One per scenario the story visits, at
//! the condition of its first step there (today the explorer's first view for blackmail, Figure
//! 9's condition for corporate espionage, Figure 11's for lethal action), so that a link to a page
//! about lethal action does not preview with blackmail's numbers. `cargo run --example preview_image -- DIR`
//! (scripts/build.mjs, `writePreviewImages`) writes them into DIR and prints, per picture, its
//! scenario, file name, size and text alternative as JSON.
//!
//! The text is drawn with the machine's fonts: Noto Sans CJK, which scripts/setup.sh installs for
//! the Chinese line, else any sans-serif font found; with none, it stops rather than write a
//! picture without words.

use cornered::bundled;
use cornered::i18n::{Key, Texts};
use cornered::view::explorer::download_files::current_chart_svg;
use cornered::view::shell::context::Shared;
use model::link::ExplorerState;
use model::types::Lang;
use resvg::{tiny_skia, usvg};
use std::collections::HashMap;
use std::io::BufWriter;

const WIDTH: f64 = 1200.0;
const HEIGHT: f64 = 630.0;
const HEADER: f64 = 104.0;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: preview_image DIR");
    let (options, family) = fonts();
    let mut written = Vec::new();
    for (i, view) in views().into_iter().enumerate() {
        let scenario: &str = view.condition.scenario.into();
        // The first is the site's own picture (the explorer's first view), under the plain name.
        let file = if i == 0 {
            "preview.png".to_string()
        } else {
            format!("preview-{scenario}.png")
        };
        draw(&view, &options, family, &format!("{dir}/{file}"));
        // What the build needs for the page's tags: the size and words for those who cannot see it.
        let en = Texts(Lang::En);
        let alt = format!(
            "{} — {}",
            en.get(Key::ChartTitle),
            en.condition(view.condition)
        );
        written.push(serde_json::json!({ "scenario": scenario, "file": file, "width": WIDTH, "height": HEIGHT, "alt": alt }));
    }
    println!(
        "{}",
        serde_json::json!({ "pictures": written, "font": family })
    );
}

/// The views drawn: for each scenario the story visits, in its order, the view of its first step
/// there. The story's first step is the explorer's first view.
fn views() -> Vec<ExplorerState> {
    let data = bundled::dataset();
    let mut views: Vec<ExplorerState> = Vec::new();
    for step in &bundled::CONTENT.built().content.story {
        let view = data.parse_link(&step.explore).state;
        if !views
            .iter()
            .any(|v| v.condition.scenario == view.condition.scenario)
        {
            views.push(view);
        }
    }
    assert_eq!(
        views.first(),
        Some(&ExplorerState::default()),
        "the story opens on the explorer's first view"
    );
    views
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
    let (en, zh) = (Texts(Lang::En), Texts(Lang::Zh));
    // Without the bars' notes, which the page and the downloaded chart print: a preview is seen
    // the size of a thumbnail, and they made the chart too small to read at that size.
    let chart = current_chart_svg(en, Shared(bundled::dataset()), view, false);
    let latin = ["DejaVu Sans", "Liberation Sans"].into_iter().find(|name| {
        options
            .fontdb
            .faces()
            .any(|face| face.families.iter().any(|(f, _)| f == name))
    });
    let chart = match latin {
        Some(latin) if family.starts_with("Noto Sans CJK") => latin_quotes(&chart, latin),
        _ => chart,
    };
    let svg = picture(&chart, [en.get(Key::TitleHome), zh.get(Key::TitleHome)]);
    let tree = usvg::Tree::from_str(&svg, options).expect("the preview's SVG parses");
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH as u32, HEIGHT as u32).expect("a 1200×630 canvas");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    save_with_palette(&pixmap, out);
}

/// The chart, scaled to fit under a band with the site's name, a line per language.
fn picture(chart: &str, names: [&str; 2]) -> String {
    let (width, height) = size_of(chart);
    let scale = ((HEIGHT - HEADER - 16.0) / height).min((WIDTH - 32.0) / width);
    let (w, h) = (width * scale, height * scale);
    let x = (WIDTH - w) / 2.0;
    // The chart's own root element, given a place and a size in the picture.
    let placed = chart.replacen(
        "<svg ",
        &format!(r#"<svg x="{x:.1}" y="{HEADER}" width="{w:.1}" height="{h:.1}" "#),
        1,
    );
    let placed = placed
        .replacen(&format!(r#"width="{width}" "#), "", 1)
        .replacen(&format!(r#"height="{height}" "#), "", 1);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect width="100%" height="{HEADER}" fill="#1b1b1f"/>
<text x="32" y="44" font-size="28" font-weight="700" fill="#fbfaf7">{en}</text>
<text x="32" y="84" font-size="24" fill="#fbfaf7">{zh}</text>
{placed}
</svg>"##,
        en = html_escape(names[0]),
        zh = html_escape(names[1]),
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
