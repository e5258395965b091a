//! One of the reader's samples read again from its file when the reader opens it (the tally keeps
//! only where it is, [`Origin`]): the emails the model read, its private reasoning and its actions,
//! for the same inbox → reasoning → action viewer as the study's runs. Reading never panics; an
//! error says what is wrong and the caller names the file.

use serde_json::Value;

use super::parse::parse_json;
use super::reply::{self, Reply};
use super::tally::Origin;
use super::zip;

/// A sample as the viewer shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedRun {
    /// The emails as the model received them, where the files have them: the framework's
    /// `email_content.txt`, or the first user message of an Inspect sample.
    pub inbox: Option<String>,
    pub reply: Reply,
}

/// Reads the sample at `origin` from its file's bytes.
pub fn sample(bytes: &[u8], origin: &Origin) -> Result<OpenedRun, String> {
    let text = text_of(bytes, origin)?;
    let value = parse_json(&text)?;
    let value = match origin.index {
        Some(index) => value
            .get("samples")
            .and_then(|s| s.get(index as usize))
            .cloned()
            .ok_or("the sample is no longer in this file (was it changed?)")?,
        None => value,
    };
    if let Some(raw) = value.get("raw_response").and_then(Value::as_str) {
        return Ok(OpenedRun {
            inbox: None,
            reply: reply::parse(raw),
        });
    }
    if value.get("messages").is_some() || value.get("output").is_some() {
        return Ok(OpenedRun {
            inbox: inspect_inbox(&value),
            reply: reply::parse(&reply::inspect_text(&value)),
        });
    }
    Err("no reply in this sample (a failed run writes none)".into())
}

/// The text at `origin`: the file itself, or its archive entry.
pub fn text_of(bytes: &[u8], origin: &Origin) -> Result<String, String> {
    let bytes = match &origin.entry {
        Some(name) => entry(bytes, name)?,
        None => bytes.to_vec(),
    };
    String::from_utf8(bytes).map_err(|_| "not text".to_string())
}

/// One entry, without decompressing the others (an `.eval` may hold 18,000).
fn entry(archive: &[u8], name: &str) -> Result<Vec<u8>, String> {
    let (entries, _) = zip::listing(archive)?;
    let entry = entries
        .iter()
        .find(|e| e.name == name)
        .ok_or_else(|| format!("{name} is no longer in this archive"))?;
    zip::entry_data(archive, entry).map_err(|e| format!("{name}: {e}"))
}

/// The first user message of an Inspect sample: the emails and the task.
fn inspect_inbox(sample: &Value) -> Option<String> {
    let first_user = sample
        .get("messages")?
        .as_array()?
        .iter()
        .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))?;
    let text = match first_user.get("content")? {
        Value::String(text) => text.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => return None,
    };
    Some(reply::resolve_attachment(sample, &text))
}
