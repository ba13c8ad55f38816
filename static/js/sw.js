// The service worker keeps the way to help open when the network is not: the hotline page
// (/help) and what it needs are kept in the browser's cache, and a page that cannot load
// while offline shows /help instead of the browser's error. Nothing else is cached, nothing
// the visitor writes or receives passes through here, and online everything comes fresh.

// A new name fetches /help anew (v2: it says why it is shown; v3: identity.js drops the name's pass
// at a quick exit, offline too).
const CACHE = "kakurega-help-v3";
const HELP = "/help";
const KEEP = [
  HELP,
  "/static/css/base.css",
  "/static/css/hotline_card.css",
  "/static/js/quick_exit.js",
  "/static/js/identity.js",
  "/static/js/palette.js",
  "/static/js/offline.js",
  "/static/js/taps.js",
  "/static/js/hotline_card.js",
  "/static/js/heavy_words.js",
  "/static/data/heavy_words.json",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(KEEP))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("kakurega-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request, url));
  } else if (KEEP.includes(url.pathname)) {
    event.respondWith(fresh(request, url.pathname));
  }
  // Everything else (the world, the robot, posts) goes to the network untouched.
});

/** A page: from the network; offline, the kept /help (a child always gets the numbers). */
async function navigate(request, url) {
  try {
    const response = await fetch(request);
    if (url.pathname === HELP && response.ok) await keep(HELP, response.clone());
    return response;
  } catch {
    const kept = await caches.match(HELP);
    return kept ?? Response.error();
  }
}

/** A file /help needs: fresh when online (and kept up to date), the kept copy when not. */
async function fresh(request, path) {
  try {
    const response = await fetch(request);
    if (response.ok) await keep(path, response.clone());
    return response;
  } catch {
    return (await caches.match(path)) ?? Response.error();
  }
}

async function keep(path, response) {
  const cache = await caches.open(CACHE);
  await cache.put(path, response);
}
