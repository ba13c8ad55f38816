// A room page: step in with the saved name and look, or go to the entrance to choose them first.

import { mountFeature } from "./feature.js";
import { forgetIdentity, loadIdentity } from "./identity.js";
import { reducedMotion } from "./motion.js";
import { pageData } from "./page_data.js";
import { RoomSession } from "./room_session.js";

const data = pageData();
const room = data.room;
const identity = loadIdentity();

if (!identity) {
  window.location.replace(`/?next=${encodeURIComponent(room.slug)}`);
} else {
  const session = new RoomSession(document.querySelector("main"), {
    room,
    // A saved name the policy now refuses: choose a new one at the entrance, then come back.
    onRefused: () => {
      forgetIdentity();
      window.location.replace(`/?next=${encodeURIComponent(room.slug)}`);
    },
  });
  if (data.counts && Object.keys(data.counts).length) {
    const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
    session.seedCounts({ rooms: data.counts, total, scope: "all" });
  }
  session.start(identity);
  mountFeature(document.getElementById("feature"), data.feature, {
    room: room.slug,
    overlay: session.overlay,
    onCounts: (cb) => session.onCounts(cb),
    reducedMotion: reducedMotion(),
  });
}
