//! Sources & method (`sources/`): the page and its table of every value. Its code is in the plain
//! pages' chunk (`view/plain_pages.rs`).

pub mod data_table;
pub mod page;
