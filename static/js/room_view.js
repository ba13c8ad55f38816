// Draws a room: its picture on a layer of its own, drawn once per size, and the avatars on a
// transparent layer above it. Each avatar is a cached bitmap (avatar_sprites.js); a frame sends
// where each one stands to the avatar layer (avatar_layer.js), drawn in a worker where the
// browser can hand a canvas to one, which repaints only the rectangles where something changed.
// Walking runs at 30 frames a second, and the loop stops as soon as nobody moves, so an idle
// tablet stays cool.

import { AvatarLayer } from "./avatar_layer.js";
import { AvatarSprites } from "./avatar_sprites.js";

export const ROOM_W = 1024;
export const ROOM_H = 768;
const FLOOR_Y = 430;
const AVATAR_UNITS = 80; // drawn a little larger than the 64-unit art box, to be easy to spot
const MIN_AVATAR_PX = 40; // on a phone the box would otherwise be too small to see
// Walking is drawn at 30 frames a second. Drawn on the page, the next frame is asked for this
// long after the last one began, so it lands on the display's frame after next (60 Hz)
// without the page waking up for the frame in between.
const FRAME_GAP_MS = 20;
// Drawn in a worker, the page asks for no animation frames at all (each would run the page's
// whole rendering pipeline for nothing): a timer steps the walkers and sends where they are,
// and the worker draws them in its own next animation frame.
const STEP_MS = 1000 / 30;
// How long the avatars' worker may take to start before the page draws them itself.
const WORKER_WAIT_MS = 3000;

export class RoomView {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {{slug: string, night: boolean, nook: import("./nook.js").Nook,
   *          painter: import("./avatars.js").AvatarPainter, reducedMotion: () => boolean}} options
   */
  constructor(canvas, { slug, night, nook, painter, reducedMotion }) {
    this.canvas = canvas;
    this.layer = openLayer(canvas, () => {
      // The layer was chosen: it holds no sprites yet, and the frames before it went nowhere.
      this.sent.clear();
      this.requestDraw();
    });
    this.nook = nook;
    this.sprites = new AvatarSprites(painter);
    /** @type {Set<number>} the sprites the avatar layer holds */
    this.sent = new Set();
    /** @type {WeakMap<object, {sprite: import("./avatar_sprites.js").Sprite, p: string, isMe: boolean, size: number}>} */
    this.spriteOf = new WeakMap();
    /** @type {Map<string, number>} */
    this.slots = new Map();
    this.nextSlot = 0;
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
    this.width = 0; // device pixels of both layers
    this.height = 0;
    this.dpr = 1;
    this.rafId = 0;
    this.timer = 0;
    this.lastT = 0;

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
    if (width === this.width && height === this.height && this.cssW === rect.width) return;
    this.dpr = dpr;
    this.cssW = rect.width;
    this.cssH = rect.height;
    this.width = width;
    this.height = height;
    this.pictureCanvas.width = width;
    this.pictureCanvas.height = height;
    this.layer.resize(width, height); // blank, and holding no sprites
    this.sprites.clear();
    this.sent.clear();
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
    if (this.rafId || this.timer) return;
    if (this.layer.offPage) {
      this.timer = setTimeout(() => {
        this.timer = 0;
        this._frame(performance.now());
      }, 0);
    } else {
      this.rafId = requestAnimationFrame((t) => this._frame(t));
    }
  }

  _frame(t) {
    this.rafId = 0;
    const dt = this.lastT ? t - this.lastT : 16;
    const walking = this.nook.advance(dt, this.reducedMotion());
    this._draw();
    if (!walking) {
      this.lastT = 0;
      return;
    }
    this.lastT = t;
    if (this.layer.offPage) {
      this.timer = setTimeout(() => {
        this.timer = 0;
        this._frame(performance.now());
      }, STEP_MS);
      return;
    }
    const wait = Math.max(0, t + FRAME_GAP_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = 0;
      this.requestDraw();
    }, wait);
  }

  _draw() {
    if (!this.cssW) return;
    const { dpr, scale } = this;
    const s = scale * dpr;
    const how = {
      boxPx: Math.max(AVATAR_UNITS * scale, MIN_AVATAR_PX),
      dpr,
      night: this.night,
      isMe: false,
    };
    const avatars = this.nook.inDrawingOrder();
    const scene = new Int32Array(avatars.length * 4);
    /** @type {Map<number, import("./avatar_sprites.js").Sprite>} */
    const used = new Map();
    const drop = [];
    avatars.forEach((a, i) => {
      how.isMe = a.id === this.nook.you;
      const sprite = this._sprite(a, how);
      scene[i * 4] = this._slot(a.id);
      scene[i * 4 + 1] = sprite.id;
      scene[i * 4 + 2] = Math.round(a.px * s) - sprite.feetX;
      scene[i * 4 + 3] = Math.round(a.py * s) - sprite.feetY;
      used.set(sprite.id, sprite);
      if (!sprite.complete) drop.push(sprite.id); // redrawn, under a new id, once its pictures arrive
    });
    const reset = this.sprites.emptied; // the cache was full: the layer forgets every old sprite too
    if (reset) {
      this.sprites.emptied = false;
      this.sent.clear();
    }
    const sprites = [];
    for (const [id, sprite] of used) {
      if (this.sent.has(id)) continue;
      sprites.push([id, sprite.image]);
      if (sprite.complete) this.sent.add(id);
    }
    this.layer.draw({ scene, sprites, reset, drop });
  }

  /**
   * The avatar's sprite, remembered on the avatar while its pose and size stay, so a walking
   * frame builds no cache keys. (A nook's avatar keeps its name and look; a pose changes.)
   */
  _sprite(a, how) {
    const known = this.spriteOf.get(a);
    if (known && known.p === a.p && known.isMe === how.isMe && known.size === this.width) return known.sprite;
    const sprite = this.sprites.get(a, how);
    if (sprite.complete) this.spriteOf.set(a, { sprite, p: a.p, isMe: how.isMe, size: this.width });
    return sprite;
  }

  /** The small number an avatar goes by in a scene; numbers are dealt anew when many have left. */
  _slot(id) {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      // Numbers are never reused, so a new deal only repaints everyone once.
      if (this.slots.size > 4 * this.nook.avatars.size + 64) this.slots.clear();
      slot = this.nextSlot++;
      this.slots.set(id, slot);
    }
    return slot;
  }

  _drawPicture() {
    const layer = this.pictureCanvas;
    if (!this.cssW) return;
    const g = layer.getContext("2d", { alpha: false }); // opaque: the compositor need not blend it
    g.setTransform(layer.width / ROOM_W, 0, 0, layer.height / ROOM_H, 0, 0);
    if (this.picture) g.drawImage(this.picture, 0, 0, ROOM_W, ROOM_H);
    else drawPlainRoom(g, this.night); // until (or instead of) the illustration
  }
}

/**
 * The avatars' layer: in a worker when this browser can hand the canvas to one (and run a module
 * worker), else on the page. Both take the same calls.
 *
 * The canvas is handed over only once the worker says it is running: a canvas handed over cannot
 * be drawn on here any more, so a worker script that never loads (a filter, a cache, an old
 * browser) must leave the page able to draw the avatars itself. Until then frames are not drawn;
 * ``settled`` is called once the layer is chosen, to send everything again.
 * @param {HTMLCanvasElement} canvas
 * @param {() => void} settled
 * @returns {{offPage?: boolean, resize(width: number, height: number): void,
 *            draw(frame: import("./avatar_layer.js").Frame): void}}
 */
function openLayer(canvas, settled) {
  const layer = openLayerIn(canvas, () => {
    canvas.dataset.layer = layer.offPage ? "worker" : "page"; // for tests and for a curious eye
    settled();
  });
  if (layer instanceof AvatarLayer) canvas.dataset.layer = "page";
  return layer;
}

/** @param {HTMLCanvasElement} canvas @param {() => void} settled */
function openLayerIn(canvas, settled) {
  if (!("transferControlToOffscreen" in canvas) || typeof Worker !== "function") return new AvatarLayer(canvas);
  // A browser that does not know module workers never reads `type`, and would run the module as
  // a plain script: then it is stopped at once and the page draws itself.
  let modules = false;
  const options = {
    get type() {
      modules = true;
      return "module";
    },
  };
  let worker;
  try {
    worker = new Worker(new URL("./avatar_worker.js", import.meta.url), /** @type {WorkerOptions} */ (options));
  } catch {
    return new AvatarLayer(canvas);
  }
  if (!modules) {
    worker.terminate();
    return new AvatarLayer(canvas);
  }
  /** @type {{offPage?: boolean, resize(width: number, height: number): void, draw(frame: any): void} | null} */
  let chosen = null;
  let size = [0, 0];
  const choose = (layer) => {
    if (chosen) return;
    clearTimeout(giveUp);
    chosen = layer;
    if (size[0]) chosen.resize(size[0], size[1]);
    settled();
  };
  const onPage = () => {
    worker.terminate();
    choose(new AvatarLayer(canvas));
  };
  const giveUp = setTimeout(onPage, WORKER_WAIT_MS);
  worker.addEventListener("error", onPage);
  worker.addEventListener("message", ({ data }) => {
    if (data?.t !== "ready" || chosen) return;
    let offscreen;
    try {
      offscreen = canvas.transferControlToOffscreen();
    } catch {
      onPage(); // someone drew on it meanwhile: it stays the page's
      return;
    }
    worker.postMessage({ t: "start", canvas: offscreen }, [offscreen]);
    choose({
      offPage: true,
      resize: (width, height) => worker.postMessage({ t: "resize", width, height }),
      draw: (frame) => worker.postMessage({ t: "draw", frame }, [frame.scene.buffer]),
    });
  });
  return {
    get offPage() {
      return chosen?.offPage ?? false;
    },
    resize(width, height) {
      size = [width, height];
      chosen?.resize(width, height);
    },
    draw(frame) {
      chosen?.draw(frame);
    },
  };
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
