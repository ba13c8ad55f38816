// The connection to the server (docs/protocol.md): MessagePack frames over a WebSocket or, where
// a filter breaks WebSockets, over HTTP long-polling (links.js); keep-alive pings; reconnection
// that waits a random time (full jitter) so a restart does not cause a stampede.

import { decode, encode } from "/static/vendor/msgpack/index.mjs";
import { PollLink, SocketLink } from "./links.js";

const PROTOCOL_VERSION = 1;
const PING_MS = 25_000;
// After an unplanned close the next try waits a random 0–5 s, then up to twice that each time.
const FIRST_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60_000;
// A WebSocket that cannot be opened, or brings no welcome this long after opening, has failed;
// twice in a row, and the rest of the visit goes by long-polling (remembered for the day).
const WELCOME_MS = 4_000;
const SOCKET_FAILURES_BEFORE_POLLING = 2;
const TRANSPORT_KEY = "kakurega.transport";
const BROWSER_KEY = "kakurega.browser"; // "<day> <random hex>": visit statistics only
// Reasons that mean "this client is wrong": retrying would only loop.
const FATAL_REASONS = new Set(["bad_frame", "version", "too_big"]);
const FATAL_CODES = new Set([1003, 1009, 4002, 4006]);

/**
 * States reported to onStatus:
 *  "connecting"   first attempt under way (also while trying the other transport)
 *  "refused"      the name was refused; waiting for another name on the same connection
 *  "open"         welcomed and in a room
 *  "reconnecting" lost; trying again after a pause
 *  "resting"      closed for being idle; reconnects when the visitor comes back
 *  "stopped"      the server said this client is broken; no more retries
 */
export class Connection {
  /**
   * @param {{onFrame: (frame: object) => void, onStatus?: (status: string) => void,
   *          url?: string, base?: string, mode?: "ws" | "poll"}} options
   */
  constructor({ onFrame, onStatus = () => {}, url = socketUrl(), base = "", mode = rememberedMode() }) {
    this.onFrame = onFrame;
    this.onStatus = onStatus;
    this.url = url;
    this.base = base;
    this.mode = mode; // "ws" until WebSockets fail here, then "poll" for the rest of the visit
    this.socketFailures = 0;
    this.hello = null;
    this.link = null;
    this.welcomed = false;
    this.everWelcomed = false;
    this.refused = false;
    this.attempt = 0;
    this.retryTimer = 0;
    this.welcomeTimer = 0;
    this.pingTimer = 0;
    this.pingN = 0;
    this.bye = null;
    this.status = "idle";
    this._wake = () => this._wakeUp();
  }

  /** Connect and introduce ourselves with {name, look, room, pass?}. */
  start(hello) {
    this.hello = hello;
    this._open("connecting");
  }

  /** Try another name: on the same connection after a refusal, else on a fresh one. */
  rename(hello) {
    this.hello = hello;
    if (this.link?.isOpen && !this.welcomed) {
      this._sendHello();
      return;
    }
    this._drop();
    this._open("connecting");
  }

  /** Follow the visitor into another room (re-used by reconnects, so they land in the same room). */
  setRoom(room) {
    if (this.hello) this.hello = { ...this.hello, room };
  }

  send(frame) {
    if (!this.welcomed || !this.link?.isOpen) return false;
    this.link.send(encode(frame));
    return true;
  }

  close() {
    this._listenForReturn(false);
    this._drop();
    this._setStatus("stopped");
  }

  _open(status) {
    clearTimeout(this.retryTimer);
    this._setStatus(status);
    this.welcomed = false;
    this.refused = false;
    this.bye = null;
    const callbacks = {
      onOpen: () => this._opened(link),
      onMessage: (bytes) => {
        if (this.link === link) this._receive(bytes);
      },
      onClose: (code) => {
        if (this.link === link) this._closed(code);
      },
    };
    const link = this.mode === "poll" ? new PollLink(this.base, callbacks) : new SocketLink(this.url, callbacks);
    this.link = link;
    link.open();
  }

  _opened(link) {
    if (this.link !== link) return;
    this._sendHello();
    this.pingTimer = setInterval(() => this._ping(), PING_MS);
    if (this.mode === "ws" && !this.everWelcomed) {
      // A filter may let the upgrade through and then hold every frame: no welcome, no close.
      this.welcomeTimer = setTimeout(() => {
        if (this.link === link && !this.welcomed && !this.refused) this._closed(1006);
      }, WELCOME_MS);
    }
  }

  _sendHello() {
    const { name, look, room, pass } = this.hello;
    const b = browserToday();
    // The name's pass, when a welcome gave one: the server skips the name check (docs/protocol.md).
    const extra = { ...(b ? { b } : {}), ...(typeof pass === "string" ? { pass } : {}) };
    this.link.send(encode({ t: "hello", v: PROTOCOL_VERSION, name, look, room, ...extra }));
  }

  _ping() {
    if (!this.link?.isOpen) return;
    this.pingN = (this.pingN + 1) % 0x7fffffff;
    this.link.send(encode({ t: "ping", n: this.pingN }));
  }

  _receive(bytes) {
    let frame;
    try {
      frame = decode(bytes);
    } catch {
      return;
    }
    if (!frame || typeof frame !== "object" || typeof frame.t !== "string") return;
    switch (frame.t) {
      case "welcome":
        clearTimeout(this.welcomeTimer);
        this.welcomed = true;
        this.everWelcomed = true;
        this.refused = false;
        this.attempt = 0;
        this.socketFailures = 0;
        // Every later hello (a reconnect, here or to another instance) brings the name as accepted
        // and its pass, so it is not checked again.
        if (typeof frame.pass === "string" && typeof frame.name === "string") {
          this.hello = { ...this.hello, name: frame.name, pass: frame.pass };
        }
        this._setStatus("open");
        break;
      case "name_refused":
        clearTimeout(this.welcomeTimer);
        this.refused = true;
        this.everWelcomed = true; // the server answered: this transport works here
        this._setStatus("refused");
        break;
      case "bye":
        this.bye = frame;
        break;
      default:
        break;
    }
    this.onFrame(frame);
  }

  _closed(code) {
    const bye = this.bye;
    const wasRefused = this.refused && !this.welcomed;
    const answered = this.welcomed || this.refused || bye !== null;
    this._drop();
    if (FATAL_CODES.has(code) || (bye && FATAL_REASONS.has(bye.reason))) {
      this._setStatus("stopped");
      return;
    }
    if (wasRefused) {
      // Waiting for a new name: the next rename() opens a fresh connection.
      this._setStatus("refused");
      return;
    }
    if (bye?.reason === "idle" || code === 4000) {
      this._setStatus("resting");
      this._listenForReturn(true);
      return;
    }
    if (this.mode === "ws" && !this.everWelcomed && !answered) {
      // The WebSocket never got as far as a word from the server: perhaps a filter on the way.
      this.socketFailures += 1;
      if (this.socketFailures >= SOCKET_FAILURES_BEFORE_POLLING) {
        this.mode = "poll";
        rememberPolling();
        this._open(this.status === "reconnecting" ? "reconnecting" : "connecting");
        return;
      }
      if (this.status === "connecting") {
        // Once more at once, without a word to the visitor: a child never has to choose.
        this.retryTimer = setTimeout(() => this._open("connecting"), 300 + Math.random() * 700);
        return;
      }
    }
    this._scheduleRetry(typeof bye?.retry_ms === "number" ? bye.retry_ms : null);
  }

  _wakeUp() {
    if (this.status !== "resting" || document.visibilityState !== "visible") return;
    this._listenForReturn(false);
    this._open("reconnecting");
  }

  _listenForReturn(on) {
    const targets = [
      [document, ["pointerdown", "keydown", "visibilitychange"]],
      [window, ["focus"]],
    ];
    for (const [target, types] of targets) {
      for (const type of types) {
        if (on) target.addEventListener(type, this._wake, { passive: true });
        else target.removeEventListener(type, this._wake);
      }
    }
  }

  _scheduleRetry(retryMs = null) {
    // Full jitter: anywhere from 0 to a ceiling that doubles with each failed try, so the
    // visitors of a restarted server come back spread out rather than all at once. A bye's
    // retry_ms (a refusal for "full", a drain) already carries the server's own spread.
    const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** this.attempt);
    const delay = retryMs ?? Math.random() * ceiling;
    this.attempt += 1;
    this._setStatus("reconnecting");
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this._open("reconnecting"), delay);
  }

  _drop() {
    clearInterval(this.pingTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.welcomeTimer);
    const link = this.link;
    this.link = null;
    this.welcomed = false;
    link?.close();
  }

  _setStatus(status) {
    if (status === this.status) return;
    this.status = status;
    this.onStatus(status);
  }
}

export function socketUrl(loc = window.location) {
  const scheme = loc.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${loc.host}/ws`;
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * A random id for today only, so that the server counts a reconnect as the same visit and
 * estimates how many browsers came (docs/privacy.md). A new one each day; none without storage.
 */
function browserToday() {
  try {
    const [day, id] = (localStorage.getItem(BROWSER_KEY) ?? "").split(" ");
    if (day === today() && id) return id;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const fresh = Array.from(bytes, (n) => n.toString(16).padStart(2, "0")).join("");
    localStorage.setItem(BROWSER_KEY, `${today()} ${fresh}`);
    return fresh;
  } catch {
    return null;
  }
}

/** "poll" if WebSockets failed on this device today (they are tried afresh tomorrow), else "ws". */
export function rememberedMode() {
  try {
    return localStorage.getItem(TRANSPORT_KEY) === `poll ${today()}` ? "poll" : "ws";
  } catch {
    return "ws";
  }
}

function rememberPolling() {
  try {
    localStorage.setItem(TRANSPORT_KEY, `poll ${today()}`);
  } catch {
    // storage is off: the next page tries WebSockets again, and falls back again
  }
}
