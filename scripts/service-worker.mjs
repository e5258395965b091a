// Trunk post-build hook: writes sw.js into the staged site with the list of every file to
// precache and a version derived from their contents, so a new deployment gets a new cache and
// the old one is deleted. Runs with node; reads TRUNK_STAGING_DIR (set by Trunk).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const site = process.env.TRUNK_STAGING_DIR;
if (!site) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

async function files(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

// The one-file edition is a download, not part of the page: caching it would double the install.
const all = (await files(site))
  .filter((f) => !f.endsWith('sw.js') && !f.endsWith('cornered-classroom.html'))
  .sort();
const hash = createHash('sha256');
for (const file of all) hash.update(relative(site, file)).update(await readFile(file));
const version = hash.digest('hex').slice(0, 16);
const urls = ['./', ...all.map((f) => `./${relative(site, f)}`)];
const template = await readFile(new URL('../static/sw.template.js', import.meta.url), 'utf8');
await writeFile(
  join(site, 'sw.js'),
  template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(urls)),
);
console.log(`sw.js: cache cornered-${version}, ${urls.length} files`);
