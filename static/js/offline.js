// Registers the service worker that keeps /help reachable offline (static/js/sw.js, served at
// /sw.js so it may answer for every page). Pages work the same without it.

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
    // Storage off, a private window, an old browser: /help still works online.
  });
}
