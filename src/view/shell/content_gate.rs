//! Loads the content file (runs, excerpts, story, myths, classroom texts) and the code of the
//! pages that show it (their wasm chunk), side by side, and shows the page once both are there.
//! Why the texts are a separate file: `model/bundle.rs`; why the code is: `content_pages.rs`.
//!
//! While they load, the reader sees a status line; if one cannot load (offline before the first
//! visit finished, a host that lost the file), the reason, a way to try again and a way to the
//! numbers, which need neither. It tries again by itself when the browser comes back online.
//! Once loaded they stay for the session, so moving between these pages never shows the status
//! again.

use crate::bundled;
use gloo::events::EventListener;
use yew::prelude::*;
use yew_router::prelude::*;

use super::context::{use_texts, Shared};
use super::site_file::{self, file_error, FileError};
use crate::i18n::Key;
use crate::routes::Route;
use crate::view::content::{self, Loaded, OpenError, PageView};
use crate::view::plain_pages;
use model::bundle::ContentFile;

enum Loading {
    Pending,
    Ready(Loaded, PageView),
    Failed(Failure),
}

/// Why the page could not load, told to the reader in their language.
#[derive(Clone, Copy)]
enum Failure {
    /// A file the page needs (its texts, the evidence they quote), and why.
    File(&'static str, FileError),
    /// The pages' own code (their wasm chunk, see `content_pages.rs`) did not load. The loader
    /// tells only that, not why.
    Code,
}

#[derive(Properties, PartialEq)]
pub struct ContentGateProps {
    /// A page that [shows content](Route::shows_content).
    pub route: Route,
}

#[function_component(ContentGate)]
pub fn content_gate(props: &ContentGateProps) -> Html {
    let t = use_texts();
    let state = use_state(|| {
        content::opened().map_or(Loading::Pending, |(file, view)| {
            Loading::Ready(Shared(file), view)
        })
    });
    // Bumped by "Try again", which runs the effect below once more.
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(*attempt, move |_| {
            if !matches!(*state, Loading::Ready(..)) {
                if matches!(*state, Loading::Failed(_)) {
                    state.set(Loading::Pending);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = load().await;
                    // Decoding the texts and rendering the page are each a long task on a slow
                    // phone; a turn of the event loop between them lets input and paint in.
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    state.set(match loaded {
                        Ok((file, view)) => Loading::Ready(Shared(file), view),
                        Err(reason) => Loading::Failed(reason),
                    });
                });
            }
        });
    }

    // A classroom's network comes and goes: when the browser is back online after a failure, try
    // again without waiting for a click.
    {
        let attempt = attempt.clone();
        let failed = matches!(*state, Loading::Failed(_));
        use_effect_with(failed, move |&failed| {
            let listener = failed.then(|| {
                EventListener::new(&gloo::utils::window(), "online", move |_| {
                    attempt.set(*attempt + 1)
                })
            });
            move || drop(listener)
        });
    }

    match &*state {
        Loading::Ready(loaded, view) => html! {
            <ContextProvider<Loaded> context={*loaded}>{ view(&props.route) }</ContextProvider<Loaded>>
        },
        Loading::Pending => html! {
            <div class="content-status" role="status" data-testid="content-loading">
                <h1>{ t.get(Key::ContentLoading) }</h1>
            </div>
        },
        Loading::Failed(failure) => {
            let detail = match *failure {
                Failure::File(name, error) => t.fill(
                    Key::ContentFailedReason,
                    &[("file", name), ("reason", &file_error(t, error))],
                ),
                Failure::Code => t.get(Key::ContentReasonCode).to_string(),
            };
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_| attempt.set(*attempt + 1))
            };
            html! {
                <div class="content-status" role="alert" data-testid="content-failed">
                    <h1>{ t.get(Key::ContentFailed) }</h1>
                    <p>{ t.get(Key::ContentFailedHelp) }</p>
                    <p class="small">{ detail }</p>
                    <p class="actions">
                        <button type="button" class="primary" onclick={retry} data-testid="content-retry">{ t.get(Key::ContentRetry) }</button>
                        <Link<Route> to={Route::Explore}>{ t.get(Key::ContentToNumbers) }</Link<Route>>
                    </p>
                </div>
            }
        }
    }
}

/// Opens what `route` shows before the app first renders it, so that its first render is the
/// page itself (the prerendered copy on screen until then is the same page). A file that does not
/// load is left to the page, which says why and offers to try again.
pub async fn prepare(route: &Route) {
    if route.shows_content() {
        match load().await {
            Ok(_) if *route == Route::YourRuns => content::open_runs_reader().await,
            Ok(_) => {}
            Err(_) => {}
        }
    }
    if matches!(route, Route::Home | Route::Sources) {
        let _ = plain_pages::open().await;
    }
    if route.prints_quotes() {
        let _ = site_file::evidence_file().await;
    }
}

/// The one-file edition carries the texts inline (`writeOneFile` in scripts/build.mjs), base64 in this element;
/// the site fetches them from beside the wasm.
const INLINE_COPY_ID: &str = "cornered-content";

/// The texts and the code of the pages that show them (their wasm chunk), fetched side by side.
/// (The evidence file is fetched by what shows quotes: "Why we say this" when opened, the
/// excerpts and the handout when they open.)
async fn load() -> Result<(&'static ContentFile, PageView), Failure> {
    if let Some(opened) = content::opened() {
        return Ok(opened);
    }
    let texts = site_file::load(bundled::CONTENT.name, INLINE_COPY_ID);
    let (bytes, chunk) = futures::join!(texts, content::preload());
    // The files' failures first: they can say why (offline, an error from the site).
    let bytes = bytes.map_err(|e| Failure::File(bundled::CONTENT.name, e))?;
    chunk.map_err(|_| Failure::Code)?;
    content::open(bytes).await.map_err(|error| match error {
        OpenError::Unavailable => Failure::Code,
        OpenError::Damaged => Failure::File(bundled::CONTENT.name, FileError::Damaged),
    })
}
