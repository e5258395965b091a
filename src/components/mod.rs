//! Yew views, one component per file. They format what [`crate::model`] computes and hold no
//! numbers of their own.

pub mod app;
pub mod bar_chart;
pub mod chart_table;
pub mod confidence_legend;
pub mod context;
pub mod controls;
pub mod data_table;
pub mod eval_notice;
pub mod example_link;
pub mod excerpt_list;
pub mod explorer;
pub mod findings;
pub mod headline;
pub mod lang_switch;
pub mod link_notice;
pub mod overview_grid;
pub mod sources;
pub mod transcript_index;
pub mod transcript_view;
