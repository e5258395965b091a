//! Hooks the views share. (The texts and the language are read with `use_texts` and `use_lang`,
//! next to the context they come from: `view/shell/context.rs`.)

pub mod address_after_frame;
pub mod current_link_in_view;
pub mod drawn_when_opened;
pub mod in_steps;
pub mod layout_at_once;
pub mod online;
pub mod page_start;
pub mod presenter_keys;
pub mod query;
pub mod swipe;
