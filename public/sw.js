// The kiosk's service worker: keeps the app shell so that a reload with the network down still
// brings the kiosk up. The list and the version are written at build time by
// scripts/service-worker-manifest.sh. API requests are never cached or answered from here: the
// outbox in the page owns delivery.
const VERSION = "__VERSION__";
const CACHE = `kiosk-shell-${VERSION}`;
const APP_SHELL = ["__APP_SHELL__"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(APP_SHELL.map((path) => (path === "/index.html" ? "/" : path))))
  );
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  if (request.mode === "navigate") {
    // The page itself: the newest when the server answers, the cached shell when it doesn't.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put("/", copy));
          }
          return response;
        })
        .catch(() => caches.match("/", { cacheName: CACHE }))
    );
    return;
  }
  // Hashed assets never change: the cache first.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((cached) => cached || fetch(request)));
});
