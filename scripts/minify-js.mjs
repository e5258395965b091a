// Trunk post-build step: minifies the app's JavaScript (wasm-bindgen's glue and the chunk loader,
// written by scripts/split.mjs) in release builds, as Trunk would for the glue it writes itself.
// Runs after the one-file edition, which takes these scripts apart by their lines and minifies its
// own script whole.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

if (process.env.TRUNK_PROFILE === 'release') {
  // start.js is left as written: it is short, and its comments say what it does.
  const scripts = (await readdir(site)).filter((f) => /^cornered-[0-9a-f]+(-split)?\.js$/.test(f));
  for (const file of scripts) {
    const path = join(site, file);
    const before = await readFile(path, 'utf8');
    await writeFile(path, (await minify(before, { module: true })).code);
  }
  console.log(`minified ${scripts.join(', ')}`);
}
