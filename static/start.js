// Starts the app. Trunk would otherwise inline this as a <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids; Trunk.toml's pattern_script loads this
// file instead and passes the hashed file names in its own URL.
const params = new URL(import.meta.url).searchParams;
const bindings = await import(new URL(params.get('js'), import.meta.url).href);
await bindings.default({ module_or_path: new URL(params.get('wasm'), import.meta.url) });
