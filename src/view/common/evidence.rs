//! "Why we say this": the quotes and data rows a fact-bearing text rests on (`model::evidence`),
//! revealed under the text. A native `<details>`, so it opens with a click, Enter or Space, is
//! announced as a disclosure by screen readers, and needs no script to work. What it lists is drawn
//! by the code of `evidence_list.rs`, a wasm chunk opened with the evidence file.

use crate::bundled;
use yew::prelude::*;

use super::evidence_list::{self, Of};
use crate::i18n::{Key, Texts};
use crate::view::hooks::drawn_when_opened::use_drawn_when_opened;
use crate::view::shell::context::use_texts;
use crate::view::shell::site_file::{self, file_error, FileError};
use model::bundle::EvidenceFile;

#[derive(Properties, PartialEq)]
pub struct EvidenceProps {
    pub of: Of,
}

/// The evidence file once it has loaded (or why it could not), and a callback that starts
/// loading it; `now` starts at once.
#[hook]
pub fn use_evidence_file(
    now: bool,
) -> (
    Option<Result<&'static EvidenceFile, FileError>>,
    Callback<()>,
) {
    let state = use_state(|| bundled::EVIDENCE.get().map(Ok));
    let request = {
        let state = state.clone();
        Callback::from(move |()| {
            if matches!(*state, Some(Ok(_))) {
                return;
            }
            // A text opened while another's first load is under way fetches the file too (a reader
            // opens one at a time); a queue of waiters to share one load cost 0.4 KB gzip of the
            // main module, measured, which is over its budget.
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(Some(site_file::evidence_file().await));
            });
        })
    };
    {
        let request = request.clone();
        use_effect_with(now, move |&now| {
            if now {
                request.emit(());
            }
        });
    }
    (*state, request)
}

/// Why the quotes could not load, naming the file.
pub fn evidence_failed(t: Texts, error: FileError) -> Html {
    let reason = file_error(t, error);
    html! {
        <p class="evidence-status" role="alert">
            { t.fill(Key::ContentFailedReason, &[("file", bundled::EVIDENCE.name), ("reason", &reason)]) }
        </p>
    }
}

/// The quotes are drawn once a reader first opens it, as the chart's table is
/// (`use_drawn_when_opened`): on the pages that have their quotes from the start (the runs'
/// index, what happened next, the handout, sources) they were built at the app's start for
/// nobody, 45 of the 64 KB of the runs' index's page.
#[function_component(Evidence)]
pub fn evidence_view(props: &EvidenceProps) -> Html {
    let t = use_texts();
    let (file, request) = use_evidence_file(false);
    // Loads the quotes the first time the reader opens it.
    let (opened, ontoggle) = use_drawn_when_opened(request.clone());
    if !props.of.any() {
        return html! {};
    }
    html! {
        <details class="evidence" data-testid="evidence" {ontoggle}>
            <summary>{ t.get(Key::EvidenceSummary) }</summary>
            if opened {
                { evidence_body(t, &props.of, file, request) }
            }
        </details>
    }
}

/// What an opened "Why we say this" shows: its quotes and rows, or why they could not load.
fn evidence_body(
    t: Texts,
    of: &Of,
    file: Option<Result<&'static EvidenceFile, FileError>>,
    request: Callback<()>,
) -> Html {
    match file {
        // The file was decoded by the evidence code's chunk, which is therefore open.
        Some(Ok(file)) => evidence_list::opened().map_or(html! {}, |code| (code.list)(t, of, file)),
        Some(Err(error)) => html! {
            <>
                { evidence_failed(t, error) }
                <button type="button" onclick={request.reform(|_| ())}>{ t.get(Key::ContentRetry) }</button>
            </>
        },
        None => {
            html! { <p class="evidence-status" role="status">{ t.get(Key::EvidenceLoading) }</p> }
        }
    }
}
