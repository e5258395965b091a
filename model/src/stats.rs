//! Uncertainty for a rate observed in a fixed number of runs.

/// A two-sided 95% interval for a proportion, as fractions in [0, 1].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The normal quantile for a two-sided 95% interval.
const Z_95: f64 = 1.959_963_984_540_054;

/// Wilson score interval for `k` successes in `n` trials.
///
/// Chosen over the simple normal interval because the study's rates sit near 0% and 100%, where
/// the normal interval collapses to zero width or leaves [0, 1]. Written here because it is four
/// lines and no well-kept crate offers it without a large statistics dependency.
pub fn wilson(k: u32, n: u32) -> Option<Interval> {
    if n == 0 || k > n {
        return None;
    }
    let n = f64::from(n);
    let p = f64::from(k) / n;
    let z2 = Z_95 * Z_95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half_width = Z_95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(Interval {
        low: (centre - half_width).max(0.0),
        high: (centre + half_width).min(1.0),
    })
}

/// A rate as a percentage with no more digits than the study gave: `0.96` → `96%`,
/// `0.138` → `13.8%`. Works from the CSV text so that no digit is invented or lost.
pub fn percent_text(rate_text: &str) -> String {
    let text = rate_text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut digits: String = whole.trim_start_matches('0').to_string();
    let shifted: String = fraction
        .chars()
        .chain(std::iter::repeat('0'))
        .take(2)
        .collect();
    digits.push_str(&shifted);
    let digits = digits.trim_start_matches('0');
    let integer = if digits.is_empty() { "0" } else { digits };
    let decimals = fraction.get(2..).unwrap_or("");
    if decimals.is_empty() {
        format!("{integer}%")
    } else {
        format!("{integer}.{decimals}%")
    }
}

/// An interval bound as a percentage with one decimal, e.g. `90.2%`.
pub fn bound_text(value: f64) -> String {
    format!("{}%", fixed(value * 100.0, 1))
}

/// `value` with `decimals` digits after the point (at most 9), as `format!("{:.N}")` writes it
/// for every value the app formats: interval bounds and chart coordinates, which are never exact
/// halves (`tests/statistics.rs` compares the two on all of them).
///
/// Written by hand because `{:.N}` brings core's float formatting into the wasm, about 10 KB for
/// these few numbers; integers are formatted anyway.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    match decimals {
        0 => format!("{sign}{whole}"),
        _ => format!(
            "{sign}{whole}.{fraction:0width$}",
            width = decimals.min(9) as usize
        ),
    }
}
