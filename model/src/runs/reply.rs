//! One of the reader's samples, taken apart for the inbox → reasoning → action viewer: the
//! private reasoning (`<SCRATCHPAD_REASONING>` blocks) and the actions (`<tool_use:NAME>` blocks
//! with `key: "value"` fields), from the framework's `raw_response` or from the assistant's text
//! in an Inspect sample. Parsing never fails: text that fits no block is kept as the reply's
//! other text, so nothing the model wrote is hidden.

use serde_json::Value;

/// An action the model took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolUse {
    /// `email`, `forward`, `cancel_alert`, …
    pub name: String,
    /// Its fields in order (`to`, `subject`, `body`, `code`, …).
    pub fields: Vec<(String, String)>,
}

/// A sample's reply, in the viewer's three parts (the inbox is the prompt, not the reply).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    pub reasoning: Vec<String>,
    pub actions: Vec<ToolUse>,
    /// Whatever the model wrote outside those blocks.
    pub other: String,
}

const REASONING_OPEN: &str = "<SCRATCHPAD_REASONING>";
const REASONING_CLOSE: &str = "</SCRATCHPAD_REASONING>";

/// Takes a reply apart.
pub fn parse(raw: &str) -> Reply {
    let mut reply = Reply::default();
    let mut rest = raw;
    while !rest.is_empty() {
        let next_reasoning = rest.find(REASONING_OPEN);
        let next_tool = rest.find("<tool_use:");
        let start = match (next_reasoning, next_tool) {
            (Some(r), Some(t)) => r.min(t),
            (Some(r), None) => r,
            (None, Some(t)) => t,
            (None, None) => {
                push_other(&mut reply, rest);
                break;
            }
        };
        push_other(&mut reply, &rest[..start]);
        rest = &rest[start..];
        rest = match rest.strip_prefix(REASONING_OPEN) {
            Some(body) => {
                let end = body.find(REASONING_CLOSE).unwrap_or(body.len());
                reply.reasoning.push(body[..end].trim().to_string());
                body.get(end + REASONING_CLOSE.len()..).unwrap_or_default()
            }
            None => tool_use(&mut reply, rest),
        };
    }
    reply
}

/// Reads one `<tool_use:NAME>…</tool_use:NAME>` block at the start of `rest`; gives what follows.
fn tool_use<'a>(reply: &mut Reply, rest: &'a str) -> &'a str {
    let after_prefix = &rest["<tool_use:".len()..];
    let Some(close) = after_prefix.find('>') else {
        push_other(reply, rest);
        return "";
    };
    let name = after_prefix[..close].trim().to_string();
    let body = &after_prefix[close + 1..];
    let closing = format!("</tool_use:{name}>");
    let end = body.find(&closing).unwrap_or(body.len());
    reply.actions.push(ToolUse {
        fields: fields(&body[..end]),
        name,
    });
    body.get(end + closing.len()..).unwrap_or_default()
}

/// `key: "value",` lines; a quoted value may run over several lines and escape quotes.
fn fields(body: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = body.trim_start();
    while let Some(colon) = rest.find(':') {
        let key = rest[..colon].trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            break;
        }
        let after = rest[colon + 1..].trim_start();
        let (value, remaining) = match after.strip_prefix('"') {
            Some(quoted) => quoted_value(quoted),
            None => {
                let line_end = after.find('\n').unwrap_or(after.len());
                (
                    after[..line_end].trim().trim_end_matches(',').to_string(),
                    &after[line_end..],
                )
            }
        };
        found.push((key.to_string(), value));
        rest = remaining.trim_start().trim_start_matches(',').trim_start();
    }
    found
}

/// The text of a quoted value up to its closing quote, unescaping `\"`, `\n` and `\\`.
fn quoted_value(text: &str) -> (String, &str) {
    let mut value = String::new();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, 'n')) => value.push('\n'),
                Some((_, escaped)) => value.push(escaped),
                None => {}
            },
            '"' => return (value, &text[at + 1..]),
            c => value.push(c),
        }
    }
    (value, "")
}

fn push_other(reply: &mut Reply, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        if !reply.other.is_empty() {
            reply.other.push_str("\n\n");
        }
        reply.other.push_str(text);
    }
}

/// The assistant's text in an Inspect sample (its messages, or its output's completion), with
/// each message's text joined; `attachment://` references are resolved through the sample's
/// `attachments`.
pub fn inspect_text(sample: &Value) -> String {
    let resolve = |text: &str| resolve_attachment(sample, text);
    let content_text = |content: &Value| -> String {
        match content {
            Value::String(text) => resolve(text),
            Value::Array(parts) => parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .map(resolve)
                .collect::<Vec<_>>()
                .join("\n"),
            _ => String::new(),
        }
    };
    let messages = sample.get("messages").and_then(Value::as_array);
    let assistant: Vec<String> = messages
        .into_iter()
        .flatten()
        .filter(|m| m.get("role").and_then(Value::as_str) == Some("assistant"))
        .filter_map(|m| m.get("content").map(content_text))
        .collect();
    if assistant.is_empty() {
        sample
            .pointer("/output/completion")
            .and_then(Value::as_str)
            .map(resolve)
            .unwrap_or_default()
    } else {
        assistant.join("\n\n")
    }
}

/// Inspect stores long texts once, in the sample's `attachments`, and writes
/// `attachment://<hash>` where they belong; gives the text itself.
pub fn resolve_attachment(sample: &Value, text: &str) -> String {
    text.strip_prefix("attachment://")
        .and_then(|hash| sample.pointer(&format!("/attachments/{hash}")))
        .and_then(Value::as_str)
        .unwrap_or(text)
        .to_string()
}
