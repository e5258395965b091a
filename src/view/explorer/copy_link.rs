//! "Copy link": the explorer's link is its whole state, so a teacher can paste one view into a
//! slide or a message. The copied link spells out every condition (not just what the address bar
//! happens to hold), so it keeps meaning the same view. Where the browser refuses the clipboard (a
//! page served over plain http), the link is shown selected instead, to copy by hand.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::Routable;

use crate::i18n::Key;
use crate::routes::Route;
use crate::view::shell::context::use_texts;
use crate::view::shell::site;

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    /// The clipboard was not available; the reader copies this by hand.
    ByHand(String),
}

/// Writes `text` to the clipboard; `false` where the browser has none or refuses.
async fn write_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is undefined outside secure contexts; calling into it would throw.
    let clipboard: wasm_bindgen::JsValue = navigator.clipboard().into();
    if clipboard.is_undefined() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The explorer query of the view, as `ExplorerState::to_query` writes it.
    pub query: String,
}

#[function_component(CopyLink)]
pub fn copy_link(props: &CopyLinkProps) -> Html {
    let t = use_texts();
    let state = use_state(|| Copy::Idle);
    let onclick = {
        let state = state.clone();
        let query = props.query.clone();
        Callback::from(move |_| {
            let Some(href) = site::shareable(&format!("{}?{query}", Route::Explore.to_path()))
            else {
                return;
            };
            // Cleared first, so that copying again is announced again.
            state.set(Copy::Idle);
            let state = state.clone();
            spawn_local(async move {
                state.set(if write_clipboard(&href).await {
                    Copy::Done
                } else {
                    Copy::ByHand(href)
                });
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    html! {
        <span class="copy-link">
            <button type="button" class="button-link secondary-link" data-testid="copy-link" {onclick}>
                { t.get(Key::DownloadCopyLink) }
            </button>
            <span role="status" data-testid="copy-status">
                {
                    match &*state {
                        Copy::Idle => html! {},
                        Copy::Done => html! { { t.get(Key::DownloadCopied) } },
                        Copy::ByHand(href) => html! {
                            <label>
                                { t.get(Key::DownloadCopyByHand) }{ " " }
                                <input type="text" readonly=true value={href.clone()} onfocus={select_all} />
                            </label>
                        },
                    }
                }
            </span>
        </span>
    }
}
