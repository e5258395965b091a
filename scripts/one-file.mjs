// Trunk post-build hook: writes cornered-classroom.html, the whole app in one file (wasm, data,
// styles and script inside), for opening from a USB stick over file:// with no server and no
// network. Its Content-Security-Policy keeps the site's spirit: inline code is allowed only by
// the hash of exactly what this script wrote, and nothing may be loaded or fetched.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

export const ONE_FILE = 'cornered-classroom.html';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

const index = await readFile(join(site, 'index.html'), 'utf8');
const find = (pattern, what) => {
  const match = index.match(pattern);
  if (!match) throw new Error(`index.html: no ${what}`);
  return match[1].replace(/^\.\//, '');
};
const cssFile = find(/<link rel="stylesheet" href="([^"]+)"/, 'stylesheet');
const jsFile = find(/data-js="([^"]+)"/, 'data-js');
const wasmFile = find(/data-wasm="([^"]+)"/, 'data-wasm');
// The texts of the content pages, which the site fetches (src/components/content_gate.rs); named
// on the loader's tag by scripts/content-file.mjs.
const contentFile = find(/data-content="([^"]+)"/, 'data-content');
// The evidence ledger, fetched by the site when a reader opens "Why we say this"
// (src/components/site_file.rs); read from its inline copy here.
const evidenceFile = find(/data-evidence="([^"]+)"/, 'data-evidence');
// The wasm chunks of the content pages and the module that loads them (scripts/split.mjs).
const chunkFiles = find(/data-chunks="([^"]+)"/, 'data-chunks').split(' ').map((f) => f.replace(/^\.\//, ''));

const css = await readFile(join(site, cssFile), 'utf8');
const bindings = await readFile(join(site, jsFile), 'utf8');
const wasm = await readFile(join(site, wasmFile));
const icon = await readFile(join(site, 'favicon.svg'), 'utf8');
const content = await readFile(join(site, contentFile));
const evidence = await readFile(join(site, evidenceFile));

const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(bindings)) throw new Error(`${jsFile}: the export line to replace was not found`);

// One inline script can import nothing, so the chunk loader goes inside it: its import of the
// bindings is dropped (they are in the same script), its exports become the object the bindings
// imported under that name, and each chunk is read from its inline copy instead of fetched.
const loaderImport = /^import \* as (\w+) from "\.\/([^"]+)";?\s*$/m;
const [importLine, loaderObject, loaderFile] = bindings.match(loaderImport) ?? [];
if (!importLine) throw new Error(`${jsFile}: the import of the chunk loader was not found`);
let loader = (await readFile(join(site, loaderFile), 'utf8')).replace(/^import \{ initSync \} from "[^"]+";?\s*$/m, '');
const exported = [...loader.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
if (exported.length === 0) throw new Error(`${loaderFile}: no exports found`);
loader = loader.replaceAll(/^export const /gm, 'const ');
const chunkId = (file) => `cornered-chunk-${file}`;
for (const file of chunkFiles) {
  const fetchCall = `fetch(new URL("./${file}", import.meta.url))`;
  if (loader.split(fetchCall).length !== 2) throw new Error(`${loaderFile}: expected one fetch of ${file}`);
  loader = loader.replace(fetchCall, `Promise.resolve(new Response(inlineBytes("${chunkId(file)}"), { headers: { 'content-type': 'application/wasm' } }))`);
}
const chunkScripts = await Promise.all(chunkFiles.map(async (file) =>
  `<script type="application/octet-stream" id="${chunkId(file)}">${(await readFile(join(site, file))).toString('base64')}</script>`));
// start.js's failure message, so that the one file never leaves a reader at "Loading…".
const showFailure = (await readFile(new URL('../static/start.js', import.meta.url), 'utf8')).match(/function showFailure\(error\) \{[\s\S]*?\n\}/)?.[0];
if (!showFailure) throw new Error('static/start.js: function showFailure was not found');
let script = `function inlineBytes(id) {
  return Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));
}
${loader}
const ${loaderObject} = { ${exported.join(', ')} };
${bindings.replace(importLine, '').replace(exportLine, '')}
${showFailure}
try {
  await __wbg_init({ module_or_path: inlineBytes('cornered-wasm') });
} catch (error) {
  showFailure(error);
}
`;
// Minified in release builds, like the site's own scripts (scripts/minify-js.mjs).
if (process.env.TRUNK_PROFILE === 'release') script = (await minify(script, { module: true })).code;
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  'img-src data:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
const title = index.match(/<title>([^<]*)<\/title>/)?.[1] ?? 'Cornered';
const description = index.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="description" content="${description}">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon)}">
<style>${css}</style>
<!-- In the head: the app takes over the body when it starts, and reads this later. -->
<script type="application/octet-stream" id="cornered-content">${content.toString('base64')}</script>
<script type="application/octet-stream" id="cornered-evidence">${evidence.toString('base64')}</script>
${chunkScripts.join('\n')}
</head>
<body>
<p id="boot" class="boot" role="status">Loading… 正在加载…</p>
<noscript>Cornered needs JavaScript and WebAssembly. 本应用需要启用 JavaScript 和 WebAssembly。</noscript>
<script type="application/octet-stream" id="cornered-wasm">${wasm.toString('base64')}</script>
<script type="module">${script}</script>
</body>
</html>
`;
await writeFile(join(site, ONE_FILE), html);
console.log(`${ONE_FILE}: ${(html.length / 1024).toFixed(0)} KB`);
