//! The switch for projector mode: large type and high contrast on every page. On the classroom
//! page always; on the story's and the runs' pages only while the mode is on, so that a class can
//! leave it where it is being used ([`off_switch`]).
//! The mode is a class on `<html>`, which the stylesheet scales everything from, and not app
//! state: no view but this switch asks for it. static/first-paint.js keeps it for the visit in
//! this tab, so a reload or the next page opened by its address keeps it, from the first paint.

use yew::prelude::*;

use crate::i18n::PageKey;
use crate::view::shell::context::use_texts;

#[function_component(ProjectorSwitch)]
pub fn projector_switch() -> Html {
    let t = use_texts();
    let on = use_state(is_on);
    let toggle = {
        let on = on.clone();
        Callback::from(move |_| {
            let next = !*on;
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.class_list().toggle_with_force("projector", next);
            }
            on.set(next);
        })
    };
    html! {
        <button type="button" class="primary" data-testid="projector-toggle" aria-pressed={on.to_string()}
            onclick={toggle}>{ t.page(PageKey::ClassroomProjector) }</button>
    }
}

/// The switch at the foot of a page the class steps through, while projector mode is on.
pub fn off_switch() -> Html {
    if !is_on() {
        return Html::default();
    }
    html! { <p class="projector-off"><ProjectorSwitch /></p> }
}

/// Whether the page is in projector mode now. (Never when rendered to HTML at build time, where
/// there is no document.)
fn is_on() -> bool {
    cfg!(target_arch = "wasm32")
        && gloo::utils::document()
            .document_element()
            .is_some_and(|root| root.class_list().contains("projector"))
}
