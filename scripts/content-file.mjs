// Trunk post-build step: copies the content file (runs, excerpts, story, myths and classroom
// texts; see src/model/bundle.rs) from the folder where build.rs wrote it into the staged site,
// and names it on the loader's tag in index.html.
// That folder is cargo's OUT_DIR for this crate, whose name only cargo knows, so this asks cargo:
// the same `cargo build` that Trunk just ran, which has nothing left to do and reports where the
// build script's output is.
import { execFileSync } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

const args = ['build', '--target=wasm32-unknown-unknown', '--bin', 'cornered', '--offline', '--message-format=json'];
if (process.env.TRUNK_PROFILE === 'release') args.push('--release');
const messages = execFileSync('cargo', args, {
  cwd: process.env.TRUNK_SOURCE_DIR ?? process.cwd(),
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
})
  .split('\n')
  .filter((line) => line.startsWith('{'))
  .map((line) => JSON.parse(line));
const script = messages.find(
  (m) => m.reason === 'build-script-executed' && /[#/]cornered[@#]/.test(m.package_id),
);
if (!script) throw new Error('cargo did not report the output folder of cornered\'s build script');

const folder = join(script.out_dir, 'site');
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
