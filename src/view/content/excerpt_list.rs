//! "What models actually wrote": the study's excerpts, quoted exactly and attributed, with our
//! Chinese translation marked as a translation. Their words, source and place in the source are
//! quotes of the evidence ledger, data/sources/quotes.toml.

use crate::bundled;
use yew::prelude::*;
use yew_router::prelude::*;

use super::loaded::use_content;
use crate::i18n::Key;
use crate::routes::Route;
use crate::view::common::evidence::{evidence_failed, use_evidence_file, Evidence};
use crate::view::common::evidence_list::{citation, of_keys, quote_words, Of};
use crate::view::common::explorer_link::ExplorerLink;
use crate::view::shell::context::use_texts;
use model::types::Lang;

#[function_component(ExcerptList)]
pub fn excerpt_list() -> Html {
    let t = use_texts();
    let lang = t.0;
    let library = &use_content().library;
    // The excerpts' words are quotes of the ledger, which this page fetches when it opens.
    let (file, _) = use_evidence_file(true);
    let file = match file {
        Some(Ok(file)) => file,
        Some(Err(error)) => return evidence_failed(t, error),
        None => return html! { <p class="small" role="status">{ t.get(Key::EvidenceLoading) }</p> },
    };
    let items = library.excerpts.iter().filter_map(|x| {
        // Validation guarantees the quote exists; an unknown one is left out rather than guessed.
        let ledger = &file.ledger;
        let quote = ledger.quote(&x.quote)?;
        let extra: Vec<&'static str> = x.evidence.iter().map(String::as_str).collect();
        let step = library
            .transcript(&x.transcript)
            .map_or(1, |tr| tr.first_step(x.stage));
        let explore = bundled::dataset().parse_link(&x.explore).state;
        Some(html! {
            <li class="excerpt" data-excerpt={x.id.clone()}>
                <blockquote lang="en" data-testid="excerpt-text">{ quote_words(quote) }</blockquote>
                if lang == Lang::Zh {
                    <p class="translation" lang="zh-Hans">
                        <span class="translation-label">{ t.get(Key::ExcerptsTranslation) }</span>
                        <span data-testid="excerpt-translation">{ quote.zh.as_str() }</span>
                    </p>
                }
                <dl class="facts">
                    <dt>{ t.get(Key::ExcerptsModel) }</dt>
                    <dd>{ x.model.clone() }</dd>
                    <dt>{ t.get(Key::ExcerptsScenario) }</dt>
                    <dd>{ t.scenario(x.scenario) }</dd>
                    <dt>{ t.get(Key::ExcerptsWhere) }</dt>
                    <dd>{ citation(t, ledger, quote) }</dd>
                </dl>
                <Evidence of={Of::Items(extra)} />
                <p class="links">
                    <Link<Route, Vec<(&'static str, String)>> to={Route::Transcript { id: x.transcript.clone() }}
                        query={Some(vec![("step", step.to_string())])}>
                        { t.get(Key::ExcerptsSeeRun) }
                    </Link<Route, Vec<(&'static str, String)>>>
                    if !x.explore.is_empty() {
                        { " · " }
                        <ExplorerLink state={explore}>{ t.get(Key::ExcerptsSeeNumbers) }</ExplorerLink>
                    }
                </p>
            </li>
        })
    });
    html! {
        <section class="excerpts" aria-labelledby="excerpts-title">
            <h2 id="excerpts-title">{ t.get(Key::ExcerptsTitle) }</h2>
            <p>{ t.get(Key::ExcerptsIntro) }</p>
            <Evidence of={of_keys(&[Key::ExcerptsIntro])} />
            <ul class="excerpt-list">{ for items }</ul>
        </section>
    }
}
