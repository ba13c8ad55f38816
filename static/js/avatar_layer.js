// Paints the avatars' layer from a scene: where each avatar's bitmap goes, in device pixels.
// It knows no DOM, so the same code runs in a worker (avatar_worker.js, the canvas handed over
// with transferControlToOffscreen) or, where a browser cannot do that, on the page itself.
// A frame repaints only the rectangles where an avatar moved, changed or left.

const FULL_REPAINT = 0.5; // when the changed area passes this share of the canvas, repaint it all

/**
 * A frame: `scene` lists the avatars in drawing order, four numbers each: the avatar's slot (a
 * small number the page gives each avatar), its sprite's id, and x, y (the bitmap's top left,
 * whole device pixels). One flat array of integers, so a worker receives it without copying.
 * `sprites` brings bitmaps not sent before; `reset`
 * forgets every bitmap sent before them (the page's cache of sprites was emptied); `drop` names
 * bitmaps to forget once drawn (a sprite drawn while its pictures still load is never reused).
 * @typedef {{scene: Int32Array, sprites?: [number, ImageBitmap][],
 *            reset?: boolean, drop?: number[]}} Frame
 * @typedef {{x: number, y: number, w: number, h: number}} Rect
 */

export class AvatarLayer {
  /** @param {OffscreenCanvas | HTMLCanvasElement} canvas */
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    /** @type {Map<number, ImageBitmap>} */
    this.bitmaps = new Map();
    /** @type {Map<number, Rect & {sprite: number}>} what each avatar (by slot) looks like on the canvas now */
    this.shown = new Map();
    this.frames = 0; // frames in which something was painted
  }

  /** A new size in device pixels: the canvas is blank again, and every bitmap is stale. */
  resize(width, height) {
    this.canvas.width = width;
    this.canvas.height = height;
    this.shown.clear();
    this.bitmaps.clear();
  }

  /** @param {Frame} frame */
  draw({ scene, sprites = [], reset = false, drop = [] }) {
    if (reset) this.bitmaps.clear();
    for (const [id, bitmap] of sprites) this.bitmaps.set(id, bitmap);
    const next = new Map();
    /** @type {{bitmap: ImageBitmap, at: Rect}[]} */
    const layers = [];
    /** @type {Rect[]} */
    const dirty = [];
    for (let i = 0; i + 3 < scene.length; i += 4) {
      const id = scene[i];
      const sprite = scene[i + 1];
      const x = scene[i + 2];
      const y = scene[i + 3];
      const bitmap = this.bitmaps.get(sprite);
      if (!bitmap) continue;
      const at = { x, y, w: bitmap.width, h: bitmap.height, sprite };
      next.set(id, at);
      layers.push({ bitmap, at });
      const was = this.shown.get(id);
      if (!was) dirty.push(at);
      else if (was.sprite !== sprite || was.x !== x || was.y !== y) {
        dirty.push(union(was, at));
      }
    }
    for (const [id, was] of this.shown) if (!next.has(id)) dirty.push(was);
    this.shown = next;
    for (const id of drop) this.bitmaps.delete(id);
    if (!dirty.length) return;

    this.frames += 1;
    const { ctx } = this;
    const { width, height } = this.canvas;
    const area = dirty.reduce((sum, r) => sum + r.w * r.h, 0);
    const whole = area > FULL_REPAINT * width * height;
    ctx.save();
    if (!whole) {
      ctx.beginPath();
      for (const r of dirty) ctx.rect(r.x, r.y, r.w, r.h);
      ctx.clip();
    }
    ctx.clearRect(0, 0, width, height);
    for (const { bitmap, at } of layers) {
      if (whole || dirty.some((r) => overlaps(r, at))) ctx.drawImage(bitmap, at.x, at.y);
    }
    ctx.restore();
  }
}

/** @param {Rect} a @param {Rect} b */
function union(a, b) {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** @param {Rect} a @param {Rect} b */
function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
