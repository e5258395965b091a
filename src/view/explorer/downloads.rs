//! "Download data (CSV)" and "Download chart (SVG)", both made in the page as data URLs (their
//! code is a chunk of its own: `download_files.rs`), and "Copy link". Nothing leaves the reader's
//! machine, and both work offline and from the one-file edition.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::copy_link::CopyLink;
use super::download_files::{self, FileMakers};
use crate::i18n::Key;
use crate::view::shell::context::{use_texts, DataRef};
use model::link::ExplorerState;
use model::types::Vocabulary;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub state: ExplorerState,
    pub data: DataRef,
}

/// Writes a file into its link when the reader reaches for it (pointer, focus or click) rather
/// than on every render, where drawing and encoding the chart was part of every toggle (issue 5).
/// Until then the link holds an empty file. If the files' code has not arrived by the click, the
/// click waits for it, then follows the filled link; if it cannot load, `failed` says so.
fn fill_link<E: AsRef<web_sys::Event>>(
    url: Rc<dyn Fn(FileMakers) -> String>,
    failed: Callback<bool>,
) -> Callback<E> {
    Callback::from(move |event: E| {
        let event = event.as_ref();
        // Yew listens at the app's root, so the link is found from the event's target.
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a").ok().flatten())
        else {
            return;
        };
        match download_files::opened() {
            Some(makers) => fill(&link, &*url, makers),
            None if event.type_() == "click" => {
                event.prevent_default();
                let (url, failed) = (Rc::clone(&url), failed.clone());
                spawn_local(async move {
                    let Ok(makers) = download_files::open().await else {
                        return failed.emit(true);
                    };
                    failed.emit(false);
                    fill(&link, &*url, makers);
                    if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
                        link.click();
                    }
                });
            }
            None => {}
        }
    })
}

const EMPTY_FILE: &str = "data:,";

/// Puts the file into a link that still holds the empty one.
fn fill(link: &web_sys::Element, url: &dyn Fn(FileMakers) -> String, makers: FileMakers) {
    if link.get_attribute("href").as_deref() == Some(EMPTY_FILE) {
        let _ = link.set_attribute("href", &url(makers));
    }
}

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let t = use_texts();
    let c = props.state.condition;
    // The files' code, fetched once the explorer is on screen, so that it is there by the click;
    // in a task after the chart's, which it would otherwise lengthen as the app starts.
    use_effect_with((), |_| {
        spawn_local(async {
            gloo::timers::future::TimeoutFuture::new(0).await;
            drop(download_files::open().await)
        })
    });
    let svg: Rc<dyn Fn(FileMakers) -> String> = {
        let (data, state) = (props.data, props.state.clone());
        Rc::new(move |makers: FileMakers| (makers.svg)(t, data, &state))
    };
    let csv: Rc<dyn Fn(FileMakers) -> String> = Rc::new(|makers: FileMakers| (makers.csv)());
    let svg_name = format!(
        "cornered-{}-{}-{}-{}.svg",
        c.scenario.id(),
        c.goal.id(),
        c.urgency.id(),
        c.variant.id()
    );
    let failed = use_state(|| false);
    let on_failed = {
        let failed = failed.clone();
        Callback::from(move |now: bool| failed.set(now))
    };
    html! {
        <p class="downloads">
            <a key="csv" class="button-link secondary-link" href={EMPTY_FILE} download="cornered-agentic-misalignment-results.csv"
                data-testid="download-csv" onpointerenter={fill_link(csv.clone(), on_failed.clone())}
                onfocus={fill_link(csv.clone(), on_failed.clone())} onclick={fill_link(csv, on_failed.clone())}>{ t.get(Key::DownloadCsv) }</a>
            // Keyed by the view (and language), so another view starts from an empty link again.
            <a key={props.state.to_query(t.0)} class="button-link secondary-link" href={EMPTY_FILE} download={svg_name}
                data-testid="download-svg" onpointerenter={fill_link(svg.clone(), on_failed.clone())}
                onfocus={fill_link(svg.clone(), on_failed.clone())} onclick={fill_link(svg, on_failed)}>{ t.get(Key::DownloadSvg) }</a>
            <CopyLink key="copy" query={props.state.to_query(t.0)} />
            if *failed {
                <span key="failed" class="notice" role="alert" data-testid="download-failed">{ t.get(Key::DownloadFailed) }</span>
            }
        </p>
    }
}
