// あそびば: calm games with nothing to win, lose or count: bubbles to pop and
// a picture to colour.

import { mountBubbles } from "./asobi/bubbles.js";
import { mountNuri } from "./asobi/nuri.js";

/**
 * @param {HTMLElement} section
 * @param {object} _ctx
 * @returns {() => void} stops every game
 */
export function mount(section, _ctx) {
  const stops = [];
  const bubbles = section.querySelector("[data-kf='asobi']");
  if (bubbles) stops.push(mountBubbles(bubbles));
  const nuri = section.querySelector("[data-kf='nuri']");
  if (nuri) stops.push(mountNuri(nuri));
  return () => {
    for (const stop of stops) stop();
  };
}
