pub mod app;
pub mod content_gate;
pub mod context;
pub mod lang_switch;
pub mod language;
pub mod mount;
pub mod site;
pub mod site_file;
