// The two ways frames travel (docs/protocol.md §1 and §10): a WebSocket, or HTTP long-polling
// for networks whose filters break WebSockets. Both offer the same small surface to
// connection.js: open(), send(bytes), close(), and the callbacks onOpen, onMessage(bytes),
// onClose(code).

const SUBPROTOCOL = "kakurega.v1";

export class SocketLink {
  constructor(url, { onOpen, onMessage, onClose }) {
    this.url = url;
    this.onOpen = onOpen;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.ws = null;
  }

  get isOpen() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  open() {
    let ws;
    try {
      ws = new WebSocket(this.url, SUBPROTOCOL);
    } catch {
      queueMicrotask(() => this.onClose(1006));
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.addEventListener("open", () => {
      if (this.ws === ws) this.onOpen();
    });
    ws.addEventListener("message", (event) => {
      if (this.ws === ws && event.data instanceof ArrayBuffer) this.onMessage(new Uint8Array(event.data));
    });
    ws.addEventListener("close", (event) => {
      if (this.ws === ws) {
        this.ws = null;
        this.onClose(event.code);
      }
    });
  }

  send(bytes) {
    if (this.isOpen) this.ws.send(bytes);
  }

  close() {
    const ws = this.ws;
    this.ws = null;
    if (ws && ws.readyState <= WebSocket.OPEN) ws.close(1000);
  }
}

// One route per visit: a load balancer hashes on it to keep a session on its server (§10.1).
const ROUTE = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("");

export class PollLink {
  constructor(base, { onOpen, onMessage, onClose }) {
    this.base = base;
    this.onOpen = onOpen;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.token = null;
    this.outgoing = [];
    this.posting = false;
    this.ended = false;
    this.aborter = new AbortController();
  }

  get isOpen() {
    return !this.ended; // frames sent before the session exists go with the request that opens it
  }

  async open() {
    this.onOpen(); // the hello is queued now, and carried by the opening request (§10.1)
    const first = this.outgoing.splice(0);
    try {
      const answer = await this._fetch("/poll", {
        method: "POST",
        ...(first.length ? { headers: { "content-type": "application/octet-stream" }, body: packFrames(first) } : {}),
      });
      if (!answer.ok) throw new Error(String(answer.status));
      const { token } = await answer.json();
      if (this.ended) return;
      this.token = token;
    } catch {
      this._end(1006);
      return;
    }
    this._poll();
    if (this.outgoing.length && !this.posting) this._post();
  }

  send(bytes) {
    if (this.ended) return;
    this.outgoing.push(bytes);
    if (this.token !== null && !this.posting) this._post();
  }

  close() {
    if (this.ended) return;
    this.ended = true;
    this.aborter.abort();
  }

  async _poll() {
    while (!this.ended) {
      let answer;
      let body;
      try {
        answer = await this._fetch(`/poll/${this.token}`, { method: "GET" });
        body = new Uint8Array(await answer.arrayBuffer());
      } catch {
        this._end(1006);
        return;
      }
      if (answer.status !== 200) {
        this._end(1006);
        return;
      }
      for (const frame of unpackFrames(body)) {
        if (this.ended) return;
        this.onMessage(frame);
      }
      const closed = answer.headers.get("kakurega-close");
      if (closed !== null) {
        this._end(Number(closed) || 1006);
        return;
      }
    }
  }

  async _post() {
    this.posting = true;
    while (this.outgoing.length && !this.ended) {
      const body = packFrames(this.outgoing.splice(0));
      try {
        const answer = await this._fetch(`/poll/${this.token}`, {
          method: "POST",
          headers: { "content-type": "application/octet-stream" },
          body,
        });
        // 410: closing; the GET brings the last frames and the code. Anything else: gone.
        if (answer.status !== 204 && answer.status !== 410) this._end(1006);
      } catch {
        this._end(1006);
      }
    }
    this.posting = false;
  }

  _fetch(path, options) {
    const separator = path.includes("?") ? "&" : "?";
    return fetch(`${this.base}${path}${separator}r=${ROUTE}`, {
      ...options,
      cache: "no-store",
      credentials: "omit",
      signal: this.aborter.signal,
    });
  }

  _end(code) {
    if (this.ended) return;
    this.ended = true;
    this.aborter.abort();
    this.onClose(code);
  }
}

/** Frames back to back, each after its 4-byte big-endian length (§10.2). */
export function packFrames(frames) {
  const size = frames.reduce((sum, frame) => sum + 4 + frame.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const frame of frames) {
    view.setUint32(offset, frame.length);
    out.set(frame, offset + 4);
    offset += 4 + frame.length;
  }
  return out;
}

export function unpackFrames(body) {
  const frames = [];
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let offset = 0;
  while (offset + 4 <= body.length) {
    const size = view.getUint32(offset);
    if (offset + 4 + size > body.length) break;
    frames.push(body.subarray(offset + 4, offset + 4 + size));
    offset += 4 + size;
  }
  return frames;
}
