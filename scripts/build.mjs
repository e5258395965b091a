// The build driver: Trunk's one post_build hook (Trunk.toml). Trunk compiles the app, runs
// wasm-bindgen and stages the site in TRUNK_STAGING_DIR; this finishes the site. Its steps, in
// the order `finishSite` runs them, each taking and returning plain values:
//
//   1. askCargo            where build.rs wrote its files and the linker its wasm
//   2. readStagedSite      the names Trunk chose (its script tag's files, the stylesheet)
//   3. splitWasm           the content pages' code cut into a chunk of its own; both bound and
//                          optimised, in place of Trunk's JS and wasm (src/view/content/mod.rs)
//   4. copySiteFiles       the content and evidence files, beside the wasm
//   5. prerenderPages      each page rendered by the app itself, in both languages
//   6. writePreviewImages  preview*.png, the link previews' pictures: the chart of each view a page
//                          is about, drawn by the app, and one without a chart
//   7. writePages          a file per page, each with the loader tag naming every file the loader
//                          needs, its title and link preview, and no early fetch of the app
//   8. writeOneFile        cornered-classroom.html: everything inline, for file://
//   9. minifyScripts       the JS glue, the chunk loader and our two loaders (release builds)
//  10. writeServiceWorker  sw.js: the list of files and a cache name from their contents
//
// Steps 8–10 read the files steps 3–7 wrote, so the order matters; Trunk would run several hooks
// of one stage at the same time, hence one hook and one driver.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

/** The one-file edition's name in the site. */
export const ONE_FILE = 'cornered-classroom.html';

async function finishSite() {
  const site = process.env.TRUNK_STAGING_DIR;
  if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as Trunk\'s post_build hook (Trunk.toml)');
  const release = process.env.TRUNK_PROFILE === 'release';
  const cargo = askCargo(process.env.TRUNK_SOURCE_DIR ?? process.cwd(), release);
  const staged = await readStagedSite(site);
  const split = await splitWasm(site, staged, cargo.linkedWasm, release);
  const files = await copySiteFiles(site, cargo.outDir);
  const loader = { js: staged.js, wasm: staged.wasm, chunks: split.chunks, needs: split.needs, content: files.content, evidence: files.evidence };
  const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const prerendered = prerenderPages(sourceDir);
  const previews = writePreviewImages(site, sourceDir, prerendered.pages);
  await writePages(site, staged, loader, prerendered, previews);
  await writeOneFile(site, staged, loader, split.loader, prerendered.beforeStart, release);
  if (release) await minifyScripts(site, [staged.js, split.loader, 'start.js'], ['first-paint.js']);
  await writeServiceWorker(site);
}

/**
 * What cargo says about the build Trunk just ran. Asks the same `cargo build` again, which has
 * nothing left to do and reports where things are: the build script's output folder (OUT_DIR,
 * whose name only cargo knows) and the linked wasm before wasm-bindgen.
 */
function askCargo(sourceDir, release) {
  const args = ['build', '--target=wasm32-unknown-unknown', '--bin', 'cornered', '--offline', '--message-format=json'];
  if (release) args.push('--release');
  const messages = execFileSync('cargo', args, {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  const ours = (m) => /[#/]cornered[@#]/.test(m.package_id);
  const outDir = messages.find((m) => m.reason === 'build-script-executed' && ours(m))?.out_dir;
  if (!outDir) throw new Error('cargo did not report the output folder of cornered\'s build script');
  const linkedWasm = messages
    .find((m) => m.reason === 'compiler-artifact' && ours(m) && m.target.kind.includes('bin'))
    ?.filenames.find((f) => f.endsWith('.wasm'));
  if (!linkedWasm) throw new Error('cargo did not report the linked wasm of cornered');
  return { outDir, linkedWasm };
}

/** The files Trunk named in the staged index.html: its loader tag (Trunk.toml's pattern_script) and the stylesheet. */
async function readStagedSite(site) {
  const html = await readFile(join(site, 'index.html'), 'utf8');
  const tag = html.match(/<script type="module" src="[^"]*start\.js" data-js="\.\/([^"/]+)\.js" data-wasm="\.\/([^"/]+)"><\/script>/);
  if (!tag) throw new Error('index.html: Trunk\'s loader tag (Trunk.toml pattern_script) was not found');
  const [, stem, wasm] = tag;
  if (wasm !== `${stem}_bg.wasm`) throw new Error(`index.html: data-wasm is ${wasm}, not ${stem}_bg.wasm`);
  const css = html.match(/<link rel="stylesheet" href="\.\/([^"]+)"/)?.[1];
  if (!css) throw new Error('index.html: no stylesheet');
  const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? 'Cornered';
  const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
  return { html, tag: tag[0], stem, js: `${stem}.js`, wasm, css, title, description };
}

function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (not installed: run scripts/setup.sh)' : '';
    throw new Error(`${tool} failed${hint}: ${error.message}`);
  }
}

/**
 * Cuts the linked wasm (built with relocations, .cargo/config.toml) with wasm-split-cli into the
 * main module, one chunk per split point and a small JS module that loads the chunks; binds the
 * main module with wasm-bindgen (keeping the exports the chunks link against); optimises each
 * wasm with wasm-opt in release builds (Trunk's own wasm-opt is off, index.html); and writes the
 * results over Trunk's JS and wasm under the same hashed names, the chunk and its loader named
 * after them, so one build's files never meet another's. Trunk has no code splitting, hence this.
 */
async function splitWasm(site, staged, linkedWasm, release) {
  const { stem } = staged;
  const work = await mkdtemp(join(tmpdir(), 'cornered-split-'));
  try {
    const split = join(work, 'split');
    const bound = join(work, 'bound');
    run('wasm-split-cli', [linkedWasm, split, '--out-name', stem]);
    run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports',
      `--out-dir=${bound}`, `--out-name=${stem}`, join(split, `${stem}.wasm`)]);
    const optimise = async (from, to) => {
      // --converge repeats -Oz while it still shrinks the module; the producers section only
      // names the toolchain. --low-memory-unused lets wasm-opt fold constant offsets into loads
      // and stores on the promise that addresses below 1 KiB are never used: Rust links wasm32
      // with the stack first (data starts at 1 MiB), so that kilobyte is the far end of a 1 MiB
      // stack this app never comes near. Together 1.0 KB gzip off the main module (issue 13).
      const flags = ['-Oz', '--converge', '--strip-producers', '--low-memory-unused'];
      if (release) run('wasm-opt', [...flags, from, `--output=${to}`]);
      else await copyFile(from, to);
    };

    // The loader module fetches each chunk by a fixed name; give both build-specific names.
    const loaderName = `${stem}-split.js`;
    let loader = await readFile(join(split, '__wasm_split.js'), 'utf8');
    // One chunk per split point (`split_<name>.wasm`), and `chunk_<n>.wasm` for code that two
    // split points share, which the loader fetches beside either.
    const written = (await readdir(split)).filter((f) => /^(split|chunk)_.+\.wasm$/.test(f));
    if (!written.some((f) => f.startsWith('split_'))) throw new Error('wasm-split-cli wrote no chunk: is a #[wasm_split] function still called?');
    const sharedBy = splitPointsOfChunks(loader);
    const chunks = [];
    // What each split point (`content-pages`) fetches when it is opened: its chunk and the shared
    // ones it needs, so that a page preloads those and no other (static/start.js).
    const needs = {};
    for (const chunk of written) {
      const name = `${stem}-${chunk.replace(/^split_/, '').replaceAll('_', '-')}`;
      loader = replaceOnce(loader, `"./${chunk}"`, `"./${name}"`, '__wasm_split.js');
      await optimise(join(split, chunk), join(site, name));
      chunks.push(name);
      const users = chunk.startsWith('split_') ? [chunk.slice('split_'.length, -'.wasm'.length)] : sharedBy.get(chunk);
      if (!users) throw new Error(`__wasm_split.js: no split point named as using ${chunk}`);
      for (const user of users) (needs[user.replaceAll('_', '-')] ??= []).push(name);
    }
    await writeFile(join(site, loaderName), loader);

    const bindings = await readFile(join(bound, `${stem}.js`), 'utf8');
    // wasm-bindgen imports the loader once per split point.
    if (!bindings.includes('from "./__wasm_split.js"')) throw new Error(`${stem}.js: no import of ./__wasm_split.js`);
    await writeFile(join(site, staged.js), bindings.replaceAll('from "./__wasm_split.js"', `from "./${loaderName}"`));
    await optimise(join(bound, `${stem}_bg.wasm`), join(site, staged.wasm));
    console.log(`${staged.wasm} split: ${chunks.join(', ')} loaded by ${loaderName}`);
    return { chunks, loader: loaderName, needs };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Which split points use each shared chunk, from the comment wasm-split-cli writes above the
 * chunk's loader in `__wasm_split.js` (`/* content_pages, runs_reader *\/` then
 * `const __chunk_7 = makeLoad(() => { const src = fetch(new URL("./chunk_7.wasm", …`).
 */
function splitPointsOfChunks(loader) {
  const found = new Map();
  for (const [, users, file] of loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
    found.set(file, users.split(', '));
  }
  return found;
}

function replaceOnce(text, from, to, file) {
  if (text.split(from).length !== 2) throw new Error(`${file}: expected exactly one ${from}`);
  return text.replace(from, to);
}

/**
 * Copies the files that only some pages fetch from the folder where build.rs wrote them (cargo's
 * OUT_DIR/site, which holds only the current build's): the content file (runs, excerpts, story,
 * myths and classroom texts) and the evidence file (the quotes under "Why we say this").
 */
async function copySiteFiles(site, outDir) {
  const folder = join(outDir, 'site');
  const names = await readdir(folder);
  const named = (stem) => {
    const found = names.filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.postcard'));
    if (found.length !== 1) throw new Error(`${folder}: expected exactly one ${stem} file, found ${names.join(', ')}`);
    return found[0];
  };
  const files = { content: named('content'), evidence: named('evidence') };
  for (const name of Object.values(files)) await copyFile(join(folder, name), join(site, name));
  console.log(`${Object.values(files).join(', ')}: copied into the site`);
  return files;
}

/**
 * The loader tag, naming every file static/start.js may need, as a page `prefix` away from the
 * site's root asks for them: the bindings and wasm, the content pages' chunks (preloaded on those
 * pages), the runs reader's chunk, the content and the evidence files and the evidence file's code.
 */
function loaderTag(loader, prefix) {
  // A split point's chunk and the shared chunks it needs (`splitWasm`). The download links' code
  // is not named: the explorer opens it after its first render; no page preloads it.
  const at = (splitPoint) => {
    if (!loader.needs[splitPoint]) throw new Error(`no wasm chunk for the split point ${splitPoint}`);
    return loader.needs[splitPoint].map((n) => `${prefix}${n}`).join(' ');
  };
  const attributes = [
    `data-js="${prefix}${loader.js}"`,
    `data-wasm="${prefix}${loader.wasm}"`,
    // Preloaded on the content pages: their code, not the runs reader's, which is fetched only
    // when a reader loads their own runs...
    `data-chunks="${at('content-pages')}"`,
    // ...and at once beside it when the page that reads them is opened directly.
    `data-runs="${at('runs-reader')}"`,
    // The home and sources pages' code, fetched at once beside the wasm when one is opened.
    `data-plain="${at('plain-pages')}"`,
    `data-content="${prefix}${loader.content}"`,
    `data-evidence="${prefix}${loader.evidence}"`,
    // The code that decodes and draws the evidence file (src/view/common/evidence_code.rs),
    // preloaded beside it.
    `data-quotes="${at('evidence-code')}"`,
  ];
  return `<script type="module" src="${prefix}start.js" ${attributes.join(' ')}></script>`;
}

const PRERENDER_MARK = '<!-- PRERENDERED: scripts/build.mjs puts the page here, rendered by the app itself. -->';

/**
 * Every page of the app as Yew's server renderer renders it natively (`examples/prerender`), in
 * both languages, with its title, and the texts a file shows before the app starts:
 * { pages: [{ path, en: { title, html }, zh: { title, html } }], beforeStart: { en: {…}, zh: {…} } }.
 */
function prerenderPages(sourceDir) {
  const { pages, before_start: beforeStart } = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'prerender'], {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  }));
  for (const page of pages) {
    for (const lang of ['en', 'zh']) {
      if (!/^<div [^>]*class="app /.test(page[lang].html)) throw new Error(`prerender ${page.path} ${lang}: unexpected output ${page[lang].html.slice(0, 80)}`);
    }
  }
  // Each text of locales/ [start] is written by `beforeStartHtml`, and only those: one nobody
  // would see is an error, like a missing one. (`skip` is the app's own skip link's, from [app].)
  const written = ['explorer_without_scripts', 'failed', 'from_file', 'language_name', 'loading', 'one_file_without_scripts', 'toggles_need_scripts', 'without_scripts'];
  for (const lang of ['en', 'zh']) {
    const found = Object.keys(beforeStart[lang]).filter((name) => name !== 'skip').sort();
    if (found.join() !== written.join()) throw new Error(`locales/${lang}.toml [start] has ${found.join(', ')}; the build writes ${written.join(', ')}`);
  }
  return { pages, beforeStart };
}

const BEFORE_START_MARK = '<!-- BEFORE START: scripts/build.mjs puts here what a page says before the app starts. -->';

/**
 * What a file says before the app starts (locales/ [start], read by examples/prerender), in both
 * languages, since no translation is loaded yet: the "Loading…" line, with the line
 * static/start.js puts in its place if the app cannot start, and the note `noScript` names for
 * readers without scripts; in a page's file (`pageFile`, not the one-file edition), which holds the
 * page in both languages, with links to each, and the line first-paint.js shows if it was opened
 * from a folder. A page's note is a sentence that opens onto the whole of it (`noScriptDetail`), in the
 * language of the copy that shows: said whole, in two languages, it filled a phone's first screen
 * above the page.
 */
function beforeStartHtml(texts, noScript, { pageFile, noScriptDetail }) {
  // `noScript` may name several texts, said in turn in each language.
  // Chinese sentences follow each other with no space after the full stop.
  const say = (lang, names) => [names].flat().map((name) => texts[lang][name]).join(lang === 'zh' ? '' : ' ');
  const both = (names, between) => ['en', 'zh'].map((lang) => say(lang, names)).join(between);
  // The page's files hold both languages: a reader without scripts picks one by these links
  // (`chineseCopy`, static/style.css), each language named in itself.
  const links = pageFile
    ? ` <span class="languages">${['en', 'zh'].map((lang) => `<a href="#${lang}" lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">${attribute(texts[lang].language_name)}</a>`).join(' · ')}</span>`
    : '';
  const lines = (name) => attribute(both(name, '\n')).replaceAll('\n', '&#10;');
  // Each language in an element of its own, which shows with the copy in that language
  // (static/style.css): the reader without scripts chooses one by the links.
  const inEach = (names) => ['en', 'zh'].map((lang) => `<span lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">${attribute(say(lang, names))}</span>`).join(' ');
  // A page's file opened from a folder cannot start (static/first-paint.js): it points to the one
  // file that can. The one-file edition is that file.
  const fromFile = pageFile ? ` data-from-file="${lines('from_file')}" data-one-file="${ONE_FILE}"` : '';
  // The first stop of the Tab key without scripts, before the note, as the copy's own skip link is
  // where scripts run: one per language, shown with its copy (static/style.css).
  const skips = ['en', 'zh'].map((lang) => `<a class="skip" href="#${lang === 'zh' ? 'zh-main' : 'main'}" lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">${attribute(texts[lang].skip)}</a>`).join('');
  return [
    `<p id="boot" class="boot" role="status" data-failed="${lines('failed')}"${fromFile}>${attribute(both('loading', ' '))}</p>`,
    noScriptDetail
      ? `<noscript><div class="notice">${skips}<details><summary>${inEach(noScript)}</summary><p>${inEach(noScriptDetail)}</p></details>${links}</div></noscript>`
      : `<noscript><p class="notice">${attribute(both(noScript, ' '))}${links}</p></noscript>`,
  ].join('\n');
}

/** The text of the first element matching `pattern` in `html`, tags and footnote marks dropped. */
function textOf(html, pattern) {
  const found = html.match(pattern)?.[0] ?? '';
  return found.replace(/<sup[^>]*>.*?<\/sup>/g, '').replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ').trim();
}

/**
 * What a page says first: its first paragraph of some length in <main>, other than the home page's
 * (`tagline`: the handout opens with the site's own line, which would preview it as the home page); on
 * a run's page, after the run's title, since that paragraph is the label every run carries
 * ("Illustrative: …"). Every sentence is the app's own, with the evidence the page shows under it.
 */
function describe(path, html, tagline = '') {
  const main = html.slice(html.indexOf('<main'));
  const first = [...main.matchAll(/<p[ >].*?<\/p>/gs)].map(([p]) => textOf(p, /.*/s)).find((p) => p.length > 20 && p !== tagline) ?? '';
  const oneRun = /^\/transcripts\/[^/]+\/$/.test(path);
  return oneRun ? `${textOf(main, /<h1[ >].*?<\/h1>/s)} — ${first}` : first;
}

const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * Writes one HTML file per page (`index.html`, `explore/index.html`, `transcripts/<id>/index.html`,
 * …): the page as the app renders it in both languages (static/first-paint.js shows the reader's,
 * or only its frame or "Loading…" where the address asks for another view), its own title,
 * description and link preview, and every address relative to the file, because the security policy
 * forbids a <base> and the site may be served from any folder. `data-root` tells the app and the
 * scripts where the site's root is (src/view/shell/site.rs). Without scripts, the page and its
 * links still work.
 */
async function writePages(site, staged, loader, { pages, beforeStart }, previews) {
  if (!staged.html.includes(PRERENDER_MARK)) throw new Error('index.html: the prerender mark was not found');
  const withNote = (noScript) => replaceOnce(withoutEarlyFetches(staged.html), BEFORE_START_MARK,
    beforeStartHtml(beforeStart, noScript, { pageFile: true, noScriptDetail: 'without_scripts' }), 'index.html');
  // The explorer's note also says that its file holds one condition: a link to another (from a run,
  // a myth, a shared view) opens there on the first one, with its own name beside its numbers.
  const templates = { default: withNote('toggles_need_scripts'), '/explore/': withNote(['toggles_need_scripts', 'explorer_without_scripts']) };
  // Each step after the first is a page of its own (`story/2/`, src/routes.rs).
  const storySteps = 1 + pages.filter((page) => /^\/story\/\d+\/$/.test(page.path)).length;
  const home = pages.find((page) => page.path === '/');
  const tagline = { en: describe('/', home.en.html), zh: describe('/', home.zh.html) };
  for (const page of pages) {
    const depth = page.path.split('/').filter(Boolean).length;
    const prefix = depth === 0 ? './' : '../'.repeat(depth);
    // Links relative to this file (in the Chinese copy with `#zh` on: `chineseCopy`); the tests'
    // hooks (data-testid) left to the app's own render, so that a test finds an element only once
    // the app has started. The copy's controls are inert: without scripts a choice made on one
    // would show a condition beside the number of another (static/first-paint.js lifts it where
    // scripts run, and holds a choice for the app instead).
    const local = (html, fragment = '') => html
      .replace(/href="\/([^"]*)"/g, (_, rest) => `href="${prefix === './' && rest ? '' : prefix}${rest}${rest.includes('#') ? '' : fragment}"`)
      .replace(/ data-testid="[^"]*"/g, '')
      .replace(/<(button|input|select|textarea|label)(?=[ >])/g, '<$1 inert');
    // The Chinese copy inside a <noscript>: where scripts run, the browser reads it as one run of
    // text, not thousands of elements, and static/first-paint.js makes it the page only for a
    // reader who will see it; without scripts it is read as the page it is.
    const chinese = chineseCopy(local(page.zh.html, '#zh'));
    if (chinese.includes('</noscript')) throw new Error(`${page.path}: the Chinese copy holds a </noscript>, which would end its <noscript> early`);
    const copies = [
      `<noscript class="copy"><div class="prerendered" lang="zh-Hans" id="zh">${chinese}</div></noscript>`,
      `<div class="prerendered" lang="en" id="en">${local(page.en.html)}</div>`,
    ];
    const description = page.path === '/'
      ? `${tagline.en} ${tagline.zh}`
      : `${describe(page.path, page.en.html, tagline.en)} ${describe(page.path, page.zh.html, tagline.zh)}`.trim();
    const title = `${page.en.title} · ${page.zh.title}`;
    let html = replaceOnce(templates[page.path] ?? templates.default, staged.tag, loaderTag(loader, prefix), 'index.html');
    // A page that marks what is the same in every view of it (`data-every-view`) has a frame to
    // show on a shared link to another view (static/first-paint.js).
    const frame = ['en', 'zh'].every((lang) => page[lang].html.includes(' data-every-view=')) ? ' data-frame' : '';
    // The story's file says how many steps there are, to forward an older `?step=N` to its file.
    const steps = page.path === '/story/' ? ` data-steps="${storySteps}"` : '';
    // The file's <title> is the English one; static/first-paint.js gives a Chinese reader theirs.
    const titleZh = ` data-title-zh="${attribute(page.zh.title)}"`;
    // The keys of an address that choose this page's view, and the values the file shows
    // (`Route::view_keys`): static/first-paint.js shows the file only for those.
    const view = page.view_keys ? ` data-view-keys="${page.view_keys}" data-view="${attribute(page.view)}"` : '';
    html = replaceOnce(html, '<html lang="en">', `<html lang="en" data-root="${prefix}"${titleZh}${frame}${steps}${view}>`, 'index.html');
    html = html.replace(/(href|src)="\.\//g, `$1="${prefix}`).replace('href="manifest.webmanifest"', `href="${prefix}manifest.webmanifest"`);
    html = html.replace(/<title>[^<]*<\/title>/, `<title>${attribute(page.en.title)}</title>`);
    html = html.replace(/<meta name="description" content="[^"]*" \/>/, [
      `<meta name="description" content="${attribute(description)}" />`,
      ...previewTags(title, description, previews.image(prefix, page.preview)),
    ].join('\n    '));
    html = replaceOnce(html, PRERENDER_MARK, `${PRERENDER_MARK}\n${copies.join('\n')}`, 'index.html');
    const file = join(site, page.path, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  }
  console.log(`${pages.length} pages written, each in both languages`);
}

/**
 * The Chinese copy of a page, as a file holds it beside the English one. Without scripts both stay
 * in the page, and an id must be the page's only one: the skip link and each label would find the
 * hidden copy's element first. So the Chinese copy's ids, and what points at them, carry a prefix
 * (where scripts run static/first-paint.js drops the other copy before anyone can follow them), and
 * so do its radio buttons' group names: a group spans the page, and would keep one copy's choice.
 * A reader without scripts reads it by the notice's link to `#zh` (static/style.css); its links to
 * the other pages carry the choice on (`local`'s `fragment`), and static/first-paint.js reads it as
 * `?lang=zh` where scripts run.
 */
function chineseCopy(html) {
  const prefixed = (ids) => ids.split(' ').map((id) => `zh-${id}`).join(' ');
  return html
    .replace(/ (id|for|aria-labelledby|aria-describedby|aria-controls|name)="([^"]+)"/g, (_, name, ids) => ` ${name}="${prefixed(ids)}"`)
    .replace(/ href="#([^"]+)"/g, ' href="#zh-$1"');
}

/**
 * Trunk's page asks for the bindings and the wasm as it is parsed (a modulepreload and a preload
 * link). A page's file is on screen without them, and they would share the network with its first
 * paint: static/start.js fetches them once the file has painted.
 */
function withoutEarlyFetches(html) {
  const early = /\s*<link rel="(?:modulepreload|preload)" href="[^"]*\.(?:js|wasm)"[^>]*>/g;
  if ((html.match(early) ?? []).length !== 2) throw new Error('index.html: Trunk\'s two preload links for the bindings and the wasm were not found');
  return html.replace(early, '');
}

/** The link previews' pictures, by their file names in the site (`preview.png`, `preview-plain.png`, …). */
export const PREVIEW_IMAGE = /(^|\/)preview(-[a-z0-9-]+)?\.png$/;

/**
 * Renders the link previews' pictures (`examples/preview_image`: the chart of each view a page is
 * about, as the app draws it for "Download chart (SVG)", and a picture without a chart, to PNG)
 * into the site, and gives the address of a page's picture (its view's, else the one without a
 * chart) as a page `prefix` away from the root sees it. A link preview wants an absolute address,
 * which only the one who deploys knows: CORNERED_SITE_URL (e.g. https://example.org/cornered/)
 * gives it; without it the address is relative to the page, which some chat apps follow and some
 * do not.
 */
function writePreviewImages(site, sourceDir, pages) {
  const views = [...new Set(pages.map((page) => page.preview).filter(Boolean))];
  const { pictures, plain, font } = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'preview_image', '--', site, ...views], {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }));
  const siteUrl = process.env.CORNERED_SITE_URL?.replace(/\/?$/, '/');
  console.log(`${[...pictures, plain].map((p) => p.file).join(', ')}: words in ${font}${siteUrl ? `, at ${siteUrl}` : ', addressed relative to each page (CORNERED_SITE_URL not set)'}`);
  return {
    image: (prefix, view) => {
      const picture = pictures.find((p) => p.view === view) ?? plain;
      return { ...picture, url: `${siteUrl ?? prefix}${picture.file}` };
    },
  };
}

/** Open Graph and Twitter card tags: what a chat or a social site shows when the link is pasted. */
function previewTags(title, description, image) {
  return [
    '<meta property="og:type" content="website" />',
    '<meta property="og:site_name" content="Cornered" />',
    `<meta property="og:title" content="${attribute(title)}" />`,
    `<meta property="og:description" content="${attribute(description)}" />`,
    '<meta property="og:locale" content="en_US" />',
    '<meta property="og:locale:alternate" content="zh_CN" />',
    `<meta property="og:image" content="${attribute(image.url)}" />`,
    `<meta property="og:image:width" content="${image.width}" />`,
    `<meta property="og:image:height" content="${image.height}" />`,
    `<meta property="og:image:alt" content="${attribute(image.alt)}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:title" content="${attribute(title)}" />`,
    `<meta name="twitter:description" content="${attribute(description)}" />`,
    `<meta name="twitter:image" content="${attribute(image.url)}" />`,
  ];
}

/**
 * Writes the whole app as one HTML file (wasm, data, styles and script inside), for opening from a
 * USB stick over file:// with no server and no network. Its Content-Security-Policy keeps the
 * site's spirit: inline code is allowed only by the hash of exactly what this wrote, and nothing
 * may be loaded or fetched. Reads the scripts before they are minified: it takes them apart by
 * their lines, and minifies its own script whole.
 */
async function writeOneFile(site, staged, loader, loaderFile, beforeStart, release) {
  const read = (name, encoding) => readFile(join(site, name), encoding);
  const bindings = await read(loader.js, 'utf8');
  const exportLine = /^export \{[^}]*\};?\s*$/m;
  if (!exportLine.test(bindings)) throw new Error(`${loader.js}: the export line to replace was not found`);
  // One inline script can import nothing, so the chunk loader goes inside it: its import of the
  // bindings is dropped (they are in the same script), its exports become the object the bindings
  // imported under that name, and each chunk is read from its inline copy instead of fetched.
  const loaderImport = new RegExp(`^import \\* as (\\w+) from "\\./${loaderFile.replaceAll('.', '\\.')}";?\\s*$`, 'gm');
  const imports = [...bindings.matchAll(loaderImport)];
  if (imports.length === 0) throw new Error(`${loader.js}: the import of ${loaderFile} was not found`);
  let chunkLoader = (await read(loaderFile, 'utf8')).replace(/^import \{ initSync \} from "[^"]+";?\s*$/m, '');
  const exported = [...chunkLoader.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
  if (exported.length === 0) throw new Error(`${loaderFile}: no exports found`);
  chunkLoader = chunkLoader.replaceAll(/^export const /gm, 'const ');
  const chunkId = (file) => `cornered-chunk-${file}`;
  for (const file of loader.chunks) {
    chunkLoader = replaceOnce(chunkLoader, `fetch(new URL("./${file}", import.meta.url))`,
      `Promise.resolve(new Response(inlineBytes("${chunkId(file)}"), { headers: { 'content-type': 'application/wasm' } }))`, loaderFile);
  }
  const inline = async (id, file) => `<script type="application/octet-stream" id="${id}">${(await read(file)).toString('base64')}</script>`;
  const chunkScripts = await Promise.all(loader.chunks.map((file) => inline(chunkId(file), file)));
  // start.js's failure message, so that the one file never leaves a reader at "Loading…".
  const showFailure = (await readFile(new URL('../static/start.js', import.meta.url), 'utf8')).match(/function showFailure\(error\) \{[\s\S]*?\n\}/)?.[0];
  if (!showFailure) throw new Error('static/start.js: function showFailure was not found');
  // first-paint.js's projector mode, which lasts the visit in this tab: a teacher reloads mid-lesson.
  const keepProjectorMode = (await readFile(new URL('../static/first-paint.js', import.meta.url), 'utf8')).match(/function keepProjectorMode\(root\) \{[\s\S]*?\n {2}\}/)?.[0];
  if (!keepProjectorMode) throw new Error('static/first-paint.js: function keepProjectorMode was not found');
  let script = `function inlineBytes(id) {
  return Uint8Array.from(atob(document.getElementById(id).textContent.trim()), (c) => c.charCodeAt(0));
}
${chunkLoader}
${imports.map(([, object]) => `const ${object} = { ${exported.join(', ')} };`).join('\n')}
${imports.reduce((text, [line]) => text.replace(line, ''), bindings).replace(exportLine, '')}
${showFailure}
${keepProjectorMode}
keepProjectorMode(document.documentElement);
// The router reads every fragment as a page's address (#/…) and throws on any other, which a
// reader typing #top after the address gives it. Such a fragment is undone (the router never sees
// it: this listener, added before the router's, runs first), so the reader stays on their page;
// one naming a language, as the site's pages read it (#zh, #en), shows that page in it. At the
// start, the home page, as the router would make it.
const inLanguage = (hash, language) => {
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query);
  if (language) params.set('lang', language);
  return params.toString() ? path + '?' + params : path;
};
let language = location.hash.match(/^#(en|zh)$/)?.[1];
if (!location.hash.startsWith('#/')) history.replaceState(history.state, '', inLanguage('#/', language));
language = undefined;
addEventListener('popstate', (event) => {
  if (location.hash.startsWith('#/')) {
    if (language) history.replaceState(history.state, '', inLanguage(location.hash, language));
    language = undefined;
    return;
  }
  event.stopImmediatePropagation();
  language = location.hash.match(/^#(en|zh)$/)?.[1];
  history.back();
});
// The element the app is drawn in (src/view/shell/mount.rs); no page's copy here, so not hidden.
document.body.append(Object.assign(document.createElement('div'), { id: 'app-host' }));
try {
  await __wbg_init({ module_or_path: inlineBytes('cornered-wasm') });
} catch (error) {
  showFailure(error);
}
`;
  if (release) script = (await minify(script, { module: true })).code;
  const css = await read(staged.css, 'utf8');
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
  const icon = await read('favicon.svg', 'utf8');
  // The content and evidence files go in the head: the app takes over the body when it starts,
  // and reads them later (src/view/shell/site_file.rs).
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="description" content="${staged.description}">
<meta name="color-scheme" content="light dark">
<title>${staged.title}</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon)}">
<style>${css}</style>
${await inline('cornered-content', loader.content)}
${await inline('cornered-evidence', loader.evidence)}
${chunkScripts.join('\n')}
</head>
<body>
${beforeStartHtml(beforeStart, 'one_file_without_scripts', { pageFile: false })}
${await inline('cornered-wasm', loader.wasm)}
<script type="module">${script}</script>
</body>
</html>
`;
  await writeFile(join(site, ONE_FILE), html);
  console.log(`${ONE_FILE}: ${(html.length / 1024).toFixed(0)} KB`);
}

/**
 * Minifies the JS glue and the chunk loader, as Trunk would the glue it writes itself, and our own
 * loaders, whose comments (static/) say what they do but weigh on every page: start.js (a module)
 * and first-paint.js (a classic script in the head, read before the first paint).
 */
async function minifyScripts(site, modules, classic) {
  for (const [files, module] of [[modules, true], [classic, false]]) {
    for (const file of files) {
      const path = join(site, file);
      await writeFile(path, (await minify(await readFile(path, 'utf8'), { module })).code);
    }
  }
  console.log(`minified ${[...modules, ...classic].join(', ')}`);
}

/**
 * Writes sw.js with the list of every file to precache and a version derived from their contents,
 * so a new deployment gets a new cache and the old one is deleted. The one-file edition is a
 * download, not part of the page: caching it would double the install; the link previews' pictures
 * are for chat apps, never shown by the page. (Exported for the test
 * that deploys a second version over the first.)
 */
export async function writeServiceWorker(site) {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const all = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.endsWith('sw.js') && !f.endsWith(ONE_FILE) && !PREVIEW_IMAGE.test(f))
    .sort();
  const hash = createHash('sha256');
  for (const file of all) hash.update(relative(site, file)).update(await readFile(file));
  const version = hash.digest('hex').slice(0, 16);
  // A page is cached under its folder's address (`./explore/`), the one its links use.
  const urls = all.map((f) => `./${relative(site, f)}`.replace(/(^|\/)index\.html$/, '$1'));
  const template = await readFile(new URL('../static/sw.template.js', import.meta.url), 'utf8');
  await writeFile(join(site, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(urls)));
  console.log(`sw.js: cache cornered-${version}, ${urls.length} files`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await finishSite();
