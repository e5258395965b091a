// Trunk post-build step: copies the files that only some pages fetch (the content file: runs,
// excerpts, story, myths and classroom texts; the evidence file: the quotes every "Why we say
// this" shows; see src/model/bundle.rs) from the folder where build.rs wrote them into the staged
// site, and names them on the loader's tag in index.html (data-content, data-evidence).
// That folder is cargo's OUT_DIR for this crate (scripts/cargo-build.mjs).
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { outDir } from './cargo-build.mjs';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

const folder = join(outDir, 'site');
const names = await readdir(folder);
const named = (stem) => {
  const found = names.filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.postcard'));
  if (found.length !== 1) throw new Error(`${folder}: expected exactly one ${stem} file, found ${names.join(', ')}`);
  return found[0];
};
const files = { content: named('content'), evidence: named('evidence') };
for (const name of Object.values(files)) await copyFile(join(folder, name), join(site, name));

// Named on the loader's tag, so that static/start.js can fetch the texts beside the wasm on the
// pages that show them, and the one-file edition can find both.
const indexPath = join(site, 'index.html');
const index = await readFile(indexPath, 'utf8');
const tag = /(<script [^>]*data-wasm="[^"]*")/;
if (!tag.test(index)) throw new Error('index.html: the loader tag (data-wasm) was not found');
const attributes = Object.entries(files).map(([key, name]) => ` data-${key}="./${name}"`).join('');
await writeFile(indexPath, index.replace(tag, `$1${attributes}`));
console.log(`${Object.values(files).join(', ')}: copied into the site and named in index.html`);
