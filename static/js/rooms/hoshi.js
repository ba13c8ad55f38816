// ほしぞら: one star for every visitor online, drawn on the room's overlay.
// The section shows the number in words and keeps `data-stars` (how many are
// drawn) so a test or a screen reader user can know what the sky shows.

import { reveal } from "./lib/feature.js";
import { MAX_STARS, brightness, star } from "./lib/starfield.js";

const PICTURE_W = 1024;
const PICTURE_H = 768;
const FRAME_MS = 66; // ~15 frames a second is plenty for a slow shimmer
const FADE_IN_MS = 1500;

/**
 * @param {HTMLElement} section
 * @param {{ overlay: HTMLCanvasElement, onCounts: (cb: Function) => void,
 *           reducedMotion: boolean }} ctx
 */
export function mount(section, ctx) {
  const root = section.querySelector("[data-kf='hoshi']");
  if (!root) return () => {};
  const line = root.querySelector("[data-kf-count]");
  const scopeNote = root.querySelector("[data-kf-scope]");
  const canvas = ctx.overlay;
  const g = canvas.getContext("2d");
  reveal(root);

  /** @type {ReturnType<typeof star>[]} */
  const stars = [];
  /** @type {number[]} when each star appeared, for a gentle fade-in */
  const born = [];
  let shown = 0;
  let stopped = false;
  let frame = 0;
  let lastDraw = -Infinity;

  function draw(now) {
    const sx = canvas.width / PICTURE_W;
    const sy = canvas.height / PICTURE_H;
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.setTransform(sx, 0, 0, sy, 0, 0);
    for (let i = 0; i < shown; i++) {
      const s = stars[i];
      let alpha = ctx.reducedMotion ? 0.9 : brightness(s, now);
      if (!ctx.reducedMotion) alpha *= Math.min(1, (now - born[i]) / FADE_IN_MS);
      g.globalAlpha = alpha;
      const size = s.r * (s.glow ? 6 : 3.2);
      g.drawImage(sprite(s.colour), s.x - size / 2, s.y - size / 2, size, size);
    }
    g.globalAlpha = 1;
  }

  function tick(now) {
    if (stopped || !section.isConnected) return;
    if (now - lastDraw >= FRAME_MS) {
      lastDraw = now;
      draw(now);
    }
    frame = requestAnimationFrame(tick);
  }

  function setCount(total) {
    const want = Math.min(Math.max(0, Math.floor(total)), MAX_STARS);
    const now = performance.now();
    while (stars.length < want) stars.push(star(stars.length));
    for (let i = shown; i < want; i++) born[i] = now;
    shown = want;
    root.dataset.stars = String(shown);
    root.dataset.total = String(total);
    line.textContent = `いま ここに いる ひと: ${total}にん`;
    // Under reduced motion nothing moves, so drawing once per change is enough.
    if (ctx.reducedMotion) draw(now);
  }

  ctx.onCounts(({ rooms, total, scope }) => {
    if (stopped) return;
    const sum = Number.isFinite(total)
      ? total
      : Object.values(rooms ?? {}).reduce((a, b) => a + b, 0);
    setCount(sum);
    scopeNote.hidden = scope !== "local";
  });

  if (!ctx.reducedMotion) frame = requestAnimationFrame(tick);

  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
  };
}

/** @type {Map<string, HTMLCanvasElement>} */
const sprites = new Map();

/** A soft round light of one colour, drawn once and stamped for every star. */
function sprite(colour) {
  let c = sprites.get(colour);
  if (c) return c;
  c = document.createElement("canvas");
  c.width = c.height = 48;
  const g = c.getContext("2d");
  const glow = g.createRadialGradient(24, 24, 0, 24, 24, 24);
  glow.addColorStop(0, "#fffdf6");
  glow.addColorStop(0.16, colour);
  glow.addColorStop(0.3, `${colour}aa`);
  glow.addColorStop(0.55, `${colour}26`);
  glow.addColorStop(1, `${colour}00`);
  g.fillStyle = glow;
  g.fillRect(0, 0, 48, 48);
  sprites.set(colour, c);
  return c;
}
