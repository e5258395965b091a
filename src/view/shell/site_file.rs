//! Files the site carries beside the wasm that only some pages need (the content pages' texts,
//! the evidence ledger): fetched from the site, or read from the inline copy the one-file edition
//! carries (`writeOneFile` in scripts/build.mjs puts each in a `<script type="application/octet-stream">` with
//! an id). And the evidence file, kept for the visit once loaded.

use super::site;
use crate::bundled;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{Key, Texts};
use crate::view::common::evidence_list;
use model::bundle::EvidenceFile;

/// Why a file did not load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The request did not reach the site.
    Network,
    /// The site answered with this error status.
    Http(u16),
    /// The bytes are not what the app expects.
    Damaged,
}

/// Why a file did not load, in the reader's language.
pub fn file_error(t: Texts, error: FileError) -> String {
    match error {
        FileError::Network => t.get(Key::ContentReasonNetwork).to_string(),
        FileError::Http(status) => {
            t.fill(Key::ContentReasonHttp, &[("status", &status.to_string())])
        }
        FileError::Damaged => t.get(Key::ContentReasonDamaged).to_string(),
    }
}

/// The file's bytes: the one-file edition's inline copy (element `inline_id`), or else fetched
/// from `name` at the site's root.
pub async fn load(name: &str, inline_id: &str) -> Result<Vec<u8>, FileError> {
    match inline_copy(inline_id)? {
        Some(bytes) => Ok(bytes),
        None => fetch(&site::file_url(name)).await,
    }
}

fn inline_copy(id: &str) -> Result<Option<Vec<u8>>, FileError> {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return Ok(None);
    };
    let encoded = element.text_content().unwrap_or_default();
    // atob gives one char per byte (Latin-1), so each char's code is the byte.
    let binary = gloo::utils::window()
        .atob(encoded.trim())
        .map_err(|_| FileError::Damaged)?;
    Ok(Some(binary.chars().map(|c| c as u8).collect()))
}

async fn fetch(url: &str) -> Result<Vec<u8>, FileError> {
    let failed = |_| FileError::Network;
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    if !response.ok() {
        return Err(FileError::Http(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The one-file edition's inline copy of the evidence file.
const EVIDENCE_INLINE_ID: &str = "cornered-evidence";

/// The evidence file, fetched and kept for the visit.
pub async fn evidence_file() -> Result<&'static EvidenceFile, FileError> {
    if let Some(file) = bundled::EVIDENCE.get() {
        return Ok(file);
    }
    // Decoded by the chunk that draws it (`evidence_list`), fetched while the file is (and
    // preloaded beside it by static/start.js where a page prints quotes); one fetch for both calls.
    wasm_bindgen_futures::spawn_local(async { drop(evidence_list::open().await) });
    let bytes = load(bundled::EVIDENCE.name, EVIDENCE_INLINE_ID).await?;
    let code = evidence_list::open()
        .await
        .map_err(|_| FileError::Network)?;
    (code.install)(&bytes).map_err(|_| FileError::Damaged)
}
