// The avatars' layer drawn off the page's main thread: the room view hands this worker its canvas
// (transferControlToOffscreen) and then only sends where everyone is. The page stays free for
// taps and words, and a slow tablet's frames do not queue behind the drawing.

import { AvatarLayer } from "./avatar_layer.js";

/** @type {AvatarLayer | null} */
let layer = null;

self.addEventListener("message", ({ data }) => {
  if (data?.t === "start") layer = new AvatarLayer(data.canvas);
  else if (data?.t === "resize") layer?.resize(data.width, data.height);
  else if (data?.t === "draw") layer?.draw(data.frame);
});
