// ほしぞら: one star for every visitor online, drawn on the room's overlay.
// The section shows the number in words and keeps `data-stars` (how many are
// drawn) so a test or a screen reader user can know what the sky shows.

import { reveal } from "./lib/feature.js";
import { MAX_STARS, brightness, star } from "./lib/starfield.js";

const PICTURE_W = 1024;
// A slow, shallow shimmer needs few frames: the sky is redrawn ~6 times a second (a star's
// light changes by a tenth at most between two), each time after a timer, so the page does
// not wake up for the display frames in between. It runs whenever anyone else is online.
const FRAME_MS = 160;
const FADE_IN_MS = 1500;
// Every star is at least this big on the screen (CSS pixels, the whole soft light), so one
// can be found and pointed at on a phone too; the bright middle is about a third of it.
const MIN_STAR_PX = 18;
// Yours is star number 0, which is always lit while you are here (the count includes you).
// It does not twinkle, is bigger and warmer, and wears the same yellow as your name.
const YOURS = 0;
const YOUR_PX = 30;
const YOUR_COLOUR = "#f3e29a";
const YOUR_LABEL = "あなた";
const LABEL_PX = 13;

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
  let timer = 0;
  let cssW = 0;
  let dpr = 1;

  // Drawn at device scale, so a star is as sharp as the room under it.
  const sizes = new ResizeObserver(() => {
    const rect = canvas.getBoundingClientRect();
    if (!rect.width) return;
    dpr = Math.min(window.devicePixelRatio || 1, 2);
    cssW = rect.width;
    canvas.width = Math.round(rect.width * dpr);
    canvas.height = Math.round(rect.height * dpr);
    markYours();
    draw(performance.now());
  });
  sizes.observe(canvas);

  /** Where your star is, in CSS pixels of the stage, for a test or a curious developer. */
  function markYours() {
    if (!shown || !cssW) return;
    const s = stars[YOURS];
    const k = cssW / PICTURE_W;
    root.dataset.yourStar = `${Math.round(s.x * k)},${Math.round(s.y * k)}`;
  }

  function draw(now) {
    if (!cssW) return;
    const k = cssW / PICTURE_W; // CSS pixels per picture unit
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    for (let i = 0; i < shown; i++) {
      if (i === YOURS) continue;
      const s = stars[i];
      let alpha = ctx.reducedMotion ? 0.9 : brightness(s, now);
      if (!ctx.reducedMotion) alpha *= Math.min(1, (now - born[i]) / FADE_IN_MS);
      g.globalAlpha = alpha;
      const size = Math.max(s.r * (s.glow ? 6 : 3.2) * k, MIN_STAR_PX);
      g.drawImage(sprite(s.colour), s.x * k - size / 2, s.y * k - size / 2, size, size);
    }
    g.globalAlpha = 1;
    if (shown > YOURS) drawYours(g, stars[YOURS].x * k, stars[YOURS].y * k);
  }

  function tick(now) {
    frame = 0;
    if (stopped || !section.isConnected) return;
    draw(now);
    // With only your star lit nothing twinkles: the loop rests until someone comes.
    if (shown > 1) {
      timer = setTimeout(() => {
        timer = 0;
        frame = requestAnimationFrame(tick);
      }, FRAME_MS);
    }
  }

  function wake() {
    if (stopped || ctx.reducedMotion || frame || timer) return;
    frame = requestAnimationFrame(tick);
  }

  function setCount(total) {
    const want = Math.min(Math.max(0, Math.floor(total)), MAX_STARS);
    if (want === shown && root.dataset.total === String(total)) return; // counts come every few seconds
    const now = performance.now();
    while (stars.length < want) stars.push(star(stars.length));
    for (let i = shown; i < want; i++) born[i] = now;
    shown = want;
    root.dataset.stars = String(shown);
    root.dataset.total = String(total);
    line.textContent = `いま ここに いる ひと: ${total}にん`;
    markYours();
    // Under reduced motion nothing moves, so drawing once per change is enough.
    if (ctx.reducedMotion) draw(now);
    else wake();
  }

  ctx.onCounts(({ rooms, total, scope }) => {
    if (stopped) return;
    const sum = Number.isFinite(total)
      ? total
      : Object.values(rooms ?? {}).reduce((a, b) => a + b, 0);
    setCount(sum);
    scopeNote.hidden = scope !== "local";
  });

  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    sizes.disconnect();
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
  };
}

/** Your star: a steady warm light in a thin ring, with a small yellow tag like your name's. */
function drawYours(g, x, y) {
  g.drawImage(sprite(YOUR_COLOUR), x - YOUR_PX / 2, y - YOUR_PX / 2, YOUR_PX, YOUR_PX);
  g.beginPath();
  g.arc(x, y, YOUR_PX * 0.55, 0, Math.PI * 2);
  g.lineWidth = 1.5;
  g.strokeStyle = "rgba(243, 226, 154, 0.75)";
  g.stroke();
  g.font = `700 ${LABEL_PX}px system-ui, sans-serif`;
  g.textAlign = "center";
  g.textBaseline = "top";
  const w = g.measureText(YOUR_LABEL).width + 10;
  const h = LABEL_PX + 6;
  const top = y + YOUR_PX * 0.55 + 3;
  g.beginPath();
  g.roundRect(x - w / 2, top, w, h, h / 2);
  g.fillStyle = YOUR_COLOUR;
  g.fill();
  g.fillStyle = "#4a403a";
  g.fillText(YOUR_LABEL, x, top + 3);
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
