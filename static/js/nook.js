// What this browser knows about its nook: the avatars, their destinations and where each one
// is drawn right now. Pure state (no DOM), fed by `room` and `tick` frames (docs/protocol.md §5).

import { POSES, cleanLook } from "./palette.js";

const WALK_SPEED = 170; // room units per second: an unhurried stroll

export class Nook {
  constructor() {
    this.room = null;
    this.you = null;
    this.count = 0;
    /** @type {Map<string, Avatar>} */
    this.avatars = new Map();
  }

  /** A full snapshot replaces everything; avatars we already knew keep where they are drawn. */
  applyRoom(frame) {
    const previous = this.avatars;
    this.avatars = new Map();
    this.room = frame.room;
    this.count = Number(frame.count) || 0;
    this.you = frame.you?.id ?? null;
    for (const raw of [frame.you, ...(frame.others ?? [])]) {
      if (!raw || typeof raw.id !== "string") continue;
      const avatar = toAvatar(raw);
      const known = previous.get(avatar.id);
      if (known) {
        avatar.px = known.px;
        avatar.py = known.py;
      }
      this.avatars.set(avatar.id, avatar);
    }
    this.count = Math.max(this.count, this.avatars.size);
  }

  /**
   * Apply one delta in the order the protocol asks: leave, join, walk, pose.
   * @returns {{joined: Avatar[], left: Avatar[]}} for announcing comings and goings
   */
  applyTick(frame) {
    const joined = [];
    const left = [];
    for (const id of frame.leave ?? []) {
      const avatar = this.avatars.get(id);
      if (!avatar || id === this.you) continue;
      this.avatars.delete(id);
      left.push(avatar);
    }
    for (const raw of frame.join ?? []) {
      if (!raw || typeof raw.id !== "string") continue;
      const known = this.avatars.get(raw.id);
      const avatar = toAvatar(raw);
      if (known) {
        avatar.px = known.px; // a repeated join must not make anyone jump
        avatar.py = known.py;
      }
      this.avatars.set(avatar.id, avatar);
      if (!known && avatar.id !== this.you) joined.push(avatar);
    }
    for (const entry of frame.walk ?? []) {
      const [id, x, y] = entry;
      const avatar = this.avatars.get(id);
      if (avatar) {
        avatar.x = x;
        avatar.y = y;
      }
    }
    for (const [id, p] of frame.pose ?? []) {
      const avatar = this.avatars.get(id);
      if (avatar && POSES.includes(p)) avatar.p = p;
    }
    this.count = Math.max(0, this.count + joined.length - left.length, this.avatars.size);
    return { joined, left };
  }

  setCount(count) {
    if (Number.isInteger(count)) this.count = Math.max(count, this.avatars.size);
  }

  get me() {
    return this.you ? (this.avatars.get(this.you) ?? null) : null;
  }

  /**
   * Move every drawn position toward its destination at a constant speed.
   * @returns {boolean} whether anyone is still walking
   */
  advance(dtMs, instant = false) {
    const step = (WALK_SPEED * Math.min(dtMs, 250)) / 1000; // a long pause should not teleport
    let moving = false;
    for (const a of this.avatars.values()) {
      const dx = a.x - a.px;
      const dy = a.y - a.py;
      const dist = Math.hypot(dx, dy);
      if (dist === 0) continue;
      if (instant || dist <= step) {
        a.px = a.x;
        a.py = a.y;
      } else {
        a.px += (dx / dist) * step;
        a.py += (dy / dist) * step;
        moving = true;
      }
    }
    return moving;
  }

  /** Drawing order: further back (smaller y) first. */
  inDrawingOrder() {
    return [...this.avatars.values()].sort((a, b) => a.py - b.py || (a.id < b.id ? -1 : 1));
  }

  /** A plain copy for tests and debugging (window.__kakurega). */
  snapshot() {
    return {
      room: this.room,
      you: this.you,
      count: this.count,
      avatars: [...this.avatars.values()].map((a) => ({
        id: a.id,
        name: a.name,
        look: { ...a.look },
        x: a.x,
        y: a.y,
        p: a.p,
        px: Math.round(a.px),
        py: Math.round(a.py),
      })),
    };
  }
}

/** @typedef {{id: string, name: string, look: object, x: number, y: number, p: string, px: number, py: number}} Avatar */

function toAvatar(raw) {
  const x = Number(raw.x) || 0;
  const y = Number(raw.y) || 0;
  return {
    id: raw.id,
    name: String(raw.name ?? ""),
    look: cleanLook(raw.look),
    x,
    y,
    p: POSES.includes(raw.p) ? raw.p : "stand",
    px: x,
    py: y,
  };
}
