// Runs in the head, before the first paint. Each page's file carries the page already rendered
// (scripts/build.mjs, `writePages`), in English and in Chinese, so its words show before the wasm
// has arrived. A copy may show only when it is what the app will show: the page's default view
// (the address asks for no other view, `defaultView`), in the language the app will choose
// (src/view/shell/language.rs: the link's lang=, else the remembered choice, else the browser's).
// An address that asks for another view (an explorer condition, a run's class step) shows only
// the page's frame, where the page has one (`data-frame`, set by the build where the page marks
// what is the same in every view: the header, the explorer's heading, a run's title, with a line
// saying the view is on its way), else "Loading…", until the app starts: a shared link never
// shows a number it does not ask for. A story step has a file of its own (older `?step=N` links
// are forwarded to it). The app replaces all of it once it has drawn its page (static/start.js,
// src/view/shell/mount.rs).
(() => {
  const root = document.documentElement;
  // How far this file is from the site's root ("./", "../", …).
  const base = root.dataset.root ?? './';

  // Opened straight from a folder (file://, a copy on a USB stick), the page cannot start: the
  // browser refuses its module script and its stylesheet (integrity checks need CORS, which a file
  // has not) and will not rewrite its address. Rather than "Loading…" forever over two unstyled
  // copies, the page says so and links the one-file edition, which needs no server
  // (scripts/build.mjs, `beforeStartHtml`). static/start.js then starts nothing.
  if (location.protocol === 'file:') {
    root.dataset.fromFile = '';
    document.addEventListener('DOMContentLoaded', () => {
      const boot = document.getElementById('boot');
      if (!boot?.dataset.fromFile) return;
      // The same page in the one-file edition, which addresses it as #/explore/.
      const page = location.pathname.slice(new URL(base, location.href).pathname.length).replace(/index\.html$/, '');
      const edition = Object.assign(document.createElement('a'), { href: `${base}${boot.dataset.oneFile}#/${page}`, textContent: boot.dataset.oneFile });
      // A line per language (English, then Chinese), each in its own voice, then the link.
      const lines = boot.dataset.fromFile.split('\n').map((text, i) =>
        Object.assign(document.createElement('span'), { textContent: `${text}\n`, lang: i ? 'zh-Hans' : 'en' }));
      boot.replaceChildren(...lines, edition);
      // The stylesheet did not load: a few rules of its own, so the lines read as a note.
      Object.assign(boot.style, { whiteSpace: 'pre-line', maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem', font: '1.1rem/1.6 system-ui, sans-serif' });
      document.body.replaceChildren(boot);
    });
    return;
  }

  // Projector mode lasts the visit in this tab: a teacher reloads, or opens the next page by its
  // address, mid-lesson. The app sets the class (src/view/shell/app.rs) and starts with it where
  // this sets it first, so the type is large from the first paint. The one-file edition runs this
  // function too (scripts/build.mjs, `writeOneFile`).
  function keepProjectorMode(root) {
    const projector = 'cornered.projector';
    try {
      if (sessionStorage.getItem(projector) === 'on') root.classList.add('projector');
      new MutationObserver(() => {
        try {
          sessionStorage.setItem(projector, root.classList.contains('projector') ? 'on' : 'off');
        } catch {
          // Storage refused (private modes): the mode lasts the page.
        }
      }).observe(root, { attributeFilter: ['class'] });
    } catch {
      // Storage refused: as above.
    }
  }
  keepProjectorMode(root);

  // An address in the one-file edition's form (#/explore?…), from an older link or typed by hand:
  // forwarded to its page's own file, without a history entry of its own.
  const forward = () => {
    const old = location.hash.match(/^#\/([^?]*)(\?.*)?$/);
    if (!old) return false;
    const [, path, inHash = ''] = old;
    // A language the address names outside the hash (`?lang=zh#/explore?…`) still counts, unless
    // the hash's own query names one.
    const outside = new URLSearchParams(location.search).getAll('lang');
    const query = new URLSearchParams(inHash).has('lang') ? inHash
      : outside.reduce((q, lang) => `${q}${q ? '&' : '?'}lang=${encodeURIComponent(lang)}`, inHash);
    const folder = path === '' || path.endsWith('/') ? path : `${path}/`;
    root.dataset.firstPaint = 'none';
    // static/start.js, which runs before the next page loads, then starts nothing.
    root.dataset.forwarding = '';
    location.replace(new URL(`${base}${folder}${query}`, location.href).href);
    return true;
  };
  if (forward()) return;
  addEventListener('hashchange', forward);

  // A language a reader without scripts chose (`#zh`, `#en`: the notice's links, and every page
  // link of the file's Chinese copy, scripts/build.mjs `chineseCopy`) is the link's language here.
  const chosen = location.hash.match(/^#(en|zh)$/)?.[1];
  if (chosen) {
    const params = new URLSearchParams(location.search);
    params.set('lang', chosen);
    history.replaceState(history.state, '', `${location.pathname}?${params}`);
  }

  // A story step's older address (`story/?step=3`) forwarded to the step's own file (`story/3/`),
  // kept within the story as the app keeps it (model::link::step_param): the build writes on the
  // story's file how many steps it has.
  const forwardStep = () => {
    const steps = Number(root.dataset.steps);
    const params = new URLSearchParams(location.search);
    if (!steps || !params.has('step')) return false;
    const asked = params.get('step');
    const step = /^\+?\d+$/.test(asked) ? Math.min(Math.max(Number(asked), 1), steps) : 1;
    params.delete('step');
    const query = params.toString() ? `?${params}` : '';
    root.dataset.firstPaint = 'none';
    root.dataset.forwarding = '';
    location.replace(new URL(`${step > 1 ? `${step}/` : './'}${query}${location.hash}`, location.href).href);
    return true;
  };
  if (forwardStep()) return;

  // The router knows a page by its folder (`explore/`), not by its file (`explore/index.html`).
  if (location.pathname.endsWith('/index.html')) {
    history.replaceState(history.state, '', location.href.replace(/index\.html(?=[?#]|$)/, ''));
  }

  const params = new URLSearchParams(location.search);
  const known = (lang) => (lang === 'en' || lang === 'zh' ? lang : null);
  let stored = null;
  try {
    stored = known(localStorage.getItem('cornered.lang')?.replaceAll('"', ''));
  } catch {
    // Storage refused (private modes): the browser's language decides.
  }
  const browser = (navigator.language ?? '').trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  // The last lang= the app knows, as the app reads a link (model::link::ParsedLink::parse).
  const lang = params.getAll('lang').map(known).filter(Boolean).pop() ?? stored ?? browser;
  // The tab's title, what a screen reader announces first, and the page's language are the
  // reader's from the start, as the app will set them (the file's are English; the build writes
  // the page's Chinese title beside them).
  if (lang === 'zh') {
    root.lang = 'zh-Hans';
    if (root.dataset.titleZh) document.title = root.dataset.titleZh;
  }
  // The file holds its page's own view: the address asks for another if it gives one of the keys
  // the page reads (the file's `data-view-keys`: the explorer's condition and model, a run's class
  // step; src/routes.rs `Route::view_keys`) a value other than the file's (`data-view`, the
  // explorer's first condition as the app spells it). A key the page does not read (one a chat or
  // a tracker adds, fbclid or utm_source; the explorer's keys on a story page) leaves its view.
  // A lang= the app cannot read, on a page that reads its address, may be named in a notice there
  // (the explorer's, model::link::ParsedLink's problems), which the file does not hold.
  const reads = (root.dataset.viewKeys ?? '').split(' ').filter(Boolean);
  const own = new URLSearchParams(root.dataset.view ?? '');
  const unreadLang = reads.length > 0 && params.getAll('lang').some((value) => !known(value));
  const defaultView = !unreadLang && [...params].every(([key, value]) => !reads.includes(key) || own.get(key) === value);
  const frame = 'frame' in root.dataset;
  root.dataset.firstPaint = defaultView || frame ? lang : 'none';
  if (!defaultView) root.dataset.otherView = '';
  // The file's Chinese copy is inside a <noscript> (scripts/build.mjs, `writePages`), which the
  // browser reads as one run of text where scripts run: it becomes the page's elements as soon as
  // the file is read, and only for a reader who sees it. For every other reader the file is half
  // the elements to build.
  if (root.dataset.firstPaint === 'zh') {
    document.addEventListener('readystatechange', () => {
      const chinese = document.querySelector('noscript.copy');
      if (document.readyState === 'interactive' && chinese) chinese.outerHTML = chinese.textContent;
    });
  }
  // Where the file does not hold the view asked for, the app is the page: its code is asked for
  // now, while the file is still being read (static/start.js asks for the rest once it is read;
  // where the page's own view shows, after it paints).
  const loader = document.querySelector('script[data-wasm]');
  if (!defaultView && loader) {
    const early = (rel, file) => document.head.append(Object.assign(document.createElement('link'),
      { rel, href: new URL(file, document.baseURI).href, crossOrigin: 'anonymous', ...(rel === 'preload' ? { as: 'fetch' } : {}) }));
    early('modulepreload', loader.dataset.js);
    early('preload', loader.dataset.wasm);
  }
  // Until the app starts, the copy's controls are a picture of themselves: a choice made on one
  // would be lost when the app replaces the page, so it is held back, and static/start.js makes
  // the last one on the app's control once it has started (links work: each loads its page's file).
  // Every key but Tab (and the browser's own shortcuts) is held: a list also moves on a letter,
  // Home or End, a slider on Page Up or Down. A download link has nothing to give before the app
  // writes its file into it (src/view/explorer/downloads.rs).
  const waitForApp = (event) => {
    const control = event.target.closest?.('.prerendered :is(button, input, select, textarea, summary, label, a[download])');
    const acts = event.type !== 'keydown' || !(event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey);
    if (!control || !acts) return;
    event.preventDefault();
    // static/start.js records it for the app (the event is the same object for every listener).
    event.heldControl = control;
  };
  for (const type of ['click', 'mousedown', 'keydown']) document.addEventListener(type, waitForApp, true);
  // The copies that may not show are dropped once the page is parsed (nothing changes on screen:
  // they are hidden), and the Chinese copy's text where it did not become the page, so the page
  // holds one copy at most.
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll('.prerendered')) {
      if (getComputedStyle(copy).display === 'none') copy.remove();
    }
    document.querySelector('noscript.copy')?.remove();
    // The copy's controls are inert for readers without scripts (scripts/build.mjs); here they
    // wait for the app instead (above).
    for (const control of document.querySelectorAll('.prerendered [inert]')) control.inert = false;
    for (const link of document.querySelectorAll('.prerendered .top nav a.current')) currentLinkInView(link);
  });

  // On a phone the navigation is one row scrolled sideways (CSS `.top nav`): where the current
  // page's link ends in the row's fading end (two rem) or past it, the row is scrolled to centre
  // it, as the app does for its own row (src/view/hooks/current_link_in_view.rs).
  function currentLinkInView(link) {
    const row = link.parentElement;
    const [linkBox, rowBox] = [link.getBoundingClientRect(), row.getBoundingClientRect()];
    if (rowBox.width === 0 || (linkBox.right <= rowBox.right - 32 && linkBox.left >= rowBox.left)) return;
    row.scrollLeft += Math.round((linkBox.left + linkBox.right - rowBox.left - rowBox.right) / 2);
  }
})();
