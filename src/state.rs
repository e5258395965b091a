//! App-wide state, changed only through [`Action`]s (the reducer pattern of Yew's own examples).
//!
//! The explorer's condition and model are not here: they live in the link (`#/explore?…`), so
//! that every view can be shared and back/forward work without a second copy to keep in sync.

use std::rc::Rc;

use yew::Reducible;

use model::types::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    /// The link whose problems the reader has dismissed; the notice stays hidden for it.
    pub dismissed_link: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    DismissLinkNotice(String),
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            dismissed_link: None,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang == self.lang => self,
            Action::SetLang(lang) => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            Action::DismissLinkNotice(link) => Rc::new(AppState {
                dismissed_link: Some(link),
                ..(*self).clone()
            }),
        }
    }
}
