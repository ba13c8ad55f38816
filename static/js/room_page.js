// A room page: step in with the saved name and look, or go to the entrance to choose them first.
// そうだんのまど opens without a name: its card is there at once, and being among others is offered.

import { mountFeature } from "./feature.js";
import { forgetIdentity, loadIdentity } from "./identity.js";
import { reducedMotion } from "./motion.js";
import { pageData } from "./page_data.js";
import { RoomSession } from "./room_session.js";

const data = pageData();
const room = data.room;
const identity = loadIdentity();
const openWithoutName = (data.openWithoutName ?? []).includes(room.slug);
const toEntrance = `/?next=${encodeURIComponent(room.slug)}`;

if (!identity && openWithoutName) {
  // No world without a name, but everything the room is for.
  for (const part of document.querySelectorAll("[data-stage], .room-bar")) part.hidden = true;
  const note = document.querySelector("[data-no-name]");
  if (note) note.hidden = false;
  mountFeature(document.getElementById("feature"), data.feature, {
    room: room.slug,
    overlay: null,
    onCounts: () => {},
    reducedMotion: reducedMotion(),
  });
} else if (!identity) {
  window.location.replace(toEntrance);
} else {
  const session = new RoomSession(document.querySelector("main"), {
    room,
    // A saved name the policy now refuses: choose a new one at the entrance, then come back.
    onRefused: () => {
      forgetIdentity();
      window.location.replace(toEntrance);
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
