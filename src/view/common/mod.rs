pub mod bar_svg;
pub mod evidence;
pub mod explorer_link;
pub mod your_runs_slot;
