//! The site's pages rendered natively with Yew's server renderer, as `examples/prerender` prints
//! them for the build and `tests/prerender.rs` checks them: every route of the app at its default
//! view, the content pages opened with this build's content file, and the evidence file installed
//! for the pages that print quotes at once (the browser fetches each before it starts a page that
//! shows it, src/main.rs). The evidence file cannot be taken out again once installed, so the
//! pages that print quotes come last (`paths`).

use cornered::bundled;
use cornered::i18n::Texts;
use cornered::routes::Route;
use cornered::view::content;
use cornered::view::shell::app::{page_title, StaticApp, StaticAppProps};
use model::link::ExplorerState;
use model::types::{Lang, Variant};
use yew::LocalServerRenderer;
use yew_router::Routable;

/// Every page's path (`/`, `/explore/`, `/transcripts/blackmail-harmful/`, …), from the app's
/// routes, one per transcript for `/transcripts/:id/` and one per later step for `/story/:step/`;
/// those that print quotes last.
pub fn paths() -> Vec<String> {
    let content = bundled::CONTENT.built();
    let transcripts = &content.library.transcripts;
    let mut paths: Vec<String> = Route::routes()
        .into_iter()
        .flat_map(|pattern| match pattern {
            // The first step is the story's own page (`Route::story_step`).
            "/story/:step/" => (2..=content.content.story.len())
                .map(|step| format!("/story/{step}/"))
                .collect(),
            "/transcripts/:id/" => transcripts
                .iter()
                .map(|t| format!("/transcripts/{}/", t.id))
                .collect(),
            // The host's own page answers an address with no file; the app's, inside the app.
            "/404" => Vec::new(),
            pattern => vec![pattern.to_string()],
        })
        .collect();
    paths.sort_by_key(|path| route(path).prints_quotes());
    paths
}

fn route(path: &str) -> Route {
    Route::recognize(path).unwrap_or(Route::NotFound)
}

/// The page at `path` as the app renders it.
pub async fn render(path: &str, lang: Lang) -> String {
    bundled::CONTENT.built();
    if route(path).prints_quotes() {
        bundled::EVIDENCE.built();
    } else {
        assert!(
            bundled::EVIDENCE.get().is_none(),
            "{path} rendered after a page that prints quotes: it would show quotes the browser has not loaded"
        );
    }
    content::open(Vec::new())
        .await
        .expect("the content pages open natively");
    LocalServerRenderer::<StaticApp>::with_props(StaticAppProps {
        lang,
        path: path.to_string().into(),
    })
    .hydratable(false)
    .render()
    .await
}

/// The keys of its address the page at `path` reads to choose what it shows (`Route::view_keys`),
/// and the values of those keys its file shows (the explorer's first condition and model, as the
/// app reads an address that names none): static/first-paint.js shows the file for an address
/// whose view keys, if any, all have these values.
pub fn view(path: &str) -> (String, String) {
    let route = route(path);
    let own: Vec<(&str, String)> = match route {
        Route::Explore => bundled::dataset()
            .parse_link("")
            .state
            .query_pairs(Lang::En)
            .into_iter()
            .filter(|(key, _)| route.view_keys().contains(key))
            .collect(),
        _ => Vec::new(),
    };
    let own = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(own)
        .finish();
    (route.view_keys().join(" "), own)
}

/// The view whose chart the page's link preview shows, as the explorer's address writes it: a
/// story step's, a run's condition, and the explorer's first view for the pages about no one
/// condition. None where no chart would be right (examples/preview_image.rs draws a picture
/// with no number there): the explorer's file, which a link to any of its views fetches (a chat reads
/// no address's query), and a view with no chart, "Is this a test?" (story step 6).
pub fn preview(path: &str) -> Option<String> {
    let content = bundled::CONTENT.built();
    let step = |step: usize| {
        let story = content.content.story.get(step - 1)?;
        Some(bundled::dataset().parse_link(&story.explore).state)
    };
    let view =
        match route(path) {
            Route::Explore => None,
            Route::Story => step(1),
            Route::StoryStep { step: n } => step(n),
            Route::Transcript { id } => content
                .library
                .transcripts
                .iter()
                .find(|t| t.id == id)
                .map(|t| ExplorerState {
                    condition: t.condition(),
                    ..ExplorerState::default()
                }),
            _ => Some(ExplorerState::default()),
        }?;
    (view.condition.variant != Variant::EvalNotice).then(|| view.to_query(Lang::En))
}

/// The page's title, as the app sets it in the tab.
pub fn title(path: &str, lang: Lang) -> String {
    page_title(Texts(lang), &route(path))
}
