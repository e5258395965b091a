//! "See an example run": from any explorer condition to the illustrative run that matches it,
//! or the closest one, saying how it differs.

use crate::bundled;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::Key;
use crate::routes::Route;
use crate::view::shell::context::use_texts;
use model::types::Condition;

#[derive(Properties, PartialEq)]
pub struct ExampleLinkProps {
    pub condition: Condition,
}

#[function_component(ExampleLink)]
pub fn example_link(props: &ExampleLinkProps) -> Html {
    let t = use_texts();
    let Some(example) = bundled::runs().example_for(props.condition) else {
        return html! {};
    };
    let shown = example.condition;
    let wanted = props.condition;
    let mut differences = Vec::new();
    if shown.goal != wanted.goal {
        differences.push(t.goal(shown.goal));
    }
    if shown.urgency != wanted.urgency {
        differences.push(t.urgency(shown.urgency));
    }
    if shown.variant != wanted.variant {
        differences.push(t.variant(shown.variant));
    }
    html! {
        <p class="example-link" data-testid="example-link">
            <Link<Route> to={Route::Transcript { id: example.id.clone() }}>{ t.get(Key::TranscriptsExampleLink) }{ " →" }</Link<Route>>
            if !differences.is_empty() {
                <span class="small" data-testid="example-differs">
                    { " " }{ t.fill(Key::TranscriptsExampleNearest, &[("differences", &differences.join(" · "))]) }
                </span>
            }
        </p>
    }
}
