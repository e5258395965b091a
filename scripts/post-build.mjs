// Trunk post-build hook. Trunk runs the hooks of one stage at the same time, and these steps
// depend on each other (the one-file edition and the offline cache both need the content file),
// so they run here one after another.
await import('./split.mjs');
await import('./content-file.mjs');
await import('./one-file.mjs');
await import('./minify-js.mjs');
await import('./service-worker.mjs');
