// Starts the app. Trunk would otherwise inline this as a <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids; Trunk.toml's pattern_script loads this
// file instead and puts the hashed file names on the script tag (kept out of this file's URL,
// so the offline cache can serve it).
const tag = document.querySelector('script[data-js][data-wasm]');
const bindings = await import(new URL(tag.dataset.js, document.baseURI).href);
await bindings.default({ module_or_path: new URL(tag.dataset.wasm, document.baseURI) });

// Offline after the first visit (see sw.js). Not over file://, where service workers do not run.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
