//! `#/your-runs`: a reader's own replication results beside the study's. Files are read here with
//! the File API and summed by `model::runs`; nothing is sent anywhere, and nothing is stored unless
//! the reader asks. The tally keeps counts and where each sample is, never the samples' texts.
//!
//! The page's code and the parsers are a wasm chunk of their own (`runs_reader`, entered through
//! [`page_view`]): the content pages' chunk, which every story reader fetches, carries only
//! [`YourRunsGate`] and the explorer's bars.

pub mod explorer_bars;
mod keep;
mod reading;
mod session;
mod table;
mod viewer;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::bundled;
use crate::i18n::{PageKey, Texts};
use crate::view::common::chunk_page::use_chunk_page;
use crate::view::shell::context::use_texts;
use model::runs::parse::RunKey;
use model::runs::summary::summary_csv;
use model::runs::tally::Tally;
use viewer::RunViewer;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// Opens the page once its chunk is there; says so if it cannot load.
#[function_component(YourRunsGate)]
pub fn your_runs_gate() -> Html {
    let t = use_texts();
    let page = use_chunk_page(opened_reader, || Box::pin(page_view()));
    match &page {
        Some(Ok(view)) => view.clone(),
        Some(Err(_)) => {
            html! { <p class="notice" role="alert">{ t.page(PageKey::YourRunsChunkFailed) }</p> }
        }
        None => {
            html! { <p class="content-status" role="status">{ t.page(PageKey::YourRunsOpening) }</p> }
        }
    }
}

thread_local! {
    /// The page, once its chunk was opened before the app's first render ([`open_reader`]).
    static OPENED: RefCell<Option<Result<Html, SplitLoaderError>>> = const { RefCell::new(None) };
}

/// Opens the page's chunk before the app first renders `#/your-runs` (src/main.rs), so that the
/// gate shows the page at once, as the prerendered copy does.
pub async fn open_reader() {
    let page = page_view().await;
    OPENED.with(|opened| opened.replace(Some(page)));
}

/// The page if its chunk is open. On the host, where the split is a plain call, always: the build
/// renders the page itself into the page's file (examples/prerender).
fn opened_reader() -> Option<Result<Html, SplitLoaderError>> {
    if cfg!(not(target_arch = "wasm32")) {
        return Some(Ok(html! { <YourRunsPage /> }));
    }
    OPENED.with(RefCell::take)
}

#[wasm_split(runs_reader, fallible)]
fn page_view() -> Result<Html, SplitLoaderError> {
    Ok(html! { <YourRunsPage /> })
}

/// What the page shows.
#[derive(Clone, Default, PartialEq)]
struct PageState {
    /// (files read, files chosen) while reading.
    reading: Option<(usize, usize)>,
    tally: Rc<Tally>,
    /// The tally came from this browser's storage.
    restored: bool,
    /// A copy is kept in this browser.
    kept: bool,
    /// The last thing "keep" or "forget" did, said once.
    kept_news: Option<PageKey>,
    dropped_nothing: bool,
    /// The model and condition whose runs are open in the viewer, and which one.
    opened: Option<(RunKey, usize)>,
}

enum Action {
    Reading(usize, usize),
    Show { tally: Rc<Tally>, restored: bool },
    DroppedNothing,
    Kept(bool, PageKey),
    Open(RunKey, usize),
    Close,
    Clear,
}

impl Reducible for PageState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Reading(done, total) => {
                next.reading = Some((done, total));
                next.dropped_nothing = false;
            }
            Action::Show { tally, restored } => {
                next.reading = None;
                next.tally = tally;
                next.restored = restored;
            }
            Action::DroppedNothing => next.dropped_nothing = true,
            Action::Kept(kept, news) => {
                next.kept = kept;
                next.kept_news = Some(news);
            }
            Action::Open(key, index) => next.opened = Some((key, index)),
            Action::Close => next.opened = None,
            Action::Clear => {
                next = PageState {
                    kept: self.kept,
                    ..PageState::default()
                }
            }
        }
        Rc::new(next)
    }
}

#[function_component(YourRunsPage)]
fn your_runs_page() -> Html {
    let t = use_texts();
    let state = use_reducer(|| PageState {
        tally: session::shown(),
        restored: session::with(|s| s.restored),
        kept: keep::is_kept(),
        ..PageState::default()
    });
    use_restore(state.dispatcher(), state.tally.counts.is_empty());
    let load = use_loader(t, state.dispatcher());
    let on_files = {
        let load = load.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                let files = (0..list.length())
                    .filter_map(|i| list.get(i))
                    .map(|f| (reading::path_of(&f), f))
                    .collect();
                load.emit(files);
            }
            // So that choosing the same files again reads them again.
            input.set_value("");
        })
    };
    html! {
        <article class="your-runs">
            <header class="page-head">
                <h1>{ t.page(PageKey::YourRunsTitle) }</h1>
                <p class="lede">{ t.page(PageKey::YourRunsIntro) }</p>
                <p class="notice" data-testid="runs-private">{ t.page(PageKey::YourRunsPrivate) }</p>
            </header>
            { inputs(t, on_files, load, state.dispatcher()) }
            { status(t, &state) }
            if !state.tally.counts.is_empty() || !state.tally.problems.is_empty() {
                { table::results(t, &state.tally, state.dispatcher().to_callback().reform(|key| Action::Open(key, 0)), actions(t, &state)) }
            }
            if let Some((key, index)) = state.opened.clone() {
                <RunViewer run_key={key.clone()} {index} tally={state.tally.clone()}
                    on_move={state.dispatcher().to_callback().reform(move |to: Option<usize>| match to {
                        Some(index) => Action::Open(key.clone(), index),
                        None => Action::Close,
                    })} />
            }
        </article>
    }
}

/// Reads chosen or dropped files (path, file) into the session and shows the result.
#[hook]
fn use_loader(
    t: Texts,
    dispatch: UseReducerDispatcher<PageState>,
) -> Callback<Vec<(String, web_sys::File)>> {
    use_callback(t, move |files: Vec<(String, web_sys::File)>, &t| {
        let dispatch = dispatch.clone();
        if files.is_empty() {
            dispatch.dispatch(Action::DroppedNothing);
            return;
        }
        if session::with(|s| s.restored) {
            // Counts from storage have no files to read again: new files start afresh.
            session::clear();
        }
        wasm_bindgen_futures::spawn_local(async move {
            let progress = dispatch
                .to_callback()
                .reform(|(done, total)| Action::Reading(done, total));
            reading::read_files(files, progress, t.page(PageKey::YourRunsUnreadable)).await;
            dispatch.dispatch(Action::Show {
                tally: session::publish(),
                restored: false,
            });
        });
    })
}

/// Shows the copy kept in this browser when the page opens with nothing loaded.
#[hook]
fn use_restore(dispatch: UseReducerDispatcher<PageState>, empty: bool) {
    use_effect_with((), move |_| {
        if !empty {
            return;
        }
        match keep::restore() {
            Some(Ok(tally)) => {
                let tally = Rc::new(tally);
                session::with(|s| {
                    s.shown = tally.clone();
                    s.restored = true;
                });
                dispatch.dispatch(Action::Show {
                    tally,
                    restored: true,
                });
            }
            // A copy this page cannot read (damaged, or from an older version) was forgotten.
            Some(Err(_)) => dispatch.dispatch(Action::Kept(false, PageKey::YourRunsKeptUnreadable)),
            None => {}
        }
    });
}

fn inputs(
    t: Texts,
    on_files: Callback<Event>,
    load: Callback<Vec<(String, web_sys::File)>>,
    dispatch: UseReducerDispatcher<PageState>,
) -> Html {
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        let Some(transfer) = e.data_transfer() else {
            return;
        };
        let load = load.clone();
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match dropped(&transfer).await {
                Some(files) => load.emit(files),
                None => dispatch.dispatch(Action::DroppedNothing),
            }
        });
    });
    html! {
        <div class="runs-inputs" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}
            data-testid="runs-drop">
            <label>
                <span>{ t.page(PageKey::YourRunsPickFiles) }</span>
                <input type="file" multiple=true data-testid="runs-files" accept=".json,.eval,.zip" onchange={on_files.clone()} />
            </label>
            <label>
                <span>{ t.page(PageKey::YourRunsPickFolder) }</span>
                <input type="file" webkitdirectory=true multiple=true data-testid="runs-folder" onchange={on_files} />
            </label>
            <p class="small">{ t.sentences(&[t.page(PageKey::YourRunsDrop), t.page(PageKey::YourRunsMore)]) }</p>
        </div>
    }
}

/// The files of a drop, folders walked. The walk is `cornered.dropped` in static/start.js: the
/// browser hands a dropped folder over as entries read through callbacks, a few lines of script
/// and many bindings in Rust.
async fn dropped(transfer: &web_sys::DataTransfer) -> Option<Vec<(String, web_sys::File)>> {
    let window = gloo::utils::window();
    let walk: js_sys::Function = js_sys::Reflect::get(&window, &"corneredDropped".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = walk.call1(&window, transfer).ok()?.dyn_into().ok()?;
    let found = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let files: Vec<(String, web_sys::File)> = js_sys::Array::from(&found)
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).dyn_into().ok()?))
        })
        .collect();
    (!files.is_empty()).then_some(files)
}

fn status(t: Texts, state: &PageState) -> Html {
    let line = |key: PageKey| html! { <p class="notice" role="status">{ t.page(key) }</p> };
    html! {
        <>
            if let Some((done, total)) = state.reading {
                <p role="status" data-testid="runs-progress">
                    <progress max={total.to_string()} value={done.to_string()}></progress>{ " " }
                    { t.fill_page(PageKey::YourRunsReading, &[("done", &done.to_string()), ("total", &total.to_string())]) }
                </p>
            }
            if state.dropped_nothing { { line(PageKey::YourRunsDroppedNothing) } }
            if let Some(news) = state.kept_news {
                <p class="small" role="status" data-testid="runs-kept-news">{ t.page(news) }</p>
            }
            if state.restored { <p class="notice" data-testid="runs-restored">{ t.page(PageKey::YourRunsRestored) }</p> }
        </>
    }
}

/// Download, keep, forget, start again.
fn actions(t: Texts, state: &UseReducerHandle<PageState>) -> Html {
    let csv = summary_csv(&state.tally, bundled::dataset());
    let href = format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&csv))
    );
    let keep = {
        let (dispatch, tally) = (state.dispatcher(), state.tally.clone());
        Callback::from(move |_| {
            let news = if keep::keep(&tally) {
                PageKey::YourRunsKept
            } else {
                PageKey::YourRunsKeepFailed
            };
            dispatch.dispatch(Action::Kept(keep::is_kept(), news));
        })
    };
    let forget = state.dispatcher().to_callback().reform(|_: MouseEvent| {
        keep::forget();
        Action::Kept(false, PageKey::YourRunsForgotten)
    });
    let clear = state.dispatcher().to_callback().reform(|_: MouseEvent| {
        session::clear();
        Action::Clear
    });
    html! {
        <div class="runs-actions">
            <p class="actions">
                <a class="button-link secondary-link" href={href} download="cornered-your-runs-summary.csv"
                    data-testid="runs-download">{ t.page(PageKey::YourRunsDownload) }</a>
                <button type="button" class="secondary" onclick={keep} data-testid="runs-keep">{ t.page(PageKey::YourRunsKeep) }</button>
                if state.kept {
                    <button type="button" class="secondary" onclick={forget} data-testid="runs-forget">{ t.page(PageKey::YourRunsForget) }</button>
                }
                <button type="button" class="secondary" onclick={clear} data-testid="runs-clear">{ t.page(PageKey::YourRunsClear) }</button>
            </p>
        </div>
    }
}
