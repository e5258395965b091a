//! English | 中文. Changes the language without a reload and keeps the link in step.

use strum::IntoEnumIterator;
use yew::prelude::*;
use yew_router::prelude::*;

use super::app::Route;
use super::context::{use_texts, AppContext};
use crate::i18n::Key;
use crate::model::data::Dataset;
use crate::model::link::ParsedLink;
use crate::model::types::{Lang, Vocabulary};
use crate::state::Action;

#[function_component(LangSwitch)]
pub fn lang_switch() -> Html {
    let t = use_texts();
    let context = use_context::<AppContext>();
    let navigator = use_navigator();
    let location = use_location();
    let route = use_route::<Route>();
    let current = context.as_ref().map_or(Lang::En, |c| c.lang);

    let buttons = Lang::iter().map(|lang| {
        let choose = {
            let context = context.clone();
            let navigator = navigator.clone();
            let location = location.clone();
            let route = route.clone();
            Callback::from(move |_| {
                if let Some(context) = &context {
                    context.send(Action::SetLang(lang));
                }
                // A link that names a language must name the new one, or it would switch back.
                if let (Some(navigator), Some(location), Some(Route::Explore)) = (&navigator, &location, &route) {
                    let known = |id: &str| Dataset::bundled().is_ok_and(|d| d.model(id).is_some());
                    let state = ParsedLink::parse(location.query_str(), known).state;
                    let _ = navigator.replace_with_query(&Route::Explore, state.query_pairs(lang));
                }
            })
        };
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
