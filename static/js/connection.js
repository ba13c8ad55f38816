// The WebSocket to the server (docs/protocol.md): MessagePack frames, keep-alive pings,
// and gentle reconnection with backoff + jitter so a restart does not cause a stampede.

import { decode, encode } from "/static/vendor/msgpack/index.mjs";

const SUBPROTOCOL = "kakurega.v1";
const PROTOCOL_VERSION = 1;
const PING_MS = 25_000;
const MAX_BACKOFF_MS = 30_000;
// Reasons that mean "this client is wrong": retrying would only loop.
const FATAL_REASONS = new Set(["bad_frame", "version", "too_big"]);
const FATAL_CODES = new Set([1003, 1009, 4002, 4006]);

/**
 * States reported to onStatus:
 *  "connecting"   first attempt under way
 *  "refused"      the name was refused; waiting for another name on the same socket
 *  "open"         welcomed and in a room
 *  "reconnecting" lost; trying again after a pause
 *  "resting"      closed for being idle; reconnects when the visitor comes back
 *  "stopped"      the server said this client is broken; no more retries
 */
export class Connection {
  /**
   * @param {{onFrame: (frame: object) => void, onStatus?: (status: string) => void, url?: string}} options
   */
  constructor({ onFrame, onStatus = () => {}, url = socketUrl() }) {
    this.onFrame = onFrame;
    this.onStatus = onStatus;
    this.url = url;
    this.hello = null;
    this.ws = null;
    this.welcomed = false;
    this.refused = false;
    this.attempt = 0;
    this.retryTimer = 0;
    this.pingTimer = 0;
    this.pingN = 0;
    this.bye = null;
    this.status = "idle";
    this._wake = () => this._wakeUp();
  }

  /** Connect and introduce ourselves with {name, look, room}. */
  start(hello) {
    this.hello = hello;
    this._open("connecting");
  }

  /** Try another name: on the same socket after a refusal, else on a fresh connection. */
  rename(hello) {
    this.hello = hello;
    if (this.ws && this.ws.readyState === WebSocket.OPEN && !this.welcomed) {
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
    if (!this.welcomed || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(encode(frame));
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
    let ws;
    try {
      ws = new WebSocket(this.url, SUBPROTOCOL);
    } catch {
      this._scheduleRetry();
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.addEventListener("open", () => {
      if (this.ws !== ws) return;
      this._sendHello();
      this.pingTimer = setInterval(() => this._ping(), PING_MS);
    });
    ws.addEventListener("message", (event) => {
      if (this.ws === ws) this._receive(event.data);
    });
    ws.addEventListener("close", (event) => {
      if (this.ws === ws) this._closed(event.code);
    });
  }

  _sendHello() {
    const { name, look, room } = this.hello;
    this.ws.send(encode({ t: "hello", v: PROTOCOL_VERSION, name, look, room }));
  }

  _ping() {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return;
    this.pingN = (this.pingN + 1) % 0x7fffffff;
    this.ws.send(encode({ t: "ping", n: this.pingN }));
  }

  _receive(data) {
    if (!(data instanceof ArrayBuffer)) return; // the protocol is binary only
    let frame;
    try {
      frame = decode(new Uint8Array(data));
    } catch {
      return;
    }
    if (!frame || typeof frame !== "object" || typeof frame.t !== "string") return;
    switch (frame.t) {
      case "welcome":
        this.welcomed = true;
        this.refused = false;
        this.attempt = 0;
        this._setStatus("open");
        break;
      case "name_refused":
        this.refused = true;
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
    this._drop();
    if (FATAL_CODES.has(code) || (bye && FATAL_REASONS.has(bye.reason))) {
      this._setStatus("stopped");
      return;
    }
    if (wasRefused) {
      // Waiting for a new name: the next rename() opens a fresh socket.
      this._setStatus("refused");
      return;
    }
    if (bye?.reason === "idle" || code === 4000) {
      this._setStatus("resting");
      this._listenForReturn(true);
      return;
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
    const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt) * (0.5 + Math.random());
    const delay = retryMs ?? backoff;
    this.attempt += 1;
    this._setStatus("reconnecting");
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this._open("reconnecting"), delay);
  }

  _drop() {
    clearInterval(this.pingTimer);
    clearTimeout(this.retryTimer);
    const ws = this.ws;
    this.ws = null;
    this.welcomed = false;
    if (ws && ws.readyState <= WebSocket.OPEN) ws.close(1000);
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
