pub mod presenter_keys;
