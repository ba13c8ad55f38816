// Avatars are composited from the art files: a body tinted with the visitor's colour,
// a face for the pose and an accessory. Bodies are drawn with the fill #FF00FF, which we
// swap for the colour in the SVG text (cheap, exact, and keeps the line work untouched).

import { colorHex } from "./palette.js";

const BASE = "/assets/avatars";
const BODY_FILL = /#FF00FF/gi;
export const BOX = 64; // every part is drawn in a 64 × 64 box ...
export const FEET_X = 32; // ... with the feet here
export const FEET_Y = 62;
// How much a pose squashes the body toward the feet (sitting is a squashed stand).
export const SQUASH = Object.freeze({ stand: 1, lookup: 1, sit: 0.8, sleep: 0.7 });

export class AvatarPainter {
  /** @param {() => void} onLoad called whenever another picture is ready, so the view can redraw */
  constructor(onLoad = () => {}) {
    this.onLoad = onLoad;
    this.images = new Map(); // key → HTMLImageElement (complete) | "loading" | "missing"
    this.bodyText = new Map(); // shape → Promise<string | null>
  }

  /**
   * Draw one avatar with its feet at (x, y); `size` is the box size in the context's units.
   * Missing pictures fall back to a plain round body so nobody is ever invisible.
   */
  draw(ctx, look, pose, x, y, size = BOX) {
    const scale = size / BOX;
    const squash = SQUASH[pose] ?? 1;
    ctx.save();
    ctx.translate(x - FEET_X * scale, y - FEET_Y * squash * scale);
    ctx.scale(scale, scale * squash);
    const body = this._body(look.shape, look.color);
    if (body) ctx.drawImage(body, 0, 0, BOX, BOX);
    else drawPlainBody(ctx, colorHex(look.color));
    const face = this._plain(`face-${pose}`);
    if (face) ctx.drawImage(face, 0, 0, BOX, BOX);
    if (look.acc && look.acc !== "none") {
      const acc = this._plain(`acc-${look.acc}`);
      if (acc) ctx.drawImage(acc, 0, 0, BOX, BOX);
    }
    ctx.restore();
  }

  /**
   * Whether every part of a look in a pose has arrived or failed for good, so a picture drawn
   * now will not change when the rest loads (the view caches such pictures).
   */
  settled(look, pose) {
    const keys = [`body-${look.shape}-${look.color}`, `face-${pose}`];
    if (look.acc && look.acc !== "none") keys.push(`acc-${look.acc}`);
    return keys.every((key) => {
      const known = this.images.get(key);
      return known !== undefined && known !== "loading";
    });
  }

  /** Start loading everything a look needs (e.g. before showing swatches). */
  preload(look, poses = ["stand"]) {
    this._body(look.shape, look.color);
    for (const pose of poses) this._plain(`face-${pose}`);
    if (look.acc !== "none") this._plain(`acc-${look.acc}`);
  }

  _plain(name) {
    const key = name;
    const known = this.images.get(key);
    if (known instanceof HTMLImageElement) return known;
    if (known) return null;
    this.images.set(key, "loading");
    this._load(key, `${BASE}/${name}.svg`);
    return null;
  }

  _body(shape, color) {
    const key = `body-${shape}-${color}`;
    const known = this.images.get(key);
    if (known instanceof HTMLImageElement) return known;
    if (known) return null;
    this.images.set(key, "loading");
    this._bodySvg(shape).then((text) => {
      if (text === null) {
        this.images.set(key, "missing");
        return;
      }
      const tinted = text.replace(BODY_FILL, colorHex(color));
      const url = URL.createObjectURL(new Blob([tinted], { type: "image/svg+xml" }));
      this._load(key, url, () => URL.revokeObjectURL(url));
    });
    return null;
  }

  _bodySvg(shape) {
    if (!this.bodyText.has(shape)) {
      const text = fetch(`${BASE}/body-${shape}.svg`)
        .then((r) => (r.ok ? r.text() : null))
        .catch(() => null);
      this.bodyText.set(shape, text);
    }
    return this.bodyText.get(shape);
  }

  _load(key, url, done = () => {}) {
    const img = new Image();
    img.decoding = "async";
    img.addEventListener("load", () => {
      this.images.set(key, img);
      done();
      this.onLoad();
    });
    img.addEventListener("error", () => {
      this.images.set(key, "missing");
      done();
    });
    img.src = url;
  }
}

function drawPlainBody(ctx, fill) {
  ctx.beginPath();
  ctx.ellipse(32, 40, 22, 21, 0, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = "#5b4f47";
  ctx.stroke();
}
