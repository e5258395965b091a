pub mod evidence;
pub mod explorer_link;
