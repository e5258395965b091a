//! The reader's runs for this visit, shared by the page and the explorer's "your runs" bars: the
//! loader's running tally, the files it read (kept in memory only, to read a sample again when the
//! reader opens it) and the last finished tally the views show. Lives as long as the tab; stored
//! only if the reader asks (`keep.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use model::runs::load::Loader;
use model::runs::tally::Tally;

#[derive(Default)]
pub struct Session {
    pub loader: Loader,
    /// The files read, by the tally's file index (`Tally::files`).
    pub files: Vec<web_sys::File>,
    /// What the views show: the tally as it was when the last reading finished.
    pub shown: Rc<Tally>,
    /// Whether `shown` came from this browser's storage rather than from files.
    pub restored: bool,
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::default();
}

pub fn with<R>(f: impl FnOnce(&mut Session) -> R) -> R {
    SESSION.with(|s| f(&mut s.borrow_mut()))
}

/// The tally the views show (empty before anything was loaded).
pub fn shown() -> Rc<Tally> {
    with(|s| s.shown.clone())
}

/// Publishes the loader's tally to the views.
pub fn publish() -> Rc<Tally> {
    with(|s| {
        s.loader.tally.sort_seen();
        s.shown = Rc::new(s.loader.tally.clone());
        s.shown.clone()
    })
}

/// Forgets everything loaded in this visit.
pub fn clear() {
    with(|s| *s = Session::default());
}
