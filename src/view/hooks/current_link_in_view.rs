//! On a phone the header's navigation is one row, scrolled sideways rather than wrapped (CSS,
//! `.top nav`), and the current page's link can be past its end, off the screen: on `/sources/`
//! at 390 px the reader saw no link marked as the page they were on. The row is scrolled to show
//! it, on every page the app draws. The prerendered file does the same for its own copy before
//! the app starts (static/first-paint.js, `currentLinkInView`), and static/start.js gives the app's
//! row the copy's scroll as the app takes the file's place, so the row does not move then.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The row's fading end, in CSS pixels: two rem at the browser's usual 16 px.
const FADE: i32 = 32;

/// Where the current page's link ends in the row's fading end (`FADE`, the CSS `mask-image`) or
/// past it, scrolls the row to centre it (`use_page_start` calls it as each page is drawn). The
/// row is its links' offset parent (CSS `position: relative`), so a link's `offsetLeft` is where
/// it starts in the row, scrolled or not.
pub fn current_link_in_view() {
    let document = gloo::utils::document();
    let Ok(Some(link)) = document.query_selector(".top nav a.current") else {
        return;
    };
    // A link, so an HTML element.
    let link = link.unchecked_into::<HtmlElement>();
    let Some(row) = link.parent_element() else {
        return;
    };
    let (width, scrolled) = (row.client_width(), row.scroll_left());
    let start = link.offset_left() - scrolled;
    // Drawn out of sight (hidden beside the page's file, view/shell/host.rs), the row has no
    // width: static/start.js gives it the file's scroll as it shows it.
    if width == 0 || (start >= 0 && start + link.offset_width() <= width - FADE) {
        return;
    }
    row.set_scroll_left(scrolled + start + link.offset_width() / 2 - width / 2);
}
