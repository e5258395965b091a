// Trunk post-build hook: writes cornered-classroom.html, the whole app in one file (wasm, data,
// styles and script inside), for opening from a USB stick over file:// with no server and no
// network. Its Content-Security-Policy keeps the site's spirit: inline code is allowed only by
// the hash of exactly what this script wrote, and nothing may be loaded or fetched.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

const css = await readFile(join(site, cssFile), 'utf8');
const bindings = await readFile(join(site, jsFile), 'utf8');
const wasm = await readFile(join(site, wasmFile));
const icon = await readFile(join(site, 'favicon.svg'), 'utf8');
const results = await readFile(join(site, 'results.csv'), 'utf8');
const content = await readFile(join(site, contentFile));

const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(bindings)) throw new Error(`${jsFile}: the export line to replace was not found`);
// start.js's failure message, so that the one file never leaves a reader at "Loading…".
const showFailure = (await readFile(new URL('../static/start.js', import.meta.url), 'utf8')).match(/function showFailure\(error\) \{[\s\S]*?\n\}/)?.[0];
if (!showFailure) throw new Error('static/start.js: function showFailure was not found');
const script = `${bindings.replace(exportLine, '')}
${showFailure}
try {
  const encoded = document.getElementById('cornered-wasm').textContent.trim();
  const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
} catch (error) {
  showFailure(error);
}
`;
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
<link rel="alternate" type="text/csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(results)}">
<style>${css}</style>
<!-- In the head: the app takes over the body when it starts, and reads this later. -->
<script type="application/octet-stream" id="cornered-content">${content.toString('base64')}</script>
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
