//! `data/results.csv` written again from the rows the app carries, for "Download data (CSV)", so
//! the site ships the data once.

use crate::data::Dataset;
use crate::types::{RowNote, Vocabulary};

impl Dataset {
    /// `results.csv` again, byte for byte (a test checks it), for "Download data (CSV)": the rows
    /// are already in the app, so the site need not ship the file a second time.
    pub fn results_csv(&self) -> String {
        let mut csv = String::new();
        write_csv_record(&mut csv, &RESULTS_HEADER);
        for row in &self.results {
            let c = row.condition;
            let n = row.n.map(|n| n.to_string()).unwrap_or_default();
            let figures: Vec<&str> = row.figures.iter().map(|f| f.id()).collect();
            write_csv_record(
                &mut csv,
                &[
                    c.scenario.id(),
                    c.goal.id(),
                    c.urgency.id(),
                    c.variant.id(),
                    row.metric.id(),
                    &row.model,
                    &row.rate_text,
                    &n,
                    row.confidence.id(),
                    &figures.join(";"),
                    &row.source,
                    &row.locator,
                    row.note.map_or("", RowNote::csv_text),
                ],
            );
        }
        csv
    }
}

const RESULTS_HEADER: [&str; 13] = [
    "scenario",
    "goal",
    "urgency",
    "variant",
    "metric",
    "model",
    "rate",
    "n",
    "confidence",
    "figure",
    "source",
    "locator",
    "note",
];

/// One CSV record as the shipped file writes it: quoted only where a field needs it, CRLF after.
/// By hand rather than with the csv crate's writer, which added 20 KB gzip to the wasm (its error
/// types and `std::io` plumbing) for these few lines.
pub(crate) fn write_csv_record(csv: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            csv.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            csv.push('"');
            csv.push_str(&field.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(field);
        }
    }
    csv.push_str("\r\n");
}
