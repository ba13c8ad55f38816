// One place to ask whether the visitor wants motion (the OS setting can change while the page is open).

const query = window.matchMedia("(prefers-reduced-motion: reduce)");

export function reducedMotion() {
  return query.matches;
}
