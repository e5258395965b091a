//! What every view may read: the language, and the way to change app state.

use yew::prelude::*;

use crate::i18n::Texts;
use crate::state::{Action, AppState};
use model::types::Lang;

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub lang: Lang,
    pub dismissed_link: Option<String>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

impl AppContext {
    pub fn texts(&self) -> Texts {
        Texts(self.lang)
    }

    pub fn send(&self, action: Action) {
        self.dispatch.dispatch(action);
    }
}

/// The current language. Outside an [`AppContext`] (e.g. a component rendered alone in a test)
/// this is English.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<AppContext>().map_or(Lang::En, |c| c.lang)
}

/// The texts in the current language.
#[hook]
pub fn use_texts() -> Texts {
    Texts(use_lang())
}

/// Data the app holds one copy of for its whole life (the dataset, the loaded content file),
/// passed as a prop or context. Compared by address: there is only ever the one copy, and
/// comparing hundreds of rows or texts on every render would be wasted work.
#[derive(Debug)]
pub struct Shared<T: ?Sized + 'static>(pub &'static T);

/// The validated dataset as a prop.
pub type DataRef = Shared<model::data::Dataset>;

// By hand, because deriving would require `T: Clone`, and only the reference is copied.
impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Shared<T> {}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0
    }
}
