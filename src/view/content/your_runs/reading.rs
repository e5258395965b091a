//! Reading the reader's files into the session's tally, a few at a time so the page stays
//! responsive, with the parsers in a wasm chunk of their own (`runs_reader`) that only a reader who
//! loads runs fetches; and reading one sample again when the reader opens it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::session;
use model::runs::load::{Kind, Loader};
use model::runs::open::{self, OpenedRun};
use model::runs::summary;
use model::runs::tally::{Origin, Tally};
use model::runs::zip;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// How many files to read between two turns of the event loop.
const FILES_PER_TURN: usize = 50;

/// Why reading stopped before the end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stopped {
    /// The parsers' chunk did not load: nothing could be read.
    CodeUnavailable,
}

/// Reads `files` (path, file) into the session, after what is already there; `progress` hears
/// (done, total) between turns.
pub async fn read_files(
    files: Vec<(String, web_sys::File)>,
    progress: Callback<(usize, usize)>,
    unreadable: &str,
) -> Result<(), Stopped> {
    // The page's own code is in this chunk, so it is there already; asked anyway, because a split
    // function's arguments (the loader, with all read so far) are gone if its chunk fails.
    super::fetch_reader()
        .await
        .map_err(|_| Stopped::CodeUnavailable)?;
    let paths: Vec<String> = files.iter().map(|(path, _)| path.clone()).collect();
    let total = files.len();
    for (done, i) in Loader::order(&paths).into_iter().enumerate() {
        if done % FILES_PER_TURN == 0 {
            progress.emit((done, total));
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
        let (path, file) = &files[i];
        let bytes = match bytes(file).await {
            Ok(bytes) => bytes,
            Err(()) => {
                session::with(|s| s.loader.problem(path, unreadable));
                continue;
            }
        };
        let loader = session::with(|s| std::mem::take(&mut s.loader));
        let before = loader.tally.files.len();
        let loader = read_into(loader, path.clone(), bytes)
            .await
            .map_err(|_| Stopped::CodeUnavailable)?;
        session::with(|s| {
            // The loader registers a file it read; keep the file under the same index.
            if loader.tally.files.len() > before {
                s.files.push(file.clone());
            }
            s.loader = loader;
        });
    }
    progress.emit((total, total));
    Ok(())
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

async fn bytes(file: &web_sys::File) -> Result<Vec<u8>, ()> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(drop)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(drop)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Parsing (serde_json, the ZIP reader, zstd: about 50 KB gzip) is a chunk of its own, so the
/// story's or the myths' readers never fetch it. Arguments and result are owned values, as a split
/// function's must be.
#[wasm_split(runs_reader, fallible)]
fn read_into(mut loader: Loader, path: String, bytes: Vec<u8>) -> Result<Loader, SplitLoaderError> {
    match Kind::of(&path) {
        Kind::Archive => match zip::listing(&bytes) {
            Ok((entries, refused)) => {
                refused.iter().for_each(|r| loader.problem(&path, r));
                let names: Vec<String> = entries.iter().map(|e| e.name.clone()).collect();
                loader.archive(&path, &names, |i| zip::entry_data(&bytes, &entries[i]));
            }
            Err(problem) => loader.problem(&path, &problem),
        },
        _ => loader.text(&path, &String::from_utf8_lossy(&bytes)),
    }
    Ok(loader)
}

/// Why a run could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenFailure {
    /// The tally came from this browser's storage: its files are not here.
    NoFile,
    /// The browser could not read the file again (moved, deleted, changed).
    Unreadable,
    CodeUnavailable,
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
    let sample_bytes = bytes(&file).await.map_err(|_| OpenFailure::Unreadable)?;
    let inbox_bytes = match inbox_file {
        Some(f) => bytes(&f).await.ok(),
        None => None,
    };
    open_in_chunk(sample_bytes, origin, inbox_bytes.zip(inbox))
        .await
        .map_err(|_| OpenFailure::CodeUnavailable)?
        .map_err(OpenFailure::Damaged)
}

#[wasm_split(runs_reader, fallible)]
fn open_in_chunk(
    bytes: Vec<u8>,
    origin: Origin,
    inbox: Option<(Vec<u8>, Origin)>,
) -> Result<Result<OpenedRun, String>, SplitLoaderError> {
    let run = open::sample(&bytes, &origin).map(|mut run| {
        if run.inbox.is_none() {
            run.inbox = inbox.and_then(|(bytes, origin)| open::text_of(&bytes, &origin).ok());
        }
        run
    });
    Ok(run)
}

/// The kept copy's text, made in the parsers' chunk (it holds serde_json).
#[wasm_split(runs_reader, fallible)]
pub fn keep_text(tally: Tally) -> Result<String, SplitLoaderError> {
    Ok(summary::keep(&tally))
}

/// A kept copy read back.
#[wasm_split(runs_reader, fallible)]
pub fn restore(text: String) -> Result<Result<Tally, String>, SplitLoaderError> {
    Ok(summary::restore(&text))
}
