// Trunk post-build step: splits the app's wasm in two, so that a reader of the numbers does not
// download the code of the story, runs, myths and classroom pages (src/components/content_pages.rs
// marks where the split falls, and says why).
//
// Trunk cannot do this itself, so it builds, runs wasm-bindgen and writes the site as usual, with
// wasm-opt off (index.html); this step then redoes the last part from the linker's output:
//   1. wasm-split-cli cuts the linked wasm (built with relocations, .cargo/config.toml) into the
//      main module, one chunk per split point and a small JS module that loads the chunks;
//   2. wasm-bindgen binds the main module, keeping the exports the chunks link against;
//   3. wasm-opt shrinks each wasm (release builds), as Trunk would have;
//   4. the results replace Trunk's JS and wasm under the same hashed names, and the chunk and its
//      loader are named after them, so one build's files never meet another's.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkedWasm } from './cargo-build.mjs';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const release = process.env.TRUNK_PROFILE === 'release';

const indexPath = join(site, 'index.html');
const index = await readFile(indexPath, 'utf8');
const stem = index.match(/data-js="\.\/([^"/]+)\.js"/)?.[1];
if (!stem) throw new Error('index.html: the loader tag (data-js) was not found');
if (!index.includes(`data-wasm="./${stem}_bg.wasm"`)) throw new Error(`index.html: data-wasm is not ./${stem}_bg.wasm`);

const run = (tool, args) => {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    const hint = error.code === 'ENOENT' ? ' (not installed: run scripts/setup.sh)' : '';
    throw new Error(`${tool} failed${hint}: ${error.message}`);
  }
};

const work = await mkdtemp(join(tmpdir(), 'cornered-split-'));
try {
  const split = join(work, 'split');
  const bound = join(work, 'bound');
  run('wasm-split-cli', [linkedWasm, split, '--out-name', stem]);
  run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports',
    `--out-dir=${bound}`, `--out-name=${stem}`, join(split, `${stem}.wasm`)]);

  const optimise = async (from, to) => {
    if (release) run('wasm-opt', ['-Oz', from, `--output=${to}`]);
    else await copyFile(from, to);
  };

  // The loader module fetches each chunk by a fixed name; give both build-specific names.
  const loaderName = `${stem}-split.js`;
  let loader = await readFile(join(split, '__wasm_split.js'), 'utf8');
  const chunks = (await readdir(split)).filter((f) => f.startsWith('split_') && f.endsWith('.wasm'));
  if (chunks.length === 0) throw new Error('wasm-split-cli wrote no chunk: is a #[wasm_split] function still called?');
  const chunkNames = [];
  for (const chunk of chunks) {
    const name = `${stem}-${chunk.slice('split_'.length).replaceAll('_', '-')}`;
    const reference = `"./${chunk}"`;
    if (loader.split(reference).length !== 2) throw new Error(`__wasm_split.js: expected one reference to ${chunk}`);
    loader = loader.replace(reference, `"./${name}"`);
    await optimise(join(split, chunk), join(site, name));
    chunkNames.push(name);
  }
  await writeFile(join(site, loaderName), loader);

  let bindings = await readFile(join(bound, `${stem}.js`), 'utf8');
  const importLine = 'from "./__wasm_split.js"';
  if (bindings.split(importLine).length !== 2) throw new Error(`${stem}.js: expected one import of ./__wasm_split.js`);
  bindings = bindings.replace(importLine, `from "./${loaderName}"`);
  await writeFile(join(site, `${stem}.js`), bindings);
  await optimise(join(bound, `${stem}_bg.wasm`), join(site, `${stem}_bg.wasm`));

  // Named on the loader's tag, so that static/start.js can preload the chunk on the pages that
  // need it, and the one-file edition can carry it.
  const tag = /(<script [^>]*data-wasm="[^"]*")/;
  await writeFile(indexPath, index.replace(tag, `$1 data-chunks="${chunkNames.map((n) => `./${n}`).join(' ')}"`));
  console.log(`${stem}_bg.wasm split: ${chunkNames.join(', ')} loaded by ${loaderName}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
