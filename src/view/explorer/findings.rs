//! The study's own qualitative findings that bear on the current condition. Shown especially
//! where no number is published, so a gap is explained rather than filled.

use yew::prelude::*;

use crate::i18n::Key;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
use crate::view::shell::context::use_texts;
use model::explorer::{findings, Finding};
use model::link::ExplorerState;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub state: ExplorerState,
}

fn finding_key(finding: Finding) -> Key {
    match finding {
        Finding::SafetyInstructions => Key::FindingSafetyInstructions,
        Finding::GoalsVaried => Key::FindingGoalsVaried,
        Finding::AdaptedPrompts => Key::FindingAdaptedPrompts,
        Finding::Control => Key::FindingControl,
        Finding::LethalControl => Key::FindingLethalControl,
        Finding::GoalUnspecified => Key::FindingGoalUnspecified,
    }
}

#[function_component(Findings)]
pub fn findings_view(props: &FindingsProps) -> Html {
    let t = use_texts();
    let found = findings(&props.state);
    if found.is_empty() {
        return html! {};
    }
    html! {
        <aside class="findings" data-testid="findings">
            <h3>{ t.get(Key::FindingTitle) }</h3>
            { for found.into_iter().map(|f| html! {
                <>
                    <p>{ t.get(finding_key(f)) }</p>
                    <Evidence of={of_keys(&[finding_key(f)])} />
                </>
            }) }
        </aside>
    }
}
