// Registers the service worker that keeps /help reachable offline (static/js/sw.js, served at
// /sw.js so it may answer for every page). Pages work the same without it.
//
// Offline, the worker answers a door's address with the kept /help: the page then says why the
// child is here instead of where they meant to go (a module runs after the page is parsed).

const away = document.querySelector("[data-help-away]");
if (away && window.location.pathname !== "/help") away.hidden = false;

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
    // Storage off, a private window, an old browser: /help still works online.
  });
}
