pub mod bar_svg;
pub mod chunk_page;
pub mod evidence;
pub mod evidence_list;
pub mod explorer_link;
pub mod your_runs_slot;
