//! The reader's table: per model and condition, their harmful count, n, rate and 95% Wilson
//! interval, errors and missing verdicts apart, and the study's published value for the same model
//! and condition with its confidence mark and figure, or "no published value".

use yew::prelude::*;

use crate::bundled;
use crate::i18n::{PageKey, Texts};
use model::runs::condition::RunVariant;
use model::runs::parse::RunKey;
use model::runs::tally::{Agreement, Row, Tally};
use model::stats::{bound_text, fixed, percent_text};
use model::types::Vocabulary;

/// The reader's table: one row per model and condition, the study's value beside it.
/// `actions` (download, keep, forget, start again) go under the summary line.
pub fn results(t: Texts, tally: &Tally, on_read: Callback<RunKey>, actions: Html) -> Html {
    let data = bundled::dataset();
    let rows = tally.rows(data);
    html! {
        <section data-testid="runs-results">
            <h2>{ t.page(PageKey::YourRunsResults) }</h2>
            <p>{ t.fill_page(PageKey::YourRunsSummary, &[("samples", &tally.samples().to_string()), ("rows", &rows.len().to_string())]) }</p>
            if tally.passed_over > 0 {
                <p class="small" data-testid="runs-passed-over">{ t.fill_page(PageKey::YourRunsPassedOver, &[("count", &tally.passed_over.to_string())]) }</p>
            }
            { actions }
            <div class="table-wrap">
                <table class="runs-table">
                    <thead><tr>
                        <th scope="col">{ t.page(PageKey::YourRunsModel) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsCondition) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsYours) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsStudy) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|row| row_view(t, row, tally.seen.contains_key(&row.key).then(|| on_read.clone()))) }</tbody>
                </table>
            </div>
            if !tally.problems.is_empty() {
                <h3>{ t.page(PageKey::YourRunsProblems) }</h3>
                <p class="small">{ t.page(PageKey::YourRunsProblemsNote) }</p>
                <ul data-testid="runs-problems">{ for tally.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            }
        </section>
    }
}

pub(super) fn variant_key(variant: RunVariant) -> PageKey {
    match variant {
        RunVariant::Default => PageKey::YourRunsVariantDefault,
        RunVariant::SafetyInstructions => PageKey::YourRunsVariantSafety,
        RunVariant::GoalInstructions => PageKey::YourRunsVariantGoal,
        RunVariant::EvalNotice => PageKey::YourRunsVariantNotice,
        RunVariant::Unknown => PageKey::YourRunsVariantUnknown,
    }
}

/// A row; `on_read` when its samples can be opened.
fn row_view(t: Texts, row: &Row, on_read: Option<Callback<RunKey>>) -> Html {
    let c = row.counts;
    let n = c.classified();
    let rate = match n {
        0 => t.page(PageKey::YourRunsNoVerdicts).to_string(),
        n => format!("{}%", fixed(f64::from(c.harmful) * 100.0 / f64::from(n), 1)),
    };
    let interval = row
        .interval
        .map(|i| format!("{}–{}", bound_text(i.low), bound_text(i.high)));
    let apart = c.errors + c.unclassified;
    html! {
        <tr data-testid="your-rate" data-model={row.key.model.clone()} data-condition={row.key.condition.id()}
            data-harmful={c.harmful.to_string()} data-n={n.to_string()}>
            <td data-label={t.page(PageKey::YourRunsModel)}>{ row.key.model.clone() }</td>
            <td data-label={t.page(PageKey::YourRunsCondition)}><code>{ row.key.condition.id() }</code><br /><span class="small">{ t.page(variant_key(row.key.variant)) }</span></td>
            <td data-label={t.page(PageKey::YourRunsYours)}>
                <strong>{ rate }</strong>{ " " }{ t.fill_page(PageKey::YourRunsCount, &[("k", &c.harmful.to_string()), ("n", &n.to_string())]) }
                if let Some(interval) = interval { <br /><span class="small">{ t.fill_page(PageKey::YourRunsInterval, &[("interval", &interval)]) }</span> }
                if apart > 0 {
                    <br /><span class="small" data-testid="runs-apart">{ t.fill_page(PageKey::YourRunsApart, &[("errors", &c.errors.to_string()), ("unclassified", &c.unclassified.to_string())]) }</span>
                }
                if let Some(on_read) = on_read {
                    <br /><button type="button" class="link-button" data-testid="runs-read"
                        onclick={let key = row.key.clone(); on_read.reform(move |_| key.clone())}>{ t.page(PageKey::YourRunsReadRuns) }</button>
                }
            </td>
            <td data-label={t.page(PageKey::YourRunsStudy)}>{ published(t, row) }</td>
        </tr>
    }
}

fn published(t: Texts, row: &Row) -> Html {
    let Some(study) = row.published else {
        return html! { <span class="small">{ t.page(PageKey::YourRunsNoPublished) }</span> };
    };
    let mark = Texts::confidence_mark(study.confidence);
    let agreement = row.agreement().map(|a| {
        t.page(match a {
            Agreement::Overlap => PageKey::YourRunsOverlap,
            Agreement::Apart => PageKey::YourRunsApartIntervals,
            Agreement::InsideYours => PageKey::YourRunsInside,
            Agreement::OutsideYours => PageKey::YourRunsOutside,
        })
    });
    html! {
        <span data-testid="published-rate" data-confidence={study.confidence.id()}>
            <strong>{ percent_text(&study.rate_text) }</strong>
            if !mark.is_empty() { <span class="mark">{ format!(" {mark}") }</span> }
            <br /><span class="small">{ t.figures(&study.figures) }</span>
            if let Some(agreement) = agreement { <br /><span class="small" data-testid="runs-agreement">{ agreement }</span> }
        </span>
    }
}
