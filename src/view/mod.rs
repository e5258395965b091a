pub mod common;
pub mod content;
pub mod explorer;
pub mod format;
pub mod hooks;
pub mod shell;
pub mod sources;
