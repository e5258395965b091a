//! Yew views, one component per file. They format what [`crate::model`] computes and hold no
//! numbers of their own.

pub mod app;
pub mod bar_chart;
pub mod chart_table;
pub mod classroom;
pub mod confidence_legend;
pub mod content_gate;
pub mod content_pages;
pub mod context;
pub mod controls;
pub mod copy_link;
pub mod data_table;
pub mod downloads;
pub mod eval_notice;
pub mod evidence;
pub mod example_link;
pub mod excerpt_list;
pub mod explorer;
pub mod findings;
pub mod handout;
pub mod headline;
pub mod home;
pub mod lang_switch;
pub mod link_notice;
pub mod myths;
pub mod overview_grid;
pub mod predict;
pub mod presenter_keys;
pub mod quiz;
pub mod rich_text;
pub mod site_file;
pub mod sources;
pub mod story;
pub mod transcript_index;
pub mod transcript_view;
