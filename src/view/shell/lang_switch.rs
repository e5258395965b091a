//! English | 中文. Changes the language without a reload and keeps the link in step.

use strum::IntoEnumIterator;
use yew::prelude::*;
use yew_router::prelude::*;

use super::context::{use_texts, AppContext};
use crate::i18n::Key;
use crate::routes::Route;
use crate::state::Action;
use model::types::{Lang, Vocabulary};

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
                // The link names the language, so that what the reader shares opens as they see it
                // (and a link that named the old one does not switch back).
                if let (Some(navigator), Some(location), Some(route)) = (&navigator, &location, &route) {
                    let pairs: Vec<(String, String)> =
                        form_urlencoded::parse(location.query_str().trim_start_matches('?').as_bytes())
                            .map(|(k, v)| (k.into_owned(), v.into_owned()))
                            .collect();
                    let mut pairs: Vec<(String, String)> =
                        pairs.into_iter().filter(|(key, _)| key != "lang").collect();
                    pairs.push(("lang".into(), lang.id().to_string()));
                    let _ = navigator.replace_with_query(route, pairs);
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
