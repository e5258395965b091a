// Runs in the head, before the first paint. index.html carries the home page already rendered
// (scripts/build.mjs, `prerenderHome`), in English and in Chinese, so its words show before the
// wasm has arrived. They may show only when the address is the home page's, and in the language
// the app will choose (src/view/shell/language.rs: the link's lang=, else the remembered choice,
// else the browser's); on any other address the "Loading…" line shows until the app starts, so a
// shared link never shows another page's words or numbers first. The app replaces all of it when
// it starts (Yew clears the body and renders the same page).
(() => {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const home = path === '' || path === '/';
  const known = (lang) => (lang === 'en' || lang === 'zh' ? lang : null);
  let stored = null;
  try {
    stored = known(localStorage.getItem('cornered.lang')?.replaceAll('"', ''));
  } catch {
    // Storage refused (private modes): the browser's language decides.
  }
  const browser = (navigator.language ?? '').trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const lang = known(new URLSearchParams(query).get('lang')) ?? stored ?? browser;
  const root = document.documentElement;
  root.dataset.firstPaint = home ? lang : 'none';
  // The copies that may not show are dropped once the page is parsed (nothing changes on screen:
  // they are hidden), so the page holds one home page at most.
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll('.prerendered')) {
      if (getComputedStyle(copy).display === 'none') copy.remove();
    }
  });
  // A link followed before the app has started leaves the home page: "Loading…" until it starts.
  addEventListener('hashchange', () => { root.dataset.firstPaint = 'none'; }, { once: true });
})();
