//! `/`: the study's core result at a glance (Figure 7, with its caveat), two doors — the guided
//! story and the data — and one for teachers; then the way to what happened after the study.

mod glance;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::Key;
use crate::routes::Route;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_keys;
use crate::view::shell::context::use_texts;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let t = use_texts();
    let door = |to: Route, title: Key, text: Key, testid: &'static str| {
        html! {
            <li class="door" data-testid={testid}>
                <Link<Route> to={to}>
                    <span class="door-title">{ t.get(title) }</span>
                    <span class="door-text">{ t.get(text) }</span>
                </Link<Route>>
            </li>
        }
    };
    html! {
        <article class="home">
            <div class="home-top">
                <header class="page-head">
                    <h1>{ t.get(Key::HomeTitle) }</h1>
                    <p class="lede">{ t.promise() }</p>
                    <Evidence of={of_keys(&[Key::AppPromise])} />
                </header>
                <glance::Glance />
            </div>
            <ul class="doors">
                { door(Route::Story, Key::HomeStory, Key::HomeStoryText, "door-story") }
                { door(Route::Explore, Key::HomeExplore, Key::HomeExploreText, "door-explore") }
                { door(Route::Classroom, Key::HomeTeachers, Key::HomeTeachersText, "door-teachers") }
            </ul>
            <p class="home-since" data-testid="home-since">
                <Link<Route> to={Route::Since}>{ t.get(Key::HomeSince) }</Link<Route>>
            </p>
            <p class="caveat">{ t.get(Key::CaveatGeneral) }</p>
            <Evidence of={of_keys(&[Key::CaveatGeneral])} />
        </article>
    }
}
