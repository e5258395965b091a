//! What every view may read: the language, and the way to change app state.

use yew::prelude::*;

use crate::i18n::Texts;
use crate::model::types::Lang;
use crate::state::{Action, AppState};

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub lang: Lang,
    pub dismissed_link: Option<String>,
    pub projector: bool,
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

/// The texts in the current language. Outside an [`AppContext`] (e.g. a component rendered
/// alone in a test) this is English.
#[hook]
pub fn use_texts() -> Texts {
    use_context::<AppContext>().map_or(Texts(Lang::En), |c| c.texts())
}

/// The validated dataset as a prop. Compared by address: there is only ever the one bundled copy,
/// and comparing 335 rows on every render would be wasted work.
#[derive(Clone, Copy, Debug)]
pub struct DataRef(pub &'static crate::model::data::Dataset);

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for DataRef {
    type Target = crate::model::data::Dataset;

    fn deref(&self) -> &Self::Target {
        self.0
    }
}
