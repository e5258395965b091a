//! `#/since`: what happened after the study — a dated timeline of what Anthropic reported later
//! (`data/since.toml`), each entry with the source's own words and what it does not show. These
//! are not the study's results: nothing here is a row of the dataset or reaches the explorer.

use yew::prelude::*;
use yew_router::prelude::*;

use super::loaded::use_content;
use super::rich_text::rich_paragraphs;
use crate::bundled;
use crate::i18n::{Key, Texts};
use crate::routes::Route;
use crate::view::common::evidence::{evidence_failed, use_evidence_file, Evidence};
use crate::view::common::evidence_list::{citation, of_block, quote_words};
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::use_texts;
use crate::view::shell::site_file::FileError;
use model::evidence::EvidenceFile;
use model::since::{Entry, Page};
use model::types::Lang;

/// The evidence file, once fetched (or why it was not).
type Quotes = Option<Result<&'static EvidenceFile, FileError>>;

#[function_component(SincePage)]
pub fn since_page() -> Html {
    let t = use_texts();
    let timeline = &use_content().since;
    // The sources' own words are quotes of the ledger, which this page fetches when it opens.
    let (file, _) = use_evidence_file(true);
    let checked = t.fill(Key::SourcesChecked, &[("date", &bundled::facts().checked)]);
    let page = &timeline.page;
    // One source per task as the app starts (`use_in_steps`), as the sources page's sections are.
    let shown = use_in_steps(timeline.since.len(), 1, 1);
    let busy = (shown < timeline.since.len()).then_some("true");
    html! {
        <article class="since">
            <header class="page-head">
                <h1>{ page.title.get(t.0).to_string() }</h1>
                <p class="lede">{ page.intro.get(t.0).to_string() }</p>
                <Evidence of={of_block(&page.evidence, &[&page.title, &page.intro])} />
                <p class="small" data-testid="since-checked">{ checked }</p>
            </header>
            <ol class="timeline" data-testid="timeline" aria-busy={busy}>
                { for timeline.since.iter().take(shown).map(|entry| entry_view(t, page, entry, &file)) }
            </ol>
            <p class="since-back">
                <Link<Route> to={Route::Explore}>{ page.back.get(t.0).to_string() }</Link<Route>>
            </p>
        </article>
    }
}

/// One source: when, what it reported (our words, then its own), and what it does not show.
fn entry_view(t: Texts, page: &Page, entry: &'static Entry, file: &Quotes) -> Html {
    let lang = t.0;
    let limits = entry.limit.iter().map(|limit| {
        html! {
            <li data-testid="since-limit">
                { rich_paragraphs(t, limit.text.get(lang)) }
                <Evidence of={of_block(&limit.evidence, &[&limit.text])} />
            </li>
        }
    });
    html! {
        <li class="since-entry" data-entry={entry.id.clone()}>
            <p class="when"><time datetime={entry.date.clone()}>{ entry.when.get(lang).to_string() }</time></p>
            <h2>{ entry.title.get(lang).to_string() }</h2>
            <div data-testid="since-summary">{ rich_paragraphs(t, entry.summary.get(lang)) }</div>
            <Evidence of={of_block(&entry.evidence, &[&entry.title, &entry.summary])} />
            <h3>{ page.own_words.get(lang).to_string() }</h3>
            { own_words(t, entry, file) }
            <h3>{ page.limits.get(lang).to_string() }</h3>
            <ul class="since-limits">{ for limits }</ul>
        </li>
    }
}

/// The entry's quotes, verbatim, with where they are from; in Chinese our translation beside them.
fn own_words(t: Texts, entry: &Entry, file: &Quotes) -> Html {
    let file = match file {
        Some(Ok(file)) => file,
        Some(Err(error)) => return evidence_failed(t, *error),
        None => return html! { <p class="small" role="status">{ t.get(Key::EvidenceLoading) }</p> },
    };
    let ledger = &file.ledger;
    let quotes = entry.quotes.iter().filter_map(|id| ledger.quote(id)).map(|quote| {
        html! {
            <li class="since-quote">
                <blockquote lang="en" data-testid="since-quote" data-quote={quote.id.clone()}>{ quote_words(quote) }</blockquote>
                if t.0 == Lang::Zh {
                    <p class="translation" lang="zh-Hans">
                        <span class="translation-label">{ t.get(Key::ExcerptsTranslation) }</span>
                        <span>{ quote.zh.as_str() }</span>
                    </p>
                }
                <p class="small">{ citation(t, ledger, quote) }</p>
            </li>
        }
    });
    html! { <ul class="since-quotes">{ for quotes }</ul> }
}
