// Draws a room: its picture on a layer of its own, drawn once per size, and the avatars on a
// transparent layer above it. Each avatar is a cached bitmap (avatar_sprites.js); a frame
// repaints only the rectangles where something changed, walking runs at 30 frames a second,
// and the loop stops as soon as nobody moves, so an idle tablet stays cool.

import { AvatarSprites } from "./avatar_sprites.js";

export const ROOM_W = 1024;
export const ROOM_H = 768;
const FLOOR_Y = 430;
const AVATAR_UNITS = 80; // drawn a little larger than the 64-unit art box, to be easy to spot
const MIN_AVATAR_PX = 40; // on a phone the box would otherwise be too small to see
// Walking is drawn at 30 frames a second: the next frame is asked for this long after the
// last one began, so it lands on the display's frame after next (60 Hz) without the page
// waking up for the frame in between.
const FRAME_GAP_MS = 20;
const FULL_REPAINT = 0.5; // when the changed area passes this share of the canvas, repaint it all

/** @typedef {{x: number, y: number, w: number, h: number}} Rect device pixels */

export class RoomView {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{slug: string, night: boolean, nook: import("./nook.js").Nook,
   *          painter: import("./avatars.js").AvatarPainter, reducedMotion: () => boolean}} options
   */
  constructor(canvas, { slug, night, nook, painter, reducedMotion }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.nook = nook;
    this.sprites = new AvatarSprites(painter);
    this.night = night;
    this.reducedMotion = reducedMotion;
    this.picture = null; // until it arrives (or if it never does) the room is drawn plain
    // The picture's layer sits right under the avatars' canvas, which stays the one you tap.
    this.pictureCanvas = document.createElement("canvas");
    this.pictureCanvas.className = "stage__picture";
    this.pictureCanvas.setAttribute("aria-hidden", "true");
    canvas.before(this.pictureCanvas);
    this.cssW = 0;
    this.cssH = 0;
    this.dpr = 1;
    this.rafId = 0;
    this.timer = 0;
    this.lastT = 0;
    /** @type {Map<string, Rect & {key: object, complete: boolean}>} what each avatar looks like on the canvas now */
    this.shown = new Map();

    const img = new Image();
    img.decoding = "async";
    img.addEventListener("load", () => {
      this.picture = img;
      this._drawPicture();
    });
    img.src = `/assets/rooms/${slug}.svg`;

    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  get scale() {
    return this.cssW / ROOM_W;
  }

  resize() {
    const rect = this.canvas.getBoundingClientRect();
    if (rect.width === 0) return;
    const dpr = Math.min(window.devicePixelRatio || 1, 2);
    const width = Math.round(rect.width * dpr);
    const height = Math.round(rect.height * dpr);
    if (width === this.canvas.width && height === this.canvas.height && this.cssW === rect.width) return;
    this.dpr = dpr;
    this.cssW = rect.width;
    this.cssH = rect.height;
    for (const layer of [this.canvas, this.pictureCanvas]) {
      layer.width = width;
      layer.height = height;
    }
    this.sprites.clear();
    this.shown.clear(); // a resized canvas is blank
    this._drawPicture();
    this.requestDraw();
  }

  /** Where in room space (0‥1023 × 0‥767) a pointer event landed. */
  roomPoint(event) {
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: Math.round(((event.clientX - rect.left) / rect.width) * ROOM_W),
      y: Math.round(((event.clientY - rect.top) / rect.height) * ROOM_H),
    };
  }

  /** Something may have changed: look at the next frame (cheap when nothing did). */
  requestDraw() {
    if (!this.rafId && !this.timer) this.rafId = requestAnimationFrame((t) => this._frame(t));
  }

  _frame(t) {
    this.rafId = 0;
    const dt = this.lastT ? t - this.lastT : 16;
    const walking = this.nook.advance(dt, this.reducedMotion());
    this._draw();
    if (walking) {
      this.lastT = t;
      const wait = Math.max(0, t + FRAME_GAP_MS - performance.now());
      this.timer = setTimeout(() => {
        this.timer = 0;
        this.requestDraw();
      }, wait);
    } else {
      this.lastT = 0;
    }
  }

  _draw() {
    if (!this.cssW) return;
    const { ctx, dpr, scale } = this;
    const s = scale * dpr;
    const how = {
      boxPx: Math.max(AVATAR_UNITS * scale, MIN_AVATAR_PX),
      dpr,
      night: this.night,
      isMe: false,
    };
    const avatars = this.nook.inDrawingOrder();
    const next = new Map();
    /** @type {{sprite: import("./avatar_sprites.js").Sprite, at: Rect}[]} */
    const layers = [];
    /** @type {Rect[]} */
    const dirty = [];
    for (const a of avatars) {
      how.isMe = a.id === this.nook.you;
      const sprite = this.sprites.get(a, how);
      const at = {
        x: Math.round(a.px * s) - sprite.feetX,
        y: Math.round(a.py * s) - sprite.feetY,
        w: sprite.canvas.width,
        h: sprite.canvas.height,
        key: sprite.canvas,
        complete: sprite.complete,
      };
      next.set(a.id, at);
      layers.push({ sprite, at });
      const was = this.shown.get(a.id);
      if (!was) dirty.push(at);
      else if (was.key !== at.key || was.x !== at.x || was.y !== at.y || !was.complete) {
        dirty.push(union(was, at));
      }
    }
    for (const [id, was] of this.shown) if (!next.has(id)) dirty.push(was);
    this.shown = next;
    if (!dirty.length) return;

    ctx.setTransform(1, 0, 0, 1, 0, 0);
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
    for (const { sprite, at } of layers) {
      if (whole || dirty.some((r) => overlaps(r, at))) ctx.drawImage(sprite.canvas, at.x, at.y);
    }
    ctx.restore();
  }

  _drawPicture() {
    const layer = this.pictureCanvas;
    if (!this.cssW) return;
    const g = layer.getContext("2d");
    g.setTransform(layer.width / ROOM_W, 0, 0, layer.height / ROOM_H, 0, 0);
    if (this.picture) g.drawImage(this.picture, 0, 0, ROOM_W, ROOM_H);
    else drawPlainRoom(g, this.night); // until (or instead of) the illustration
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

/** A plain cream room, used until (or instead of) the illustration. */
function drawPlainRoom(g, night) {
  g.fillStyle = night ? "#1f2a48" : "#fbf5e9";
  g.fillRect(0, 0, ROOM_W, ROOM_H);
  g.fillStyle = night ? "#3b5a4a" : "#f1e2c8";
  g.fillRect(0, FLOOR_Y - 16, ROOM_W, ROOM_H - FLOOR_Y + 16);
  g.strokeStyle = night ? "#8ea68f" : "#5b4f47";
  g.lineWidth = 3.5;
  g.lineCap = "round";
  g.beginPath();
  g.moveTo(0, FLOOR_Y - 16);
  g.bezierCurveTo(300, FLOOR_Y - 12, 700, FLOOR_Y - 20, ROOM_W, FLOOR_Y - 15);
  g.stroke();
}
