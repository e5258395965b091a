//! `#/your-runs`: a reader's own replication results beside the study's. Files are read here with
//! the File API and summed by `model::runs`; nothing is sent anywhere or stored. Only counts are
//! kept, never the samples' texts.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::bundled;
use crate::i18n::{PageKey, Texts};
use crate::view::shell::context::use_texts;
use model::runs::condition::RunVariant;
use model::runs::load::{Kind, Loader};
use model::runs::tally::{Agreement, Row, Tally};
use model::runs::zip;
use model::stats::{bound_text, fixed, percent_text};
use model::types::Vocabulary;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// Where the reading is.
#[derive(Clone, PartialEq)]
enum Progress {
    Idle,
    Reading { done: usize, total: usize },
    Done(Rc<Tally>),
}

/// How many files to read between two turns of the event loop, so the page stays responsive.
const FILES_PER_TURN: usize = 50;

#[function_component(YourRunsPage)]
pub fn your_runs_page() -> Html {
    let t = use_texts();
    let progress = use_state(|| Progress::Idle);
    let on_files = {
        let progress = progress.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                let files: Vec<web_sys::File> =
                    (0..list.length()).filter_map(|i| list.get(i)).collect();
                wasm_bindgen_futures::spawn_local(read_all(files, progress.clone()));
            }
        })
    };
    html! {
        <article class="your-runs">
            <header class="page-head">
                <h1>{ t.page(PageKey::YourRunsTitle) }</h1>
                <p class="lede">{ t.page(PageKey::YourRunsIntro) }</p>
                <p class="notice" data-testid="runs-private">{ t.page(PageKey::YourRunsPrivate) }</p>
            </header>
            <div class="runs-inputs">
                <label>
                    <span>{ t.page(PageKey::YourRunsPickFiles) }</span>
                    <input type="file" multiple=true data-testid="runs-files" accept=".json,.eval,.zip" onchange={on_files.clone()} />
                </label>
                <label>
                    <span>{ t.page(PageKey::YourRunsPickFolder) }</span>
                    <input type="file" webkitdirectory=true multiple=true data-testid="runs-folder" onchange={on_files} />
                </label>
            </div>
            { progress_view(t, &progress) }
        </article>
    }
}

fn progress_view(t: Texts, progress: &Progress) -> Html {
    match progress {
        Progress::Idle => Html::default(),
        Progress::Reading { done, total } => html! {
            <p role="status" data-testid="runs-progress">
                <progress max={total.to_string()} value={done.to_string()}></progress>{ " " }
                { t.fill_page(PageKey::YourRunsReading, &[("done", &done.to_string()), ("total", &total.to_string())]) }
            </p>
        },
        Progress::Done(tally) => results(t, tally),
    }
}

/// Reads every file, prompts' metadata first, a few at a time; archives entry by entry.
async fn read_all(files: Vec<web_sys::File>, progress: UseStateHandle<Progress>) {
    let paths: Vec<String> = files.iter().map(path_of).collect();
    let total = files.len();
    let mut loader = Loader::default();
    for (done, i) in Loader::order(&paths).into_iter().enumerate() {
        if done % FILES_PER_TURN == 0 {
            progress.set(Progress::Reading { done, total });
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
        let bytes = match bytes(&files[i]).await {
            Ok(bytes) => bytes,
            Err(problem) => {
                loader.problem(&paths[i], &problem);
                continue;
            }
        };
        loader = match read_into(loader, paths[i].clone(), bytes).await {
            Ok(loader) => loader,
            // The parsers' chunk did not load: nothing more can be read.
            Err(_) => {
                let mut empty = Loader::default();
                empty.problem(
                    &paths[i],
                    "this page's reading code could not be loaded; reload and try again",
                );
                progress.set(Progress::Done(Rc::new(empty.tally)));
                return;
            }
        };
    }
    progress.set(Progress::Done(Rc::new(loader.tally)));
}

/// The file's path in a picked folder, else its name.
fn path_of(file: &web_sys::File) -> String {
    // `webkitRelativePath` (set when a folder was picked) is not in web-sys's bindings.
    let relative = js_sys::Reflect::get(file, &"webkitRelativePath".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if relative.is_empty() {
        file.name()
    } else {
        relative
    }
}

/// Parsing is a wasm chunk of its own (serde_json, the ZIP reader, zstd, about 60 KB gzip): only a
/// reader who loads runs fetches it; the story's or the myths' readers never do. Its arguments
/// and result are owned values, as a split function's must be; a chunk that fails to load is an
/// `Err`, not a panic.
#[wasm_split(runs_reader, fallible)]
fn read_into(mut loader: Loader, path: String, bytes: Vec<u8>) -> Result<Loader, SplitLoaderError> {
    match Kind::of(&path) {
        Kind::Archive => match zip::read_all(&bytes) {
            Ok((entries, refused)) => {
                refused.iter().for_each(|r| loader.problem(&path, r));
                loader.archive(&path, entries);
            }
            Err(problem) => loader.problem(&path, &problem),
        },
        _ => loader.text(&path, &String::from_utf8_lossy(&bytes)),
    }
    Ok(loader)
}

async fn bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "could not be read".to_string())?;
    let buffer: js_sys::ArrayBuffer = buffer
        .dyn_into()
        .map_err(|_| "could not be read".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn results(t: Texts, tally: &Tally) -> Html {
    let data = bundled::dataset();
    let rows = tally.rows(data);
    html! {
        <section data-testid="runs-results">
            <h2>{ t.page(PageKey::YourRunsResults) }</h2>
            <p>{ t.fill_page(PageKey::YourRunsSummary, &[("samples", &tally.samples().to_string()), ("rows", &rows.len().to_string())]) }</p>
            <div class="table-wrap">
                <table class="runs-table">
                    <thead><tr>
                        <th scope="col">{ t.page(PageKey::YourRunsModel) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsCondition) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsYours) }</th>
                        <th scope="col">{ t.page(PageKey::YourRunsStudy) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|row| row_view(t, row)) }</tbody>
                </table>
            </div>
            if !tally.problems.is_empty() {
                <h3>{ t.page(PageKey::YourRunsProblems) }</h3>
                <ul data-testid="runs-problems">{ for tally.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
            }
        </section>
    }
}

fn variant_key(variant: RunVariant) -> PageKey {
    match variant {
        RunVariant::Default => PageKey::YourRunsVariantDefault,
        RunVariant::SafetyInstructions => PageKey::YourRunsVariantSafety,
        RunVariant::GoalInstructions => PageKey::YourRunsVariantGoal,
        RunVariant::EvalNotice => PageKey::YourRunsVariantNotice,
        RunVariant::Unknown => PageKey::YourRunsVariantUnknown,
    }
}

fn row_view(t: Texts, row: &Row) -> Html {
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
            <td>{ row.key.model.clone() }</td>
            <td><code>{ row.key.condition.id() }</code><br /><span class="small">{ t.page(variant_key(row.key.variant)) }</span></td>
            <td>
                <strong>{ rate }</strong>{ " " }{ t.fill_page(PageKey::YourRunsCount, &[("k", &c.harmful.to_string()), ("n", &n.to_string())]) }
                if let Some(interval) = interval { <br /><span class="small">{ t.fill_page(PageKey::YourRunsInterval, &[("interval", &interval)]) }</span> }
                if apart > 0 {
                    <br /><span class="small" data-testid="runs-apart">{ t.fill_page(PageKey::YourRunsApart, &[("errors", &c.errors.to_string()), ("unclassified", &c.unclassified.to_string())]) }</span>
                }
            </td>
            <td>{ published(t, row) }</td>
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
