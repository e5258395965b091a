//! Reading the reader's files into the session's tally, a few at a time so the page stays
//! responsive, and reading one sample again when the reader opens it. This code and the parsers
//! are in the page's own wasm chunk (`runs_reader`, see `mod.rs`), which only a reader who opens
//! `#/your-runs` fetches.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::session;
use model::runs::load::Loader;
use model::runs::open::{self, OpenedRun};
use model::runs::tally::Origin;

/// How many files to read between two turns of the event loop.
const FILES_PER_TURN: usize = 50;

/// How many bytes of files to read between two turns (a few hundred typical samples).
const BYTES_PER_TURN: f64 = 4.0 * 1024.0 * 1024.0;

/// Reads `files` (path, file) into the session, after what is already there; `progress` hears
/// (done, total) between turns.
pub async fn read_files(
    files: Vec<(String, web_sys::File)>,
    progress: Callback<(usize, usize)>,
    unreadable: &str,
) {
    let paths: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
    let order = Loader::order(&paths);
    let total = files.len();
    let mut done = 0;
    for turn in turns(&order, &files) {
        progress.emit((done, total));
        gloo::timers::future::TimeoutFuture::new(0).await;
        // The turn's files are asked for together, so the browser reads them side by side.
        let reads: Vec<_> = turn
            .iter()
            .map(|&i| JsFuture::from(files[i].1.array_buffer()))
            .collect();
        for (&i, read) in turn.iter().zip(reads) {
            let (path, file) = &files[i];
            let Some(bytes) = bytes_of(read).await else {
                session::with(|s| s.loader.problem(path, unreadable));
                continue;
            };
            session::with(|s| {
                let before = s.loader.tally.files.len();
                s.loader.file(path, &bytes);
                // The loader registers a file it read; keep the file under the same index.
                if s.loader.tally.files.len() > before {
                    s.files.push(file.clone());
                }
            });
        }
        done += turn.len();
    }
    progress.emit((total, total));
}

/// The files read between two turns of the event loop: up to [`FILES_PER_TURN`], and no more
/// than [`BYTES_PER_TURN`] unless one file alone is larger, so a turn stays short and memory
/// holds a few files at a time.
fn turns<'a>(order: &'a [usize], files: &'a [(String, web_sys::File)]) -> Vec<&'a [usize]> {
    let mut turns = Vec::new();
    let (mut start, mut bytes) = (0, 0.0);
    for (at, &i) in order.iter().enumerate() {
        let size = files[i].1.size();
        if at > start && (at - start >= FILES_PER_TURN || bytes + size > BYTES_PER_TURN) {
            turns.push(&order[start..at]);
            (start, bytes) = (at, 0.0);
        }
        bytes += size;
    }
    if start < order.len() {
        turns.push(&order[start..]);
    }
    turns
}

/// The file's path in a picked folder, else its name.
pub fn path_of(file: &web_sys::File) -> String {
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

/// The bytes of a file read (`File.arrayBuffer()`), or `None` if the browser could not read it.
async fn bytes_of(read: JsFuture) -> Option<Vec<u8>> {
    let buffer: js_sys::ArrayBuffer = read.await.ok()?.dyn_into().ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    bytes_of(JsFuture::from(file.array_buffer())).await
}

/// Why a run could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenFailure {
    /// The tally came from this browser's storage: its files are not here.
    NoFile,
    /// The browser could not read the file again (moved, deleted, changed).
    Unreadable,
    /// The sample is not what it was (the parser's message).
    Damaged(String),
}

/// One sample read again from its file, and its condition's emails where the files have them.
pub async fn open_run(origin: Origin, inbox: Option<Origin>) -> Result<OpenedRun, OpenFailure> {
    let (file, inbox_file) = session::with(|s| {
        let file = |o: &Origin| s.files.get(o.file as usize).cloned();
        (file(&origin), inbox.as_ref().and_then(file))
    });
    let file = file.ok_or(OpenFailure::NoFile)?;
    let sample_bytes = bytes(&file).await.ok_or(OpenFailure::Unreadable)?;
    let inbox_bytes = match inbox_file {
        Some(f) => bytes(&f).await,
        None => None,
    };
    let mut run = open::sample(&sample_bytes, &origin).map_err(OpenFailure::Damaged)?;
    if run.inbox.is_none() {
        run.inbox = inbox_bytes
            .zip(inbox)
            .and_then(|(bytes, origin)| open::text_of(&bytes, &origin).ok());
    }
    Ok(run)
}
