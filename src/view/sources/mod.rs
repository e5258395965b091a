pub mod data_table;
pub mod page;
