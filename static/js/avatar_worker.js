// The avatars' layer drawn off the page's main thread: the room view hands this worker its canvas
// (transferControlToOffscreen) and then only sends where everyone is. The page stays free for
// taps and words, and a slow tablet's frames do not queue behind the drawing.

import { AvatarLayer } from "./avatar_layer.js";

/** @type {AvatarLayer | null} */
let layer = null;
/** @type {import("./avatar_layer.js").Frame | null} what the next animation frame draws */
let next = null;
// Drawn in the display's next frame; frames that arrive before it are merged into one.
const nextFrame = self.requestAnimationFrame?.bind(self) ?? ((draw) => setTimeout(draw, 0));

self.addEventListener("message", ({ data }) => {
  if (data?.t === "start") layer = new AvatarLayer(data.canvas);
  else if (data?.t === "resize") {
    layer?.resize(data.width, data.height);
    next = null;
  } else if (data?.t === "draw") {
    if (!next) nextFrame(draw);
    next = next ? merged(next, data.frame) : data.frame;
  }
});

// Loaded and running: now the page may hand over its canvas (room_view.js waits for this).
self.postMessage({ t: "ready" });

function draw() {
  const frame = next;
  next = null;
  if (frame) layer?.draw(frame);
}

/**
 * Two frames as one: the later scene, every bitmap sent in either (those before a reset are
 * forgotten anyway), and every bitmap either asked to forget.
 * @param {import("./avatar_layer.js").Frame} a @param {import("./avatar_layer.js").Frame} b
 */
function merged(a, b) {
  return {
    scene: b.scene,
    reset: a.reset || b.reset,
    sprites: b.reset ? (b.sprites ?? []) : [...(a.sprites ?? []), ...(b.sprites ?? [])],
    drop: [...(a.drop ?? []), ...(b.drop ?? [])],
  };
}

// For page_cost and curious developers: how many frames this worker has painted.
self.__kakurega = { framesDrawn: () => layer?.frames ?? 0 };
