//! Says which parts of a shared link were not understood, instead of failing silently.

use yew::prelude::*;

use crate::i18n::Key;
use crate::state::Action;
use crate::view::shell::context::{use_texts, AppContext};
use model::link::LinkProblem;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub query: String,
    pub problems: Vec<LinkProblem>,
}

#[function_component(LinkNotice)]
pub fn link_notice(props: &LinkNoticeProps) -> Html {
    let t = use_texts();
    let context = use_context::<AppContext>();
    let dismissed = context
        .as_ref()
        .and_then(|c| c.dismissed_link.as_deref())
        .is_some_and(|link| link == props.query);
    if props.problems.is_empty() || dismissed {
        return html! {};
    }
    let items = props
        .problems
        .iter()
        .map(|p| format!("{}={}", p.key, p.value))
        .collect::<Vec<_>>()
        .join(", ");
    let dismiss = {
        let query = props.query.clone();
        Callback::from(move |_| {
            if let Some(context) = &context {
                context.send(Action::DismissLinkNotice(query.clone()));
            }
        })
    };
    html! {
        <div class="notice" role="status" data-testid="link-notice">
            <p>{ t.fill(Key::NoticeLink, &[("items", &items)]) }</p>
            <button type="button" class="secondary" onclick={dismiss}>{ t.get(Key::NoticeDismiss) }</button>
        </div>
    }
}
