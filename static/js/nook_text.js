// The nook in words, for anyone who cannot see the picture: who is here now and what each one
// is doing (「ねこさん すわってる」). It reads the client's world state (nook.js) and knows
// nothing of how the room is drawn. The list sits in a <details> that the keyboard reaches;
// changes are gathered and written at most every few seconds into a polite live region, and
// only the lines that changed are touched, so a screen reader hears what is new, not everything.

const GAP_MS = 3000;
const DOING = { stand: "たってる", sit: "すわってる", sleep: "ねてる", lookup: "そらを みてる" };

/** @param {{ you: string | null, avatars: Iterable<{id: string, name: string, p: string}> }} nook */
export function describe(nook) {
  const lines = [];
  for (const a of nook.avatars) {
    const who = a.id === nook.you ? `${a.name}さん（きみ）` : `${a.name}さん`;
    lines.push({ id: a.id, text: `${who} ${DOING[a.p] ?? DOING.stand}`, you: a.id === nook.you });
  }
  // You first, then everyone else by name, so the list does not jump around as people walk.
  return lines.sort((x, y) => Number(y.you) - Number(x.you) || x.text.localeCompare(y.text, "ja"));
}

export class NookText {
  /** @param {HTMLElement | null} root the [data-nook-text] element (partials/stage.html) */
  constructor(root, gapMs = GAP_MS) {
    this.root = root;
    this.list = root?.querySelector("[data-nook-text-list]") ?? null;
    this.summary = root?.querySelector("[data-nook-text-count]") ?? null;
    this.gapMs = gapMs;
    this.pending = null;
    this.timer = 0;
    this.lastWrote = 0;
  }

  /** Called after every change of the nook; the words are made only when they are written. */
  update(nook) {
    if (!this.list) return;
    this.pending = nook; // ticks come many times a second; describing (a Japanese sort) waits
    if (this.timer) return;
    const wait = Math.max(0, this.lastWrote + this.gapMs - Date.now());
    this.timer = setTimeout(() => this._write(), wait);
  }

  _write() {
    this.timer = 0;
    const nook = this.pending;
    this.pending = null;
    const lines = nook ? describe({ you: nook.you, avatars: nook.avatars.values() }) : [];
    this.lastWrote = Date.now();
    this.root.hidden = false;
    const old = new Map([...this.list.children].map((li) => [li.dataset.id, li]));
    lines.forEach((line, index) => {
      let li = old.get(line.id);
      old.delete(line.id);
      if (!li) {
        li = document.createElement("li");
        li.dataset.id = line.id;
      }
      if (li.textContent !== line.text) li.textContent = line.text;
      if (this.list.children[index] !== li) this.list.insertBefore(li, this.list.children[index] ?? null);
    });
    for (const li of old.values()) li.remove();
    if (this.summary) this.summary.textContent = `${lines.length}にん`;
  }
}
