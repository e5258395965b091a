//! English | 中文. Changes the language without a reload and keeps the link in step.

use strum::IntoEnumIterator;
use yew::prelude::*;
use yew_router::prelude::*;

use super::context::{use_texts, AppContext};
use crate::i18n::Key;
use crate::routes::Route;
use crate::state::Action;
use crate::view::hooks::query::use_query;
use model::link::with_lang;
use model::types::{Lang, Vocabulary};

#[function_component(LangSwitch)]
pub fn lang_switch() -> Html {
    let t = use_texts();
    let context = use_context::<AppContext>();
    let navigator = use_navigator();
    let query = use_query();
    let route = use_route::<Route>();
    let current = context.as_ref().map_or(Lang::En, |c| c.lang);

    let buttons = Lang::iter().map(|lang| {
        let context = context.clone();
        let navigator = navigator.clone();
        let query = query.clone();
        let route = route.clone();
        let choose = Callback::from(move |_: MouseEvent| {
            if let Some(context) = &context {
                context.send(Action::SetLang(lang));
            }
            // The link names the language, so that what the reader shares opens as they see it
            // (and a link that named the old one does not switch back).
            if let (Some(navigator), Some(route)) = (&navigator, &route) {
                let _ = navigator.replace_with_query(route, with_lang(&query, lang));
            }
        });
        let label = match lang {
            Lang::En => t.get(Key::LangEn),
            Lang::Zh => t.get(Key::LangZh),
        };
        html! {
            <button type="button" lang={lang.html_tag()} aria-pressed={(lang == current).to_string()}
                data-lang={lang.id()} onclick={choose}>{ label }</button>
        }
    });
    html! {
        <div class="lang-switch" role="group" aria-label={t.get(Key::LangLabel)}>{ for buttons }</div>
    }
}
