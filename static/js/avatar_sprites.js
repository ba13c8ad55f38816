// One bitmap per avatar as the room shows it: body, face, accessory and name label, drawn once
// at device scale and then only copied while it walks. Drawing the SVG parts and the text every
// frame was most of what a busy room cost the browser.

import { FEET_X, FEET_Y, BOX, SQUASH } from "./avatars.js";

const NAME_PX = 15; // names stay readable at any scale
const LABEL_H = NAME_PX + 8;
const LABEL_PAD = 14;
const EDGE = 2; // device pixels around the picture, for line work that touches the box
const MAX_KEPT = 400; // a nook holds 40; poses, renames and resizes make more, never this many

/**
 * @typedef {{id: number, image: ImageBitmap | HTMLCanvasElement, feetX: number, feetY: number,
 *            complete: boolean}} Sprite
 * `id`: never reused, so the avatar layer (perhaps in a worker) can keep the bitmap under it.
 * `image`: an ImageBitmap where the browser has OffscreenCanvas (it can be sent to a worker,
 * and drawing it needs no snapshot of a canvas), else a canvas.
 * `feetX`/`feetY`: where in the bitmap (device pixels) the avatar's feet are.
 * `complete`: every picture it needs was there; an incomplete sprite is not kept.
 */

let lastId = 0;

export class AvatarSprites {
  /** @param {import("./avatars.js").AvatarPainter} painter */
  constructor(painter) {
    this.painter = painter;
    /** @type {Map<string, Sprite>} */
    this.kept = new Map();
    this.measure = document.createElement("canvas").getContext("2d");
    this.emptied = false; // since the view last looked: every id handed out before is gone
  }

  /** Forget every bitmap (the scale changed). */
  clear() {
    this.kept.clear();
    this.emptied = true;
  }

  /**
   * @param {{name: string, look: {shape: string, color: string, acc: string}, p: string}} avatar
   * @param {{boxPx: number, dpr: number, night: boolean, isMe: boolean}} how boxPx in CSS pixels
   * @returns {Sprite}
   */
  get(avatar, { boxPx, dpr, night, isMe }) {
    const { look, p: pose, name } = avatar;
    const key = `${look.shape}|${look.color}|${look.acc}|${pose}|${isMe ? 1 : 0}|${boxPx}|${dpr}|${night ? 1 : 0}|${name}`;
    const known = this.kept.get(key);
    if (known) return known;
    const sprite = this._draw(avatar, { boxPx, dpr, night, isMe });
    if (sprite.complete) {
      if (this.kept.size >= MAX_KEPT) this.clear();
      this.kept.set(key, sprite);
    }
    return sprite;
  }

  _draw(avatar, { boxPx, dpr, night, isMe }) {
    const squash = SQUASH[avatar.p] ?? 1;
    const unit = boxPx / BOX;
    const headroom = boxPx * squash * 0.95; // the label sits just above the head
    this.measure.font = font();
    const labelW = this.measure.measureText(avatar.name).width + LABEL_PAD;
    // Extent around the feet in CSS pixels: the art box, and the label above it.
    const left = Math.max(FEET_X * unit, labelW / 2);
    const right = Math.max((BOX - FEET_X) * unit, labelW / 2);
    const top = Math.max(headroom + LABEL_H, FEET_Y * unit * squash);
    const bottom = (BOX - FEET_Y) * unit * squash;
    const feetX = Math.ceil(left * dpr) + EDGE;
    const feetY = Math.ceil(top * dpr) + EDGE;
    const width = feetX + Math.ceil(right * dpr) + EDGE;
    const height = feetY + Math.ceil(bottom * dpr) + EDGE;
    const canvas = makeCanvas(width, height);
    const g = canvas.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, feetX, feetY);
    this.painter.draw(g, avatar.look, avatar.p, 0, 0, boxPx);
    drawName(g, avatar.name, 0, -headroom, labelW, night, isMe);
    const image = "transferToImageBitmap" in canvas ? canvas.transferToImageBitmap() : canvas;
    lastId += 1;
    return { id: lastId, image, feetX, feetY, complete: this.painter.settled(avatar.look, avatar.p) };
  }
}

/** @returns {OffscreenCanvas | HTMLCanvasElement} */
function makeCanvas(width, height) {
  if (typeof OffscreenCanvas === "function") return new OffscreenCanvas(width, height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function font() {
  return `700 ${NAME_PX}px system-ui, sans-serif`;
}

function drawName(g, name, x, y, w, night, isMe) {
  g.font = font();
  g.textAlign = "center";
  g.textBaseline = "bottom";
  g.beginPath();
  g.roundRect(x - w / 2, y - LABEL_H, w, LABEL_H, LABEL_H / 2);
  if (night) {
    g.fillStyle = isMe ? "#f3e29a" : "rgba(31, 42, 72, 0.85)";
  } else {
    g.fillStyle = isMe ? "#f3e29a" : "rgba(255, 255, 255, 0.85)";
  }
  g.fill();
  g.fillStyle = night && !isMe ? "#f4ecdc" : "#4a403a";
  g.fillText(name, x, y - 3);
}
