// Quick exit, on every page (model: GOV.UK "Exit this page"). Without JavaScript the control is a
// plain link to the exit URL; with it, the page is blanked at once so nothing lingers on screen,
// then replaced in history so "back" does not land here. Pressing Shift three times does the same.
//
// A page cannot erase the entries before it, but it can cover its own: this page's entry and a
// few more pushed after it all become /exit, which sends anyone who goes "back" to it straight
// out again. The saved name goes to sleep, so the next visit greets nobody by it (identity.js).

import { putIdentityToSleep } from "./identity.js";

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 1500;
const COVERING_ENTRIES = 4;
const NEUTRAL_PATH = "/exit";

function exitUrl() {
  const control = document.querySelector("[data-quick-exit]");
  // Without the control (it is on every page), /exit asks the server, which knows the one exit URL.
  return control?.dataset.exitUrl || control?.getAttribute("href") || NEUTRAL_PATH;
}

let leavingTo = "";

export function quickExit() {
  const url = exitUrl();
  leavingTo = url;
  document.documentElement.classList.add("exiting");
  document.title = "";
  // Replacing the body drops the room, canvases and any sound at once.
  document.body.replaceChildren();
  putIdentityToSleep();
  dropFirstWords();
  coverHistory();
  window.location.replace(url);
}

/** The first words of posts (「わたしが かいたもの」) are not left for the next person to read. */
function dropFirstWords() {
  try {
    const kept = JSON.parse(localStorage.getItem("kakurega.receipts") || "[]");
    if (!Array.isArray(kept)) return;
    localStorage.setItem("kakurega.receipts", JSON.stringify(kept.map(({ w, ...rest }) => rest)));
  } catch {
    // nothing kept, or storage off
  }
}

function coverHistory() {
  try {
    window.history.replaceState(null, "", NEUTRAL_PATH);
    for (let i = 0; i < COVERING_ENTRIES; i += 1) window.history.pushState(null, "", NEUTRAL_PATH);
  } catch {
    // A sandboxed page may refuse history changes; leaving still works.
  }
}

let shiftTimes = [];

document.addEventListener("click", (event) => {
  const control = event.target instanceof Element ? event.target.closest("[data-quick-exit]") : null;
  if (!control) return;
  event.preventDefault();
  quickExit();
});

document.addEventListener(
  "keydown",
  (event) => {
    // Only Shift pressed on its own counts, so typing capital letters never leaves by accident.
    if (event.key !== "Shift") {
      shiftTimes = [];
      return;
    }
    if (event.repeat) return;
    const now = performance.now();
    shiftTimes = [...shiftTimes.filter((t) => now - t < SHIFT_WINDOW_MS), now];
    if (shiftTimes.length >= SHIFT_PRESSES) {
      shiftTimes = [];
      quickExit();
    }
  },
  true,
);

// A page brought back from the back/forward cache after an exit stays blank.
window.addEventListener("pageshow", (event) => {
  if (event.persisted && document.documentElement.classList.contains("exiting")) {
    document.body.replaceChildren();
    window.location.replace(leavingTo || exitUrl());
  }
});
