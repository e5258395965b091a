// Starts the app. Trunk would otherwise inline this as a <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids; Trunk.toml's pattern_script loads this
// file instead and puts the hashed file names on the script tag (kept out of this file's URL,
// so the offline cache can serve it).
const tag = document.querySelector('script[data-js][data-wasm]');

// Puts the reason in place of "Loading…", which would otherwise stay forever, above the page's
// copy where one shows (it still reads; its controls stay still). In both languages, as the build
// writes them on the line (`data-failed`, from locales/ [start]): no translation is loaded yet.
// WebAssembly can be off in a recent browser too (some security settings turn it off).
// A line saying a view is on its way (a shared link's frame) goes. (The one-file edition reuses
// this function: scripts/build.mjs.)
function showFailure(error) {
  document.documentElement.dataset.appFailed = '';
  const boot = document.getElementById('boot');
  if (boot) {
    boot.classList.add('boot-failed');
    boot.textContent = `${boot.dataset.failed}\n(${(error && error.message) || error})`;
  }
}

// The pages that show texts (`Route::shows_content` in src/routes.rs; tests/architecture.rs
// checks this list against it) need the content file and their own code (the wasm chunk, see
// scripts/build.mjs) as soon as the app starts: fetch both now, beside the wasm, instead of after. The app's own requests are then
// answered by these preloads. Other pages never fetch them. The evidence file (the quotes) is
// fetched when a reader opens "Why we say this", and at once by the three pages that print quotes:
// the runs' index (the excerpts), the handout (its notes) and what happened next (the sources' words).
const CONTENT_PAGES = ['story', 'transcripts', 'myths', 'classroom', 'since', 'your-runs'];
// This page's address under the site's root (`transcripts/`, `classroom/handout/`): each page is
// a file in its own folder, and `data-root` says how far the root is (src/view/shell/site.rs).
const siteRoot = new URL(document.documentElement.dataset.root ?? './', location.href);
const address = location.pathname.slice(siteRoot.pathname.length);
const page = address.split('/')[0];
// All in one insertion: a <link> appended to the head one at a time, a dozen of them on a content
// page, made the story page's task here 34–134 ms at 4x CPU (eleven traces; most of it in these
// calls, by a CPU profile), 47–52 ms in one insertion (three traces).
const preload = (files) => {
  // Once: static/first-paint.js may have asked for the wasm already.
  const asked = new Set([...document.head.querySelectorAll('link[rel=preload]')].map((l) => l.href));
  const links = [];
  for (const file of files) {
    const href = new URL(file, document.baseURI).href;
    if (asked.has(href)) continue;
    asked.add(href);
    links.push(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  }
  document.head.append(...links);
};
// Nothing is fetched for the app until the page's file has painted: the page is already on
// screen without it, and a download that shares the network with that first paint slows it
// (Lighthouse's simulated slow phone counts every download that ends before it). Where the
// browser cannot say when it painted, one frame later. A page opened in a background tab paints,
// and so starts, when it is first shown.
function afterFirstPaint(then) {
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(then, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'paint', buffered: true });
}

// Where the file does not hold the view the address asks for (static/first-paint.js shows
// "Loading…" or only the page's frame), the app is the page: it starts at once.
const whenToStart = 'otherView' in document.documentElement.dataset ? (then) => then() : afterFirstPaint;
// Not when static/first-paint.js is forwarding an address of the #/… form to its page's file (the
// app starts there), nor in a file opened from a folder, which cannot start (first-paint.js says so).
const startsHere = !['forwarding', 'fromFile'].some((flag) => flag in document.documentElement.dataset);
if (startsHere) carryOverToApp();
if (startsHere) whenToStart(() => {
  // The wasm beside its bindings, not after them (the bindings ask for it once they have loaded).
  const files = [tag.dataset.wasm];
  // The home and sources pages' code is a chunk of its own (src/view/plain_pages.rs).
  if (page === '' || page === 'sources') files.push(...(tag.dataset.plain ?? '').split(' '));
  // The pages that print what the evidence file holds at once (`Route::prints_quotes`).
  if (/^(transcripts|classroom\/handout|since|sources)\/?$/.test(address)) {
    files.push(tag.dataset.evidence, ...(tag.dataset.quotes ?? '').split(' '));
  }
  if (CONTENT_PAGES.includes(page)) {
    files.push(tag.dataset.content, ...(tag.dataset.chunks ?? '').split(' '));
    // The page that reads a reader's own runs is a chunk of its own, opened after the pages' chunk:
    // fetched now, beside it, rather than after it.
    if (page === 'your-runs') files.push(...(tag.dataset.runs ?? '').split(' '));
  }
  preload(files.filter(Boolean));

  placeApp();
  // Promises rather than top-level await, so that an older browser still reaches showFailure.
  start();
});

// The app replaces the page's file when it starts: it draws the same page anew, out of sight, and
// then takes the copy's place (`placeApp` below, src/view/shell/mount.rs). What a reader did on
// the file's copy is carried over to the app's element in
// the same place (the two renders are the same page, tests/e2e/first-paint.test.mjs), if it has
// the same tag and starts with the same words: the focus, so that a keyboard reader who had moved
// into the page is not sent back to its top; and the last click, Space, Enter or arrow key on a
// control, which static/first-paint.js held back (the copy's controls do nothing), made on the
// app's control; and the words they had selected, to copy or to read them out. Chromium reports the
// removal as a focus leaving to nowhere, which a reader's click on
// the page's background also is: the element still being in the page afterwards tells the two apart.
function carryOverToApp() {
  let focused = null;
  let chosen = null;
  let selected = null;
  const listening = new AbortController();
  const { signal } = listening;
  document.addEventListener('focusin', (event) => { focused = event.target; }, { signal });
  // The selection's ends as they were in the copy (the copy's nodes outlive its removal, the
  // selection does not: it falls back to the body).
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const inCopy = (node) => node?.parentElement?.closest('.prerendered .app') && node.isConnected;
    selected = !selection.isCollapsed && inCopy(selection.anchorNode) && inCopy(selection.focusNode)
      ? [selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset]
      : null;
  }, { signal });
  document.addEventListener('focusout', (event) => {
    const left = event.target;
    if (!event.relatedTarget) queueMicrotask(() => { if (left.isConnected && focused === left) focused = null; });
  }, { signal });
  // Registered after static/first-paint.js's listener, so a choice it held back is already marked
  // (`heldControl`: the copy's control it kept from acting).
  const held = (event) => {
    const control = event.heldControl;
    if (!control) return;
    if (event.type === 'click' || event.key === ' ' || (event.key === 'Enter' && !control.matches('input'))) chosen = control;
    // An arrow key in a group of radio buttons moves the focus to the next one, as it would, but
    // leaves it unchecked (the numbers beside it are the checked one's): the app checks it.
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step && control.matches('input[type=radio]')) {
      const group = [...control.closest('.app').querySelectorAll('input[type=radio]')]
        .filter((radio) => radio.name === control.name && !radio.disabled);
      chosen = group.at((group.indexOf(control) + step) % group.length);
      chosen.focus();
    }
  };
  for (const type of ['click', 'keydown']) document.addEventListener(type, held, { capture: true, signal });

  // Where `element` is inside `from`: the index of each element on the way down.
  const placeOf = (element, from) => {
    const place = [];
    for (let e = element; e !== from; e = e.parentElement) place.unshift([...e.parentElement.children].indexOf(e));
    return place;
  };
  const observer = new MutationObserver((records) => {
    // Where the app is the page at once, it is drawn into its element after that has taken the
    // body: that element is watched too.
    for (const added of records.flatMap((record) => [...record.addedNodes])) {
      if (added.id === 'app-host') observer.observe(added, { childList: true });
    }
    const app = document.querySelector('body > #app-host:not([hidden]) > .app');
    if (!app) return;
    observer.disconnect();
    listening.abort();
    // The copy's nodes outlive its removal, their places in it too.
    const inApp = (element) => {
      const copy = element?.closest('.prerendered .app');
      if (!copy) return null;
      const same = placeOf(element, copy).reduce((e, index) => e?.children[index], app);
      // The start of its words: a closed <details> inside holds more in the file than in the app.
      const words = (e) => e.textContent.slice(0, 200);
      return same?.tagName === element.tagName && words(same) === words(element) ? same : null;
    };
    if (document.activeElement === document.body) inApp(focused)?.focus({ preventScroll: true });
    inApp(chosen)?.click();
    if (selected) selectInApp(selected, inApp);
  });
  observer.observe(document.body, { childList: true });
}

// Selects in the app the words that were selected in the copy: each end of the selection is found
// as the same element (`inApp`) and as so many characters into its words, since the two renders
// need not split an element's words into the same text nodes. Where an end's element is not
// found, nothing is selected.
function selectInApp([anchorNode, anchorOffset, focusNode, focusOffset], inApp) {
  const end = (node, offset) => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const before = document.createRange();
    before.setStart(element, 0);
    before.setEnd(node, offset);
    let chars = before.toString().length;
    const same = inApp(element);
    if (!same) return null;
    const texts = document.createTreeWalker(same, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      if (chars <= text.data.length) return [text, chars];
      chars -= text.data.length;
    }
    return chars === 0 ? [same, same.childNodes.length] : null;
  };
  const anchor = end(anchorNode, anchorOffset);
  const focus = end(focusNode, focusOffset);
  if (anchor && focus) getSelection().setBaseAndExtent(...anchor, ...focus);
}

// The element the app is drawn in (src/view/shell/mount.rs). Where the file shows the very view
// the app's first render draws (the page's default view, static/first-paint.js), it is hidden
// beside the copy while the app draws the page in it over a few tasks, and takes the copy's place
// once its page is in its <main> and nothing in it is being drawn any more (`aria-busy`, which
// <main> carries until the app's last step, and a long list until its last items are): the reader
// never sees a page drawn in part. The page itself can come a task after <main> has lost its
// `aria-busy`: Yew's scheduler may pause (after 16 ms, with a timer of its own) between <main>'s
// render and the routed page's, and the header and footer then showed around an empty page
// (at 20x CPU slowdown, on /explore/ in 6 loads of 6). Elsewhere the app empties the body when it
// draws.
function placeApp() {
  const host = Object.assign(document.createElement('div'), { id: 'app-host' });
  const held = !('otherView' in document.documentElement.dataset) && document.querySelector('.prerendered') !== null;
  host.hidden = held;
  document.body.append(host);
  if (!held) return;
  new MutationObserver((_, observer) => {
    if (!host.querySelector('main > *') || host.querySelector('[aria-busy="true"]')) return;
    observer.disconnect();
    // The app's navigation row starts where the copy's was (scrolled to the page's link on a
    // phone by static/first-paint.js, or by the reader), so it does not move as it takes its place:
    // scrolled as the next frame is drawn, before it is painted. Scrolled here, at once, it made the
    // browser lay out the whole page inside this task (on the classroom page, with the app's last
    // render, a task of 104 ms at 4x CPU), rather than in the frame's own.
    const [copyRow, appRow] = [document.querySelector('.prerendered .top nav'), host.querySelector('.top nav')];
    const scrolled = copyRow?.scrollLeft ?? 0;
    host.hidden = false;
    if (appRow && scrolled) requestAnimationFrame(() => { appRow.scrollLeft = scrolled; });
    for (const node of [...document.body.childNodes]) if (node !== host) node.remove();
  }).observe(host, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

function start() {
  import(new URL(tag.dataset.js, document.baseURI).href)
    .then((bindings) => bindings.default({ module_or_path: new URL(tag.dataset.wasm, document.baseURI) }))
    .then(() => {
      // Offline after the first visit (see sw.js). Not over file://, where service workers do not run.
      if ('serviceWorker' in navigator && location.protocol !== 'file:') {
        navigator.serviceWorker.register(new URL('sw.js', siteRoot)).catch(() => {});
      }
    })
    .catch(showFailure);
}

// "Compare your own runs" (#/your-runs): a dropped folder comes as entries the browser lists and
// opens through callbacks, a few lines here against many bindings in the wasm. Gives the files of
// a drop, folders walked, as [[path, File], …]; the page reads them itself and nothing leaves it.
// Called inside the drop event, while its DataTransfer is still readable.
window.corneredDropped = (transfer) => {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  const plain = [...transfer.files].map((file) => [file.name, file]);
  const found = [];
  const call = (method) => new Promise((resolve, reject) => method(resolve, reject));
  const walk = async (entry) => {
    if (entry.isFile) {
      found.push([entry.fullPath.replace(/^\//, ''), await call((ok, fail) => entry.file(ok, fail))]);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (let batch; (batch = await call((ok, fail) => reader.readEntries(ok, fail))).length;) {
        for (const child of batch) await walk(child);
      }
    }
  };
  return entries.length ? Promise.all(entries.map(walk)).then(() => found) : Promise.resolve(plain);
};
