//! `#/classroom`: a 45-minute lesson plan, discussion questions with teacher notes, a quiz, the
//! projector switch and the printable handout.

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::navigator::NavigatorKind;
use yew_router::prelude::*;

use super::loaded::use_content;
use super::one_file_download::OneFileDownload;
use super::projector_switch::ProjectorSwitch;
use super::quiz::Quiz;
use super::rich_text::{rich_paragraphs, rich_text};
use crate::i18n::{PageKey, Texts};
use crate::routes::Route;
use crate::view::common::evidence::Evidence;
use crate::view::common::evidence_list::of_block;
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::shell::context::{use_texts, Shared};
use model::content::DiscussionQuestion;

#[function_component(ClassroomPage)]
pub fn classroom_page() -> Html {
    let t = use_texts();
    let lang = t.0;
    let content = &use_content().content;
    let routing = use_navigator().map(|n| n.kind());
    let mut elapsed = 0;
    let plan = content.classroom.lesson.iter().map(|segment| {
        let start = elapsed;
        elapsed += segment.minutes;
        html! {
            <li class="segment">
                <p class="minutes">{ t.fill_page(PageKey::ClassroomMinutes, &[("from", &start.to_string()), ("to", &elapsed.to_string())]) }</p>
                <h3>{ segment.title.get(lang).to_string() }</h3>
                { rich_paragraphs(t, segment.body.get(lang)) }
                if !segment.route.is_empty() {
                    <p>{ lesson_link(t, &segment.route, routing) }</p>
                }
            </li>
        }
    });
    // The plan, the questions and the quiz: one per task as the app starts (`use_in_steps`).
    let sections = use_in_steps(3, 1, 1);
    html! {
        <article class="classroom" aria-busy={(sections < 3).then_some("true")}>
            <header class="page-head">
                <h1>{ t.page(PageKey::ClassroomTitle) }</h1>
                <p class="lede">{ t.page(PageKey::ClassroomIntro) }</p>
                <p class="classroom-actions">
                    <ProjectorSwitch />
                    <Link<Route> to={Route::Handout} classes="button-link">{ t.page(PageKey::ClassroomHandout) }</Link<Route>>
                    <Link<Route> to={Route::Story} classes="button-link">{ t.page(PageKey::ClassroomStartStory) }</Link<Route>>
                </p>
                <p class="small">{ t.page(PageKey::ClassroomProjectorHint) }</p>
                <OneFileDownload />
            </header>
            <section aria-labelledby="plan-title">
                <h2 id="plan-title">{ t.page(PageKey::ClassroomPlan) }</h2>
                <ol class="lesson-plan">{ for plan }</ol>
            </section>
            if sections > 1 {
                <section id="questions" tabindex="-1" aria-labelledby="questions-title">
                    <h2 id="questions-title">{ t.page(PageKey::ClassroomQuestions) }</h2>
                    <ol class="discussion">{ for content.classroom.question.iter().map(|q| question(t, q)) }</ol>
                </section>
            }
            if sections > 2 {
                <Quiz questions={Shared(&content.classroom.quiz)} />
            }
        </article>
    }
}

/// The parts of this page a lesson step may point to (`#questions` in data/classroom.toml).
pub const PARTS: [&str; 2] = ["questions", "quiz"];

/// A lesson step's page (`#/story/2/` in data/classroom.toml) as a link the router writes: a
/// path on the site, a hash in the one-file edition (src/view/shell/site.rs); or a part of this
/// page (`#quiz`).
fn lesson_link(t: Texts, route: &str, routing: Option<NavigatorKind>) -> Html {
    if let Some(&part) = PARTS
        .iter()
        .find(|&&part| route.strip_prefix('#') == Some(part))
    {
        return part_link(t, part);
    }
    let open = t.page(PageKey::ClassroomOpen);
    let address = route.trim_start_matches('#');
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let to = Route::recognize(path).unwrap_or(Route::NotFound);
    // Shown as the address bar will show it, which a teacher may type: the site's path
    // (`/story/2/`), or in the one-file edition, routed by hash, `#/story/2/`.
    let shown = match query {
        "" => to.to_path(),
        query => format!("{}?{query}", to.to_path()),
    };
    let shown = match routing {
        Some(NavigatorKind::Hash) => format!("#{shown}"),
        _ => shown,
    };
    let query: Vec<(String, String)> = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .collect();
    html! {
        <Link<Route, Vec<(String, String)>> {to} query={(!query.is_empty()).then_some(query)}>
            { open }{ " " }<code>{ shown }</code>
        </Link<Route, Vec<(String, String)>>>
    }
}

/// A link to a part of this page. Followed by script, not by the address: in the one-file edition
/// the address's fragment is the router's. The part takes the focus, which starts the Tab key
/// there, and its top is scrolled to the window's.
fn part_link(t: Texts, part: &'static str) -> Html {
    let go = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        if let Some(target) = gloo::utils::document()
            .get_element_by_id(part)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = target.focus();
            // Its top at the window's: focus alone centres a part taller than the window.
            target.scroll_into_view();
        }
    });
    html! { <a href={format!("#{part}")} onclick={go} data-testid="lesson-part">{ t.page(PageKey::ClassroomBelow) }</a> }
}

/// A discussion question, with the teacher's note folded under it and its evidence.
fn question(t: Texts, q: &'static DiscussionQuestion) -> Html {
    let lang = t.0;
    html! {
        <li>
            <p>{ rich_text(t, q.text.get(lang)) }</p>
            <details>
                <summary>{ t.page(PageKey::ClassroomTeacherNote) }</summary>
                { rich_paragraphs(t, q.note.get(lang)) }
            </details>
            <Evidence of={of_block(&q.evidence, &[&q.text, &q.note])} />
        </li>
    }
}
