// Cornered's service worker: after the first visit, the whole site is served from a versioned
// cache, so the app works with the network unplugged. scripts/build.mjs (writeServiceWorker) fills in the
// version and the file list at build time.
const CACHE = 'cornered-__VERSION__';
const FILES = __FILES__;

// `cache: 'reload'` skips the browser's HTTP cache: a host that lets index.html be cached for a
// while would otherwise hand a new version's cache the old page, which names files that are gone.
self.addEventListener('install', (event) => {
  const fresh = FILES.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('cornered-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Each page is a file cached under its folder (`explore/`); its query (the explorer's
      // condition, the story's step) is for the app, not part of the file's address.
      const cached = await cache.match(request, { ignoreSearch: true });
      return cached ?? fetch(request).catch((error) => folderOf(request, cache, error));
    }),
  );
});

// Offline, an address a host would send on to its page's folder (`explore` to `explore/`, as
// static hosts do; `explore/index.html` too) is sent on here, where that folder is cached.
async function folderOf(request, cache, error) {
  const url = new URL(request.url);
  const folder = new URL(url.pathname.replace(/\/index\.html$/, '/').replace(/([^/])$/, '$1/') + url.search, url);
  if (request.mode !== 'navigate' || folder.pathname === url.pathname || !(await cache.match(folder, { ignoreSearch: true }))) throw error;
  return Response.redirect(folder.href, 301);
}
