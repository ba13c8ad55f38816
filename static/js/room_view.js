// Draws a room: its picture scaled to the canvas, and every avatar in the nook with its name.
// Redraws only while something changes or walks, so an idle tablet stays cool.

import { SQUASH } from "./avatars.js";

export const ROOM_W = 1024;
export const ROOM_H = 768;
const FLOOR_Y = 430;
const NAME_PX = 15; // names stay readable at any scale
const AVATAR_UNITS = 80; // drawn a little larger than the 64-unit art box, to be easy to spot
const MIN_AVATAR_PX = 40; // on a phone the box would otherwise be too small to see

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
    this.painter = painter;
    this.night = night;
    this.reducedMotion = reducedMotion;
    this.picture = null;
    this.pictureFailed = false;
    this.background = null; // the picture pre-rendered at the current size
    this.cssW = 0;
    this.cssH = 0;
    this.dpr = 1;
    this.rafId = 0;
    this.lastT = 0;

    const img = new Image();
    img.decoding = "async";
    img.addEventListener("load", () => {
      this.picture = img;
      this.background = null;
      this.requestDraw();
    });
    img.addEventListener("error", () => {
      this.pictureFailed = true;
      this.background = null;
      this.requestDraw();
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
    this.dpr = Math.min(window.devicePixelRatio || 1, 2);
    this.cssW = rect.width;
    this.cssH = rect.height;
    this.canvas.width = Math.round(rect.width * this.dpr);
    this.canvas.height = Math.round(rect.height * this.dpr);
    this.background = null;
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

  requestDraw() {
    if (!this.rafId) this.rafId = requestAnimationFrame((t) => this._frame(t));
  }

  _frame(t) {
    this.rafId = 0;
    const dt = this.lastT ? t - this.lastT : 16;
    const walking = this.nook.advance(dt, this.reducedMotion());
    this._draw();
    if (walking) {
      this.lastT = t;
      this.requestDraw();
    } else {
      this.lastT = 0;
    }
  }

  _draw() {
    const { ctx } = this;
    if (!this.cssW) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this._background(), 0, 0);
    const s = this.scale * this.dpr;
    const boxPx = Math.max(AVATAR_UNITS * this.scale, MIN_AVATAR_PX);
    const size = boxPx / this.scale; // box size in room units
    const avatars = this.nook.inDrawingOrder();
    ctx.setTransform(s, 0, 0, s, 0, 0);
    for (const a of avatars) {
      this.painter.draw(ctx, a.look, a.p, a.px, a.py, size);
    }
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    for (const a of avatars) {
      const headroom = boxPx * (SQUASH[a.p] ?? 1) * 0.95;
      this._drawName(a, a.px * this.scale, a.py * this.scale - headroom, a.id === this.nook.you);
    }
  }

  _drawName(avatar, x, y, isMe) {
    const { ctx } = this;
    ctx.font = `700 ${NAME_PX}px system-ui, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "bottom";
    const w = ctx.measureText(avatar.name).width + 14;
    const h = NAME_PX + 8;
    ctx.beginPath();
    ctx.roundRect(x - w / 2, y - h, w, h, h / 2);
    if (this.night) {
      ctx.fillStyle = isMe ? "#f3e29a" : "rgba(31, 42, 72, 0.85)";
    } else {
      ctx.fillStyle = isMe ? "#f3e29a" : "rgba(255, 255, 255, 0.85)";
    }
    ctx.fill();
    ctx.fillStyle = this.night && !isMe ? "#f4ecdc" : "#4a403a";
    ctx.fillText(avatar.name, x, y - 3);
  }

  _background() {
    if (this.background) return this.background;
    const bg = document.createElement("canvas");
    bg.width = this.canvas.width;
    bg.height = this.canvas.height;
    const g = bg.getContext("2d");
    g.scale(bg.width / ROOM_W, bg.height / ROOM_H);
    if (this.picture) g.drawImage(this.picture, 0, 0, ROOM_W, ROOM_H);
    else drawPlainRoom(g, this.night);
    // Keep the placeholder until the picture arrives; only cache the finished one.
    if (this.picture || this.pictureFailed) this.background = bg;
    return bg;
  }
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
