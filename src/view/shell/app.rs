//! The shell: routing, header, language, footer.

use yew::prelude::*;
use yew_router::history::{AnyHistory, BrowserHistory, HashHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::routes::Route;

use super::content_gate::ContentGate;
use super::context::AppContext;
use super::lang_switch::LangSwitch;
use super::site::Addressing;
use crate::i18n::{Key, Texts};
use crate::state::AppState;
use crate::view::content;
use crate::view::explorer::page::ExplorerPage;
use crate::view::hooks::in_steps::use_in_steps;
use crate::view::hooks::page_start::use_page_start;
use crate::view::hooks::query::use_query;
use crate::view::plain_pages::PlainPageGate;
use crate::view::shell::language::use_settled_lang;
use model::link::ParsedLink;
use model::types::Lang;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Chosen by the caller from storage or the browser; a `lang=` in the link overrides it.
    pub initial_lang: Lang,
    /// Paths under the site's root, or the one-file edition's hash (`site::addressing`).
    pub addressing: Addressing,
    /// Whether to draw the app in steps (`Drawn`), out of sight beside the page's file, rather
    /// than all at once (src/view/shell/mount.rs).
    pub in_steps: bool,
}

/// How much of the app a render draws. At the start, while the page's file shows the page, the
/// app draws it out of sight in steps, a task each, so that no task is a long one
/// (src/view/shell/mount.rs): the router alone, then its frame, then its header and footer, then
/// the page. Drawn in two tasks, the header and footer with the frame, the first was the longest
/// task of most pages' start (some 30 ms unthrottled, most of it V8 compiling Yew's code as it is
/// first called); the router alone compiles most of Yew's own code a task before the shell's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawn {
    /// Only the router, which draws nothing.
    Router,
    /// The app's element and an empty, busy `<main>`.
    Frame,
    /// The header and footer too; `<main>` still empty and busy.
    HeaderAndFooter,
    /// Everything: the page too.
    All,
}

impl Drawn {
    /// The steps, in order.
    const STEPS: [Drawn; 4] = [
        Drawn::Router,
        Drawn::Frame,
        Drawn::HeaderAndFooter,
        Drawn::All,
    ];
}

/// Routed by path on the site, where each page is a file of its own, and by hash in the one-file
/// edition (src/view/shell/site.rs).
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // One router either way (its history and base chosen here), rather than BrowserRouter and
    // HashRouter both, which cost the main module 1.6 KB gzip more, measured.
    let router = use_state(|| match props.addressing.clone() {
        Addressing::Paths { base } => (
            AnyHistory::from(BrowserHistory::new()),
            Some(AttrValue::from(base)),
        ),
        Addressing::Hash => (AnyHistory::from(HashHistory::new()), None),
    });
    let (history, basename) = (*router).clone();
    // Each step's timer is set once the step before has been drawn (`use_in_steps`). Set together
    // from outside, a step could share the task of the one before: Yew's scheduler pauses a long
    // render with a timer of its own, which the next step's fired before, and the story's header,
    // footer and first words were one task of 155 ms at 4x CPU.
    let steps = Drawn::STEPS.len();
    let step = use_in_steps(steps, if props.in_steps { 1 } else { steps }, 1);
    let drawn = Drawn::STEPS[step - 1];
    html! {
        <Router {history} {basename}>
            if drawn != Drawn::Router {
                <Shell initial_lang={props.initial_lang} {drawn} />
            }
        </Router>
    }
}

/// The same shell at a given address, routed from memory instead of the address bar: for rendering
/// a page to HTML at build time (`examples/prerender.rs`), which the browser shows before the
/// wasm has started.
#[derive(Properties, PartialEq)]
pub struct StaticAppProps {
    pub lang: Lang,
    /// The route's path, e.g. `/` or `/explore`.
    pub path: AttrValue,
}

#[function_component(StaticApp)]
pub fn static_app(props: &StaticAppProps) -> Html {
    let history = AnyHistory::from(MemoryHistory::with_entries(vec![props.path.to_string()]));
    html! {
        <Router {history}>
            <Shell initial_lang={props.lang} drawn={Drawn::All} />
        </Router>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    initial_lang: Lang,
    drawn: Drawn,
}

#[function_component(Shell)]
fn shell(props: &ShellProps) -> Html {
    let link_lang = ParsedLink::parse(&use_query(), |_| true).lang;
    let state = use_reducer(|| AppState::new(link_lang.unwrap_or(props.initial_lang)));
    let lang = use_settled_lang(link_lang, &state);

    let context = AppContext {
        lang,
        dismissed_link: state.dismissed_link.clone(),
        dispatch: state.dispatcher(),
    };
    let t = Texts(lang);
    // The skip link focuses <main> itself, so that the one-file edition's router never sees `#main`
    // as an address; the href serves the prerendered page before the app has started.
    let main_ref = use_node_ref();
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    use_page_start(&route, lang);
    // Each page has its own title in the tab, the history and bookmarks, in the reader's language.
    use_effect_with(page_title(t, &route), |title| {
        gloo::utils::document().set_title(title)
    });
    let nav_link = |to: Route, key: Key| {
        let current = route == to
            || (to == Route::Story && matches!(route, Route::StoryStep { .. }))
            || (to == Route::Transcripts && matches!(route, Route::Transcript { .. }))
            || (to == Route::Classroom && route == Route::Handout);
        html! {
            <Link<Route> to={to} classes={classes!(current.then_some("current"))}>
                <span aria-current={current.then_some("page")}>{ t.get(key) }</span>
            </Link<Route>>
        }
    };

    html! {
        <ContextProvider<AppContext> context={context}>
            <div class={classes!("app", format!("lang-{}", lang.html_tag()))} lang={lang.html_tag()}>
                if props.drawn != Drawn::Frame {
                    <header class="top">
                        <a class="skip" href="#main" onclick={skip}>{ t.get(Key::AppSkip) }</a>
                        <p class="brand"><Link<Route> to={Route::Home}>{ t.get(Key::AppName) }</Link<Route>></p>
                        <nav aria-label={t.get(Key::NavLabel)}>
                            { nav_link(Route::Story, Key::NavStory) }
                            { nav_link(Route::Explore, Key::NavExplore) }
                            { nav_link(Route::Transcripts, Key::TranscriptsNav) }
                            { nav_link(Route::Myths, Key::NavMyths) }
                            { nav_link(Route::Classroom, Key::NavClassroom) }
                            { nav_link(Route::Sources, Key::NavSources) }
                        </nav>
                        <LangSwitch />
                    </header>
                }
                <main id="main" tabindex="-1" ref={main_ref} aria-busy={(props.drawn != Drawn::All).then_some("true")}>
                    <Switch<Route> render={if props.drawn == Drawn::All { switch } else { nothing }} />
                </main>
                if props.drawn != Drawn::Frame {
                    <footer class="bottom">
                        <p>{ t.promise() }</p>
                        <p data-testid="footer">{ t.footer() }</p>
                    </footer>
                }
            </div>
        </ContextProvider<AppContext>>
    }
}

/// The title of a page (the tab, and the prerendered file's head): its name (as the navigation names it) and the site's.
pub fn page_title(t: Texts, route: &Route) -> String {
    let page = match route {
        Route::Home => return t.get(Key::TitleHome).to_string(),
        Route::Story => Key::NavStory,
        Route::StoryStep { step } => match story_step_title(t, *step) {
            Some(title) => {
                let page = t.fill(
                    Key::TitleStoryStep,
                    &[("step", &step.to_string()), ("title", title)],
                );
                return t.fill(Key::TitlePage, &[("page", &page)]);
            }
            None => Key::NavStory,
        },
        Route::Explore => Key::NavExplore,
        Route::Sources => Key::NavSources,
        Route::Transcript { id } => match run_title(t, id) {
            Some(title) => return t.fill(Key::TitlePage, &[("page", title)]),
            None => Key::TranscriptsNav,
        },
        Route::Transcripts => Key::TranscriptsNav,
        Route::Myths => Key::NavMyths,
        Route::Classroom => Key::NavClassroom,
        Route::Handout => Key::TitleHandout,
        Route::Since => Key::TitleSince,
        Route::YourRuns => Key::TitleYourRuns,
        Route::NotFound => Key::TitleNotFound,
    };
    t.fill(Key::TitlePage, &[("page", t.get(page))])
}

/// A run's own title, once the texts are open (they are before a run's page first renders when
/// it is opened directly, and in the prerendered file).
fn run_title(t: Texts, id: &str) -> Option<&'static str> {
    let (file, _) = content::opened()?;
    let run = file.library.transcripts.iter().find(|run| run.id == id)?;
    Some(run.title.get(t.0))
}

/// A later step's own title, once the texts are open (as for a run).
fn story_step_title(t: Texts, step: usize) -> Option<&'static str> {
    let (file, _) = content::opened()?;
    let story_step = file.content.story.get(step.checked_sub(1)?)?;
    Some(story_step.title.get(t.0))
}

/// The page held back (`Drawn`).
fn nothing(_: Route) -> Html {
    Html::default()
}

fn switch(route: Route) -> Html {
    match route {
        route if route.shows_content() => html! { <ContentGate {route} /> },
        Route::Explore => html! { <ExplorerPage /> },
        Route::Home | Route::Sources => html! { <PlainPageGate {route} /> },
        _ => html! { <ExplorerPage not_found=true /> },
    }
}
