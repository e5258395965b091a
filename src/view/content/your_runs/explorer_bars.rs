//! The reader's runs in the explorer's chart: for the condition the explorer shows, one bar per
//! model the reader ran it with, in a list of its own below the study's bars, marked ◆ with a
//! dashed outline and its own legend (never the study's look), and a link back to the comparison.
//! The study's bars, table, CSV and SVG never include these.

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::routes::Route;

use super::session;
use crate::i18n::{PageKey, Texts};
use crate::view::common::bar_svg::bar_svg;
use model::link::ExplorerState;
use model::runs::parse::Counts;
use model::stats::{fixed, wilson};

/// The bars, or nothing when no runs were loaded in this visit.
pub fn bars(t: Texts, state: &ExplorerState) -> Html {
    let tally = session::shown();
    if tally.counts.is_empty() {
        return Html::default();
    }
    let rows: Vec<(&str, Counts)> = tally
        .counts
        .iter()
        .filter(|(key, _)| key.condition.study_condition(key.variant) == Some(state.condition))
        .map(|(key, counts)| (key.model.as_str(), *counts))
        .collect();
    html! {
        <section class="your-runs-bars" data-testid="your-runs-bars" aria-labelledby="your-runs-bars-title">
            <h3 id="your-runs-bars-title">{ t.page(PageKey::YourRunsBarsTitle) }</h3>
            <p class="chart-legend">{ t.page(PageKey::YourRunsBarsLegend) }</p>
            if rows.is_empty() {
                <p class="small" data-testid="your-runs-none">{ t.page(PageKey::YourRunsBarsNone) }</p>
            } else {
                <ol class="bars" role="list">{ for rows.iter().map(|(model, counts)| bar(t, model, *counts)) }</ol>
            }
            <p data-testid="your-runs-link"><Link<Route> to={Route::YourRuns}>{ t.page(PageKey::YourRunsBarsLink) }</Link<Route>></p>
        </section>
    }
}

fn bar(t: Texts, model: &str, counts: Counts) -> Html {
    let n = counts.classified();
    let rate = (n > 0).then(|| f64::from(counts.harmful) / f64::from(n));
    let value = rate.map_or_else(
        || t.page(PageKey::YourRunsNoVerdicts).to_string(),
        |r| format!("{}%", fixed(r * 100.0, 1)),
    );
    html! {
        <li class="bar-row yours" data-testid="your-runs-bar" data-model={model.to_string()}
            data-harmful={counts.harmful.to_string()} data-n={n.to_string()}>
            <div class="bar-button">
                // The count goes under the name: the value column is as narrow as the study's.
                <span class="bar-name">
                    { t.fill_page(PageKey::YourRunsBarsLabel, &[("model", model)]) }<br />
                    <span class="small">{ t.fill_page(PageKey::YourRunsCount, &[("k", &counts.harmful.to_string()), ("n", &n.to_string())]) }</span>
                </span>
                { bar_svg(rate.unwrap_or(0.0), wilson(counts.harmful, n)) }
                <span class="bar-value">{ value }</span>
            </div>
        </li>
    }
}
