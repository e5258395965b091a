//! The conditions a reader can change. Native radio buttons, a checkbox and a select, so that
//! keyboard and screen-reader behaviour come from the browser. On a phone they fold into a sticky
//! bar above the headline (scenario and model, and a button that opens them), so the number stays
//! in view while the reader changes what it depends on.

use strum::IntoEnumIterator;
use yew::prelude::*;

use super::change::change;
use crate::i18n::{Key, Texts};
use crate::view::shell::context::{use_texts, DataRef};
use model::explorer::{EVAL_NOTICE_MODEL, GRID_GOALS};
use model::link::ExplorerState;
use model::types::{Goal, ModelStatus, Scenario, Urgency, Variant, Vocabulary};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub state: ExplorerState,
    pub data: DataRef,
    pub on_change: Callback<ExplorerState>,
}

/// One radio button of a group.
struct Choice<'a> {
    id: &'static str,
    label: &'a str,
    checked: bool,
    choose: Callback<Event>,
}

/// A group's buttons, one per option. Only this mapping is generic, so that the group's markup
/// is compiled once rather than once per vocabulary (0.35 KB gzip off the main module, measured).
fn choices<'a, T: Vocabulary + PartialEq + 'static>(
    options: &[(T, &'a str)],
    current: T,
    choose: Callback<T>,
) -> Vec<Choice<'a>> {
    options
        .iter()
        .map(|&(value, label)| Choice {
            id: value.id(),
            label,
            checked: value == current,
            choose: choose.reform(move |_| value),
        })
        .collect()
}

/// A group of radio buttons, one per option.
fn radio_group(name: &'static str, legend: &str, choices: Vec<Choice>) -> Html {
    html! {
        <fieldset class="segmented" data-control={name}>
            <legend>{ legend }</legend>
            <div class="options">
            { for choices.into_iter().map(|choice| {
                let id = format!("{name}-{}", choice.id);
                html! {
                    <span class="option">
                        <input type="radio" id={id.clone()} name={name} value={choice.id}
                            checked={choice.checked} onchange={choice.choose} />
                        <label for={id}>{ choice.label }</label>
                    </span>
                }
            }) }
            </div>
        </fieldset>
    }
}

#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let t = use_texts();
    let (state, on_change) = (&props.state, &props.on_change);
    let c = state.condition;
    let open = use_state(|| false);
    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let scenarios: Vec<(Scenario, &str)> = Scenario::iter().map(|s| (s, t.scenario(s))).collect();
    let mut goals: Vec<Goal> = GRID_GOALS.to_vec();
    goals.push(Goal::ExplicitEthical);
    if c.goal == Goal::Unspecified {
        goals.push(Goal::Unspecified);
    }
    let goals: Vec<(Goal, &str)> = goals.into_iter().map(|g| (g, t.goal(g))).collect();
    let urgencies: Vec<(Urgency, &str)> = Urgency::iter().map(|u| (u, t.urgency(u))).collect();
    let open_eval = change(state, on_change, |next, _| {
        next.condition.variant = Variant::EvalNotice;
        next.model = EVAL_NOTICE_MODEL.to_string();
    });

    html! {
        <section class={classes!("controls", open.then_some("open"))} aria-label={t.get(Key::ExploreControls)}>
            <div class="controls-bar">
                <p class="controls-summary" data-testid="controls-summary">
                    { t.scenario(c.scenario) }{ " · " }{ props.data.0.model_name(&state.model).to_string() }
                </p>
                <button type="button" class="secondary" aria-expanded={open.to_string()}
                    aria-controls="control-panel" data-testid="controls-toggle" onclick={toggle_open}>
                    { t.get(if *open { Key::ExploreControlsClose } else { Key::ExploreControlsOpen }) }
                </button>
            </div>
            <div class="control-panel" id="control-panel">
            { radio_group("scenario", t.get(Key::ExploreScenario), choices(&scenarios, c.scenario,
                change(state, on_change, |s, v| s.condition.scenario = v))) }
            { radio_group("goal", t.get(Key::ExploreGoal), choices(&goals, c.goal,
                change(state, on_change, |s, v| s.condition.goal = v))) }
            { radio_group("urgency", t.get(Key::ExploreThreat), choices(&urgencies, c.urgency,
                change(state, on_change, |s, v| s.condition.urgency = v))) }
            <div class="control-row">
                { safety_switch(t, state, on_change) }
                { model_select(t, props.data, state, on_change) }
            </div>
            <div class="control-row eval-entry">
                <button type="button" class="secondary" data-testid="open-eval" onclick={open_eval}>
                    { t.get(Key::ExploreEvalOpen) }
                </button>
                <span class="hint">{ t.get(Key::ExploreEvalHint) }</span>
            </div>
            </div>
        </section>
    }
}

/// Safety instructions in the system prompt, on or off: a switch, since it is one of two.
fn safety_switch(t: Texts, state: &ExplorerState, on_change: &Callback<ExplorerState>) -> Html {
    let safety_on = state.condition.variant == Variant::SafetyInstructions;
    let toggle = change(state, on_change, move |next, _: Event| {
        next.condition.variant = if safety_on {
            Variant::Default
        } else {
            Variant::SafetyInstructions
        };
    });
    html! {
        <label class="switch" for="safety">
            <input type="checkbox" role="switch" id="safety" checked={safety_on} onchange={toggle} />
            <span>{ t.get(Key::ExploreSafety) }</span>
            <span class="switch-state" aria-hidden="true">
                { if safety_on { t.get(Key::ExploreSafetyOn) } else { t.get(Key::ExploreSafetyOff) } }
            </span>
        </label>
    }
}

/// The models of the study, then those it excluded from its main results.
fn model_select(
    t: Texts,
    data: DataRef,
    state: &ExplorerState,
    on_change: &Callback<ExplorerState>,
) -> Html {
    let choose = change(state, on_change, |next, e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        next.model = select.value();
    });
    let group = |status: ModelStatus| {
        data.models
            .iter()
            .filter(move |m| m.status == status)
            .map(|m| html! { <option value={m.id.clone()} selected={m.id == state.model}>{ m.name.clone() }</option> })
            .collect::<Html>()
    };
    html! {
        <label class="model-select" for="model">
            <span>{ t.get(Key::ExploreModel) }</span>
            <select id="model" onchange={choose}>
                { group(ModelStatus::Main) }
                <optgroup label={t.get(Key::ExploreExcludedGroup)}>{ group(ModelStatus::Excluded) }</optgroup>
            </select>
        </label>
    }
}
