// The screen-reader voice of the room: how many are here, who came, who left.
// Comings and goings are gathered and spoken at most every few seconds so it never chatters.

const GAP_MS = 4000;

export class Announcer {
  /** @param {HTMLElement | null} region an aria-live="polite" element */
  constructor(region, gapMs = GAP_MS) {
    this.region = region;
    this.gapMs = gapMs;
    this.came = [];
    this.went = [];
    this.lastSpoke = 0;
    this.timer = 0;
  }

  entered(count) {
    this.came = [];
    this.went = [];
    this._say(`ここには ${count}にん いるよ`);
  }

  joined(names) {
    this.came.push(...names);
    this._schedule();
  }

  left(names) {
    this.went.push(...names);
    this._schedule();
  }

  _schedule() {
    if (this.timer) return;
    const wait = Math.max(0, this.lastSpoke + this.gapMs - Date.now());
    this.timer = setTimeout(() => this._flush(), wait);
  }

  _flush() {
    this.timer = 0;
    const parts = [phrase(this.came, "きたよ"), phrase(this.went, "でかけたよ")].filter(Boolean);
    this.came = [];
    this.went = [];
    if (parts.length) this._say(parts.join("。"));
  }

  _say(text) {
    if (!this.region) return;
    this.lastSpoke = Date.now();
    this.region.textContent = text;
  }
}

function phrase(names, verb) {
  if (names.length === 0) return "";
  if (names.length === 1) return `${names[0]}さんが ${verb}`;
  return `${names[0]}さんたち ${names.length}にんが ${verb}`;
}
