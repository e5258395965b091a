//! Cornered: an offline, bilingual explainer of Anthropic's 2025 "Agentic Misalignment" study.
//!
//! Layers, in the order a number travels: `data/` (CSV) → [`model`] (types, validation, statistics,
//! link state) → [`i18n`] (words) → [`components`] (Yew views) → `index.html` and Trunk (the shell).

pub mod bundled;
pub mod i18n;
pub mod routes;
pub mod state;
pub mod view;
