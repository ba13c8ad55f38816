// Where star number i sits and how it shines. Pure functions: star i is always
// in the same place, so the sky does not rearrange when someone comes or goes.

/**
 * The open sky of the 1024 × 768 ほしぞら picture: above the far hills
 * (which rise to y ≈ 350), and not on the moon or the tent.
 */
export const SKY = Object.freeze({ x0: 14, y0: 14, x1: 1010, y1: 340 });
const KEEP_CLEAR = [
  { x0: 820, y0: 20, x1: 925, y1: 185 }, // the moon and its nightcap
  { x0: 745, y0: 220, x1: 900, y1: 360 }, // the tent
];

/** Drawing 2000 stars is already a full sky; more would only cost battery. */
export const MAX_STARS = 2000;

const COLOURS = ["#fff6dc", "#ffeec2", "#ffe2ad", "#fff9ee", "#ece8ff"];

/**
 * @typedef {{ x: number, y: number, r: number, colour: string,
 *              period: number, phase: number, glow: boolean }} Star
 */

/**
 * @param {number} i
 * @returns {Star}
 */
export function star(i) {
  const rand = mulberry32(Math.imul(i + 1, 0x9e3779b1) ^ 0x5eed);
  let x = 0;
  let y = 0;
  // Draw again from the same seeded stream until the spot is open sky, so the
  // place still depends on i alone.
  do {
    x = SKY.x0 + rand() * (SKY.x1 - SKY.x0);
    y = SKY.y0 + rand() * (SKY.y1 - SKY.y0);
  } while (KEEP_CLEAR.some((b) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1));
  const size = rand();
  return {
    x,
    y,
    // mostly small, a few bigger ones to make the sky feel deep
    r: 1.8 + size * size * 2.4,
    colour: COLOURS[Math.floor(rand() * COLOURS.length)],
    period: 3000 + rand() * 5000,
    phase: rand() * Math.PI * 2,
    glow: size > 0.6,
  };
}

/**
 * How bright a star is at time t (ms): a slow, shallow shimmer, never a flash.
 * @param {Star} s
 * @param {number} t
 */
export function brightness(s, t) {
  return 0.72 + 0.28 * Math.sin((t / s.period) * Math.PI * 2 + s.phase);
}

/**
 * A small, fast, seedable generator (public domain, by Tommy Ettinger).
 * @param {number} seed
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
