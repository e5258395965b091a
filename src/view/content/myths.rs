//! `#/myths`: claims from the coverage, each with a verdict, the study's evidence with its values
//! from the data, and a link into the explorer.

use crate::bundled;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::routes::Route;

use super::loaded::use_content;
use super::rich_text::rich_paragraphs;
use crate::i18n::{PageKey, Texts};
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_block;
use crate::view::common::explorer_link::ExplorerLink;
use crate::view::format::{confidence_label, row_condition, runs_phrase};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, Shared};
use model::content::{Myth, Origin, Verdict};
use model::evidence::Item;
use model::reference::RowRef;
use model::transcripts::Bilingual;

/// Myths drawn in each task of the app's start (`use_in_steps`): the first few fill a phone's screen.
const MYTHS_PER_STEP: usize = 4;

/// The verdict in words and a glyph, so it never depends on colour.
pub fn verdict_label(t: Texts, verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Accurate => ("✓", t.page(PageKey::MythsAccurate)),
        Verdict::NeedsContext => ("◐", t.page(PageKey::MythsNeedsContext)),
        Verdict::Wrong => ("✗", t.page(PageKey::MythsWrong)),
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Accurate => "verdict-accurate",
        Verdict::NeedsContext => "verdict-needs-context",
        Verdict::Wrong => "verdict-wrong",
    }
}

/// A claim from coverage is quoted and says where it appeared; a common claim is never
/// presented as a quote.
fn claim(t: Texts, myth: &Myth) -> Html {
    let lang = t.0;
    let text = myth.claim.get(lang).to_string();
    match (myth.origin, &myth.seen) {
        (Origin::Coverage, Some(seen)) => html! {
            <>
                <p class="claim-label">{ t.page(PageKey::MythsClaim) }</p>
                <blockquote class="claim" data-testid="myth-claim" data-origin="coverage">{ text }</blockquote>
                <p class="small claim-seen">{ t.fill_page(PageKey::MythsSeen, &[("where", seen.get(lang))]) }</p>
            </>
        },
        _ => html! {
            <>
                <p class="claim-label">{ t.page(PageKey::MythsCommon) }</p>
                <p class="claim" data-testid="myth-claim" data-origin="common">{ text }</p>
            </>
        },
    }
}

fn myth_texts(myth: &'static Myth) -> Vec<&'static Bilingual> {
    let mut texts = vec![&myth.claim, &myth.explanation];
    texts.extend(&myth.seen);
    texts
}

#[derive(Properties, PartialEq)]
struct MythCardProps {
    myth: Shared<Myth>,
}

/// One myth, a component of its own: drawing the next few compares one pair of props per myth
/// already drawn (by address), not their whole trees.
#[function_component(MythCard)]
fn myth_card(props: &MythCardProps) -> Html {
    let (t, data, myth) = (use_texts(), bundled::dataset(), props.myth.0);
    let lang = t.0;
    let (glyph, verdict) = verdict_label(t, myth.verdict);
    // The first rows among its evidence, shown with their values beside the verdict; a claim
    // about every model cites all of them, which "Why we say this" lists.
    let rows = myth
        .evidence
        .iter()
        .filter(|item| matches!(Item::parse(item), Item::Row(_)))
        .take(4);
    let has_rows = rows.clone().next().is_some();
    let evidence = rows.filter_map(|query| {
        let reference = RowRef::parse(query).ok()?;
        let row = reference.find(data)?;
        let c = reference.condition;
        let mark = Texts::confidence_mark(row.confidence);
        Some(html! {
            <li data-testid="myth-evidence" data-ref={query.clone()}>
                <strong>{ data.model_name(&reference.model).to_string() }</strong>{ t.page(PageKey::PunctuationColon) }
                <span class="value">{ runs_phrase(t, row) }</span>
                <span class="small">
                    { " — " }{ row_condition(t, c, reference.metric) }
                    { " · " }{ t.figures(&row.figures) }
                    // The page has no legend: a secondary value says so in words beside its mark.
                    if !mark.is_empty() { { " · " }<span class="mark">{ confidence_label(t, row.confidence) }</span> }
                </span>
            </li>
        })
    });
    let explore = data.parse_link(&myth.explore).state;
    html! {
        <li class={classes!("myth", verdict_class(myth.verdict))} data-myth={myth.id.clone()}>
            { claim(t, myth) }
            <p class="verdict" data-testid="verdict" data-verdict={format!("{:?}", myth.verdict)}>
                <span aria-hidden="true">{ glyph }{ " " }</span>{ verdict }
            </p>
            { rich_paragraphs(t, myth.explanation.get(lang)) }
            if has_rows {
                <ul class="myth-rows">{ for evidence }</ul>
            }
            <Evidence of={of_block(&myth.evidence, &myth_texts(myth))} />
            <p>
                <ExplorerLink state={explore}>{ t.page(PageKey::MythsSeeInExplorer) }</ExplorerLink>
                if myth.since {
                    { " · " }
                    <Link<Route> to={Route::Since}>{ t.page(PageKey::MythsSeeSince) }</Link<Route>>
                }
            </p>
        </li>
    }
}

#[function_component(MythsPage)]
pub fn myths_page() -> Html {
    let t = use_texts();
    let myths = &use_content().content.myths;
    let shown = use_in_steps(myths.len(), MYTHS_PER_STEP, MYTHS_PER_STEP);
    html! {
        <article class="myths">
            <header class="page-head">
                <h1>{ t.page(PageKey::MythsTitle) }</h1>
                <p class="lede">{ t.page(PageKey::MythsIntro) }</p>
            </header>
            <ul class="myth-list" aria-busy={(shown < myths.len()).then_some("true")}>
                { for myths[..shown].iter().map(|myth| html! { <MythCard key={myth.id.as_str()} myth={Shared(myth)} /> }) }
            </ul>
        </article>
    }
}
