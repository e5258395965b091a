// What cargo says about the build Trunk just ran. Asks the same `cargo build` again, which has
// nothing left to do and reports where things are: the build script's output folder (OUT_DIR,
// whose name only cargo knows) and the linked wasm before wasm-bindgen.
import { execFileSync } from 'node:child_process';

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
const ours = (m) => /[#/]cornered[@#]/.test(m.package_id);

/** The folder where build.rs wrote its output. */
export const outDir = messages.find((m) => m.reason === 'build-script-executed' && ours(m))?.out_dir;
if (!outDir) throw new Error('cargo did not report the output folder of cornered\'s build script');

/** The app's wasm as the linker wrote it, with the relocations wasm-split-cli needs. */
export const linkedWasm = messages
  .find((m) => m.reason === 'compiler-artifact' && ours(m) && m.target.kind.includes('bin'))
  ?.filenames.find((f) => f.endsWith('.wasm'));
if (!linkedWasm) throw new Error('cargo did not report the linked wasm of cornered');
