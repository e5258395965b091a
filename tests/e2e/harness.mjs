// Shared set-up for the end-to-end tests: serves dist/ on loopback, starts Debian's Chromium
// through playwright-core, and watches every page for requests to other origins, console
// errors and Content-Security-Policy violations.
import { createServer } from 'node:http';
import { readFile, mkdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');

/** `section.key` → text, for the simple `key = "text"` lines the locale files hold: what a test expects on screen. */
export async function localeTexts(lang) {
  const texts = {};
  let section = '';
  for (const line of (await readFile(join(root, `locales/${lang}.toml`), 'utf8')).split('\n')) {
    const header = line.match(/^\[([\w.]+)\]$/);
    if (header) section = header[1];
    const entry = line.match(/^(\w+) = "(.*)"$/);
    if (entry) texts[`${section}.${entry[1]}`] = entry[2].replaceAll('\\"', '"');
  }
  return texts;
}

export const dist = join(root, 'dist');
export const artifacts = join(root, 'tests/e2e/artifacts');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static file server for dist/ on 127.0.0.1, on a free port. Like any real static host it sends
 * gzip to browsers that ask for it, so the benchmark's transfer sizes are the ones readers get.
 */
export async function serveDist(directory = dist) {
  const zipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(directory, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    // As static hosts do: a folder asked for without its last slash is redirected to it.
    if (!path.endsWith('/') && (await stat(file).catch(() => null))?.isDirectory()) {
      const url = new URL(request.url, 'http://x');
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        // Keyed by modification time too: the update test deploys a new version in place.
        const key = `${file} ${(await stat(file)).mtimeMs}`;
        if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 }));
        headers['content-encoding'] = 'gzip';
        response.writeHead(200, headers);
        response.end(zipped.get(key));
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A new page whose problems are collected: `problems()` lists requests to any origin but
 * `origin`, console errors, uncaught exceptions and CSP violations.
 */
export async function watchedPage(
  browser,
  origin,
  { width = 1280, height = 800, locale = 'en-US', reducedMotion = 'no-preference', waitForApp = true, serviceWorkers = 'allow', touch = false } = {},
) {
  // `touch`: a phone's touch screen and no mouse (CSS `hover: none`, `pointer: coarse`).
  const context = await browser.newContext({ viewport: { width, height }, locale, reducedMotion, serviceWorkers, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  // Each page's file shows the page before the app has started (static/first-paint.js), and its
  // controls wait for the app: a test acts on a page once the app has started, unless it is about
  // the time before (waitForApp: false).
  if (waitForApp) {
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      // An address of the one-file edition's form (#/myths) is forwarded to its page's file: the
      // app to wait for is that file's (the first document may have no #boot yet when asked).
      if (new URL(page.url()).hash.startsWith('#/')) await page.waitForURL((url) => !url.hash.startsWith('#/'));
      if (page.url().startsWith(origin)) await appStarted(page);
      return response;
    };
  }
  const found = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) found.push(`request to another origin: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const problems = async () => {
    const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    return [...found, ...csp.map((v) => `CSP violation: ${v}`)];
  };
  return { page, context, problems };
}

/** Resolves once the app has started on the page (or said that it cannot). */
export const appStarted = (page) => page.waitForFunction(() => {
  const boot = document.getElementById('boot');
  return !boot || boot.classList.contains('boot-failed');
});

/**
 * Moves to `address` inside the running app, as its own links do (a history entry, no new
 * document). `#/story?step=2`, the one-file edition's form, is written as the site's path.
 */
export async function goInApp(page, address) {
  await page.evaluate((to) => {
    const [path, query = ''] = to.replace(/^#/, '').split('?');
    const folder = path === '/' || path.endsWith('/') ? path : `${path}/`;
    const root = new URL(document.documentElement.dataset.root ?? './', location.href).pathname;
    history.pushState(null, '', `${root.replace(/\/$/, '')}${folder}${query ? `?${query}` : ''}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, address);
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The explorer's headline sentence. */
export const headline = (page) => page.getByTestId('headline');

/**
 * The research notes as one line of single spaces (so a quote wrapped in the file is found whole),
 * and the date they say the sources were last checked.
 */
export async function studyNotes() {
  const text = await readFile(join(root, 'data/study-notes.md'), 'utf8');
  return {
    flat: text.split(/\s+/).join(' '),
    checked: text.match(/Sources last checked: \*\*(\d{4}-\d{2}-\d{2})\*\*/)[1],
  };
}

/**
 * The words of each quote the locator finds, with its emphasis written back as the notes write
 * it (`*far more*`), to be found in the notes character for character once `oneStar` has made
 * the notes' bold (`**Option 2…**`) emphasis like their italics: the page shows both as `<em>`.
 */
export const quotesAsWritten = (locator) => locator.evaluateAll((quotes) => quotes.map((quote) => [...quote.childNodes]
  .map((node) => (node.nodeName === 'EM' ? `*${node.textContent}*` : node.textContent))
  .join('')));
export const oneStar = (notes) => notes.replaceAll('**', '*');

/** The study's rows, read straight from the CSV, so expectations never come from the app. */
export async function studyRows() {
  const text = await readFile(join(root, 'data/results.csv'), 'utf8');
  const lines = text.split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0]);
  return lines.slice(1).map((line) => Object.fromEntries(parseCsvLine(line).map((v, i) => [header[i], v])));
}

function parseCsvLine(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(field); field = ''; }
    else field += c;
  }
  out.push(field);
  return out;
}

export const modelNames = async () => {
  const text = await readFile(join(root, 'data/models.csv'), 'utf8');
  return Object.fromEntries(
    text.split(/\r?\n/).slice(1).filter(Boolean).map((l) => { const [id, name] = l.split(','); return [id, name]; }),
  );
};

/**
 * Registers the file's before/after hooks (a dist/ server and a Chromium) and returns
 * `withPage(options, body)`, which runs `body(page)` on a fresh page and then fails on any
 * request to another origin, console error or CSP violation. `origin()` is the server's address.
 */
export function chromiumSuite() {
  let server;
  let browser;
  before(async () => {
    server = await serveDist();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const withPage = async (options, body) => {
    const { page, context, problems } = await watchedPage(browser, server.origin, options);
    try {
      await body(page);
      assert.deepEqual(await problems(), [], 'no other origins, console errors or CSP violations');
    } finally {
      await context.close();
    }
  };
  return { withPage, origin: () => server.origin, browser: () => browser };
}
