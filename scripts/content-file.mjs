// Trunk post-build step: copies the content file (runs, excerpts, story, myths and classroom
// texts; see src/model/bundle.rs) from the folder where build.rs wrote it into the staged site,
// and names it on the loader's tag in index.html.
// That folder is cargo's OUT_DIR for this crate (scripts/cargo-build.mjs).
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { outDir } from './cargo-build.mjs';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

const folder = join(outDir, 'site');
const names = await readdir(folder);
if (names.length !== 1) throw new Error(`${folder}: expected exactly one content file, found ${names.join(', ')}`);
await copyFile(join(folder, names[0]), join(site, names[0]));

// Named on the loader's tag, so that static/start.js can fetch it beside the wasm on the pages
// that show texts.
const indexPath = join(site, 'index.html');
const index = await readFile(indexPath, 'utf8');
const tag = /(<script [^>]*data-wasm="[^"]*")/;
if (!tag.test(index)) throw new Error('index.html: the loader tag (data-wasm) was not found');
await writeFile(indexPath, index.replace(tag, `$1 data-content="./${names[0]}"`));
console.log(`${names[0]}: copied into the site and named in index.html`);
