// Being in a room: the connection, the nook, the picture, walking and poses, counts and the
// screen-reader voice. Shared by the entrance and every room page.

import { Announcer } from "./announcer.js";
import { AvatarPainter } from "./avatars.js";
import { Connection } from "./connection.js";
import { showCounts, showRoomCount } from "./counts_view.js";
import { rememberPass } from "./identity.js";
import { reducedMotion } from "./motion.js";
import { Nook } from "./nook.js";
import { NookText } from "./nook_text.js";
import { RoomView } from "./room_view.js";

const WALK_GAP_MS = 150; // stays well under the server's frames_per_second
const KEY_STEP = 48;
const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
// Away this long, "reconnecting" alone leaves a child waiting without knowing for what.
const LONG_AWAY_MS = 12_000;
const STATUS_TEXT = {
  reconnecting: "つながりなおしてるよ…",
  longAway: "なかなか つながらないね。ここで まっていても いいよ。はなしたい ときは、うえの「そうだん」を ひらいてね",
  resting: "ひとやすみ ちゅう。さわると もどるよ",
  stopped: "いまは つながらないみたい。すこし したら ページを よみなおしてね",
};

export class RoomSession {
  /**
   * @param {HTMLElement} root element holding the stage partial
   * @param {{room: {slug: string, night: boolean, walkable: number[]},
   *          onWelcome?: (frame: object) => void, onRefused?: (frame: object) => void}} options
   */
  constructor(root, { room, onWelcome = () => {}, onRefused = () => {} }) {
    this.root = root;
    this.room = room;
    this.onWelcome = onWelcome;
    this.onRefused = onRefused;
    this.countListeners = [];
    this.latestCounts = null;
    this.liveCounts = false;
    this.walkTimer = 0;
    this.lastWalkAt = 0;
    this.pendingWalk = null;

    this.canvas = root.querySelector("[data-room-canvas]");
    this.overlay = root.querySelector("[data-overlay]");
    this.statusEl = root.querySelector("[data-status]");
    this.countEl = root.querySelector("[data-room-count]");
    this.posesEl = root.querySelector("[data-poses]");
    this.nook = new Nook();
    this.painter = new AvatarPainter(() => this.view.requestDraw());
    this.view = new RoomView(this.canvas, {
      slug: room.slug,
      night: Boolean(room.night),
      nook: this.nook,
      painter: this.painter,
      reducedMotion,
    });
    this.announcer = new Announcer(root.querySelector("[data-announcer]"));
    this.nookText = new NookText(root.querySelector("[data-nook-text]"));
    this.connection = new Connection({
      onFrame: (frame) => this._frame(frame),
      onStatus: (status) => this._status(status),
    });
    this._wireInput();
    exposeForTests(this);
  }

  /** @param {{name: string, look: object}} identity */
  start(identity) {
    this.connection.start({ ...identity, room: this.room.slug });
  }

  rename(identity) {
    this.connection.rename({ ...identity, room: this.room.slug });
  }

  /** Live counts for a room feature: called now with the latest known, then on every counts frame. */
  onCounts(cb) {
    this.countListeners.push(cb);
    if (this.latestCounts) cb(this.latestCounts);
  }

  /** Counts from the server-rendered page or /api/counts, until the socket brings live ones. */
  seedCounts(counts) {
    if (!this.liveCounts && counts) this._counts(counts);
  }

  _frame(frame) {
    switch (frame.t) {
      case "welcome":
        // A room page's welcome may bring a new pass (the rules changed since): kept with the name.
        rememberPass(frame.name, frame.pass);
        this.liveCounts = true;
        this._counts({ rooms: frame.rooms, total: frame.total, scope: "all" });
        this.onWelcome(frame);
        break;
      case "name_refused":
        this.onRefused(frame);
        break;
      case "room":
        this.nook.applyRoom(frame);
        this.announcer.entered(this.nook.count);
        this._afterChange();
        break;
      case "tick": {
        const { joined, left } = this.nook.applyTick(frame);
        if (joined.length) this.announcer.joined(joined.map((a) => a.name));
        if (left.length) this.announcer.left(left.map((a) => a.name));
        this._afterChange();
        break;
      }
      case "counts":
        this.liveCounts = true;
        this._counts(frame);
        break;
      default:
        break;
    }
  }

  _afterChange() {
    this.nookText.update(this.nook);
    showRoomCount(this.countEl, this.nook.count);
    this._showPose(this.nook.me?.p);
    this.view.requestDraw();
  }

  _counts(frame) {
    if (!frame?.rooms) return;
    const counts = { rooms: frame.rooms, total: frame.total, scope: frame.scope ?? "all" };
    this.latestCounts = counts;
    this.nook.setCount(counts.rooms[this.room.slug]);
    showCounts(counts);
    showRoomCount(this.countEl, this.nook.you ? this.nook.count : counts.rooms[this.room.slug]);
    for (const cb of this.countListeners) {
      try {
        cb(counts);
      } catch (error) {
        console.warn(error);
      }
    }
  }

  _status(status) {
    clearTimeout(this.longAwayTimer);
    if (status === "reconnecting") {
      this.longAwayTimer = setTimeout(() => this._showStatus(STATUS_TEXT.longAway, true), LONG_AWAY_MS);
    }
    this._showStatus(STATUS_TEXT[status]);
    if (this.posesEl && status === "open") this.posesEl.hidden = false;
    this.root.dataset.connection = status;
  }

  _showStatus(text, long = false) {
    if (!this.statusEl) return;
    this.statusEl.hidden = !text;
    this.statusEl.textContent = text ?? "";
    this.statusEl.classList.toggle("stage__status--long", long);
  }

  _wireInput() {
    this.canvas.addEventListener("pointerdown", (event) => {
      if (!event.isPrimary) return;
      const { x, y } = this.view.roomPoint(event);
      this._walk(x, y);
    });
    this.canvas.addEventListener("keydown", (event) => {
      const dir = KEYS[event.key];
      const me = this.nook.me;
      if (!dir || !me) return;
      event.preventDefault();
      this._walk(me.x + dir[0] * KEY_STEP, me.y + dir[1] * KEY_STEP);
    });
    this.posesEl?.addEventListener("click", (event) => {
      const button = event.target instanceof Element ? event.target.closest("[data-pose]") : null;
      if (!button) return;
      const p = button.dataset.pose;
      if (this.connection.send({ t: "pose", p })) {
        if (this.nook.me) this.nook.me.p = p;
        this._showPose(p);
        this.view.requestDraw();
      }
    });
  }

  /** Walk there now (the server clamps too); sends are paced so held arrow keys stay polite. */
  _walk(x, y) {
    const [x0, y0, x1, y1] = this.room.walkable ?? [40, 430, 984, 740];
    const target = {
      x: Math.round(Math.min(Math.max(x, x0), x1)),
      y: Math.round(Math.min(Math.max(y, y0), y1)),
    };
    const me = this.nook.me;
    if (!me) return;
    me.x = target.x;
    me.y = target.y;
    this.view.requestDraw();
    this.pendingWalk = target;
    const wait = this.lastWalkAt + WALK_GAP_MS - performance.now();
    if (wait <= 0) this._sendWalk();
    else if (!this.walkTimer) this.walkTimer = setTimeout(() => this._sendWalk(), wait);
  }

  _sendWalk() {
    this.walkTimer = 0;
    if (!this.pendingWalk) return;
    const { x, y } = this.pendingWalk;
    this.pendingWalk = null;
    this.lastWalkAt = performance.now();
    this.connection.send({ t: "walk", x, y });
  }

  _showPose(p) {
    if (!this.posesEl || !p) return;
    for (const button of this.posesEl.querySelectorAll("[data-pose]")) {
      const pressed = String(button.dataset.pose === p);
      // Called on every tick: an unchanged attribute is not written again (no restyle).
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    }
  }
}

/** A read-only look at the nook for browser tests and curious developers. */
function exposeForTests(session) {
  window.__kakurega = {
    state: () => session.nook.snapshot(),
    status: () => session.connection.status,
    transport: () => session.connection.mode,
    counts: () => session.latestCounts,
  };
}
