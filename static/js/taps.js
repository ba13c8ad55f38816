// A tap on a hotline's number or link is counted by line, nothing else (docs/privacy.md).
// The beacon goes beside the tap and never delays or blocks it; without it the tap is not counted.

export function countTap(event) {
  const way = event.target.closest?.("[data-tap]");
  const line = way?.closest("[data-line]")?.dataset.line;
  if (!line) return;
  try {
    navigator.sendBeacon?.("/api/taps", `${way.dataset.tap} ${line}`);
  } catch {
    // not counted; the call still goes through
  }
}

if (typeof document !== "undefined") document.addEventListener("click", countTap, { capture: true });
