//! Ways into the explorer at a given state, in the reader's language: a link, and a callback for
//! controls that navigate. Every "see the numbers" on other pages goes through these, so the
//! explorer's address is written in one place (`ExplorerState::query_pairs`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::routes::Route;
use crate::view::shell::context::use_lang;
use model::link::ExplorerState;

#[derive(Properties, PartialEq)]
pub struct ExplorerLinkProps {
    pub state: ExplorerState,
    pub children: Html,
}

/// A link to the explorer showing `state`.
#[function_component(ExplorerLink)]
pub fn explorer_link(props: &ExplorerLinkProps) -> Html {
    let query = props.state.query_pairs(use_lang());
    html! {
        <Link<Route, Vec<(&'static str, String)>> to={Route::Explore} query={Some(query)}>
            { props.children.clone() }
        </Link<Route, Vec<(&'static str, String)>>>
    }
}

/// Opens the explorer at a state, as a navigation (so Back returns to where the reader was).
#[hook]
pub fn use_open_explorer() -> Callback<ExplorerState> {
    let navigator = use_navigator();
    let lang = use_lang();
    Callback::from(move |next: ExplorerState| {
        if let Some(navigator) = &navigator {
            let _ = navigator.push_with_query(&Route::Explore, next.query_pairs(lang));
        }
    })
}
