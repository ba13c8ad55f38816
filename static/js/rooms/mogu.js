// もぐもぐのへや: the visitor writes what hurts and the creature eats the paper.
//
// The words never leave this page: this module makes no request, opens no
// socket and stores nothing. It reads the textarea to know whether it is empty
// and whether the words sound heavy (checked here, on the device, with rules
// generated from the safety lexicon: ../heavy_words.js), then clears it; the
// flying paper is a blank drawing, not a copy. Heavy words are eaten all the
// same, and then もぐもぐ answers kindly and the hotline card is shown.

import { isHeavy, loadRules } from "../heavy_words.js";
import { reveal, pick, wait } from "./lib/feature.js";

const CHEW_MS = 1800;

const KIND_WORDS = [
  "たべたよ。ちょっと かるく なったかな",
  "もぐもぐ、ごっくん。ぜんぶ たべたよ",
  "たべたよ。おしえて くれて ありがとう",
  "おもかったね。ぼくが たべたから、すこし やすんでね",
  "ごちそうさま。また いつでも もってきてね",
  "たべたよ。ここには もう ないよ",
];

const EMPTY_WORDS = "まだ まっしろ だね。かけたら もってきてね";
const HEAVY_WORDS = "おもたい きもち、たべたよ。おしえて くれて ありがとう。ひとに はなすのも、ひとつの やりかただよ";

/**
 * @param {HTMLElement} section
 * @param {{ reducedMotion: boolean }} ctx
 */
export function mount(section, ctx) {
  const root = section.querySelector("[data-kf='mogu']");
  if (!root) return () => {};
  /** @type {HTMLTextAreaElement} */
  const paper = root.querySelector("[data-kf-paper]");
  /** @type {HTMLButtonElement} */
  const feed = root.querySelector("[data-kf-feed]");
  /** @type {HTMLImageElement} */
  const creature = root.querySelector(".kf-mogu__creature");
  const say = root.querySelector("[data-kf-say]");
  const care = root.querySelector("[data-kf-care]");
  const rules = loadRules();
  const closedSrc = creature.getAttribute("src");
  const openSrc = creature.dataset.openSrc;
  new Image().src = openSrc; // warm the cache so the mouth opens without a blink

  reveal(root);
  paper.value = ""; // a browser may restore an old draft on "back"; start blank

  let lastWords = "";
  let busy = false;

  async function eat() {
    if (busy) return;
    if (paper.value.trim() === "") {
      say.textContent = EMPTY_WORDS;
      paper.focus();
      return;
    }
    busy = true;
    feed.disabled = true;
    // Only a yes or no is kept; the words themselves go nowhere.
    const heavy = isHeavy(paper.value, await rules);
    const ball = blankPaperOver(root, paper);
    paper.value = "";

    creature.src = openSrc;
    say.textContent = "あーん";
    if (ctx.reducedMotion) {
      await fadeAway(ball);
    } else {
      await crumple(ball, paper);
      await fly(ball, root, creature);
    }
    ball.remove();
    creature.src = closedSrc;

    say.textContent = "もぐもぐ…";
    if (!ctx.reducedMotion) creature.classList.add("is-chewing");
    await wait(CHEW_MS);
    creature.classList.remove("is-chewing");

    if (heavy) {
      say.textContent = HEAVY_WORDS;
      if (care) {
        care.hidden = false;
        care.scrollIntoView({ block: "nearest", behavior: ctx.reducedMotion ? "auto" : "smooth" });
      }
    } else {
      lastWords = pick(KIND_WORDS, lastWords);
      say.textContent = lastWords;
    }
    feed.disabled = false;
    busy = false;
  }

  feed.addEventListener("click", eat);
  return () => feed.removeEventListener("click", eat);
}

/** A blank sheet lying exactly where the textarea is. */
function blankPaperOver(root, paper) {
  const box = relativeBox(paper, root);
  const sheet = document.createElement("div");
  sheet.className = "kf-mogu__sheet";
  sheet.setAttribute("aria-hidden", "true");
  Object.assign(sheet.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  root.append(sheet);
  return sheet;
}

function fadeAway(sheet) {
  return sheet.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 700, fill: "forwards" })
    .finished;
}

/** Fold the sheet into a small round ball where it lies. */
async function crumple(sheet, paper) {
  const w = paper.offsetWidth;
  const h = paper.offsetHeight;
  const size = 64;
  const dx = (w - size) / 2;
  const dy = (h - size) / 2;
  const left = parseFloat(sheet.style.left);
  const top = parseFloat(sheet.style.top);
  await sheet.animate(
    [
      { left: `${left}px`, top: `${top}px`, width: `${w}px`, height: `${h}px`, borderRadius: "10px", transform: "rotate(0deg)" },
      { left: `${left + dx * 0.6}px`, top: `${top + dy * 0.5}px`, width: `${w * 0.4 + size * 0.6}px`, height: `${h * 0.5 + size * 0.5}px`, borderRadius: "30%", transform: "rotate(-8deg)" },
      { left: `${left + dx}px`, top: `${top + dy}px`, width: `${size}px`, height: `${size}px`, borderRadius: "46% 54% 50% 50%", transform: "rotate(14deg)" },
    ],
    { duration: 650, easing: "ease-in-out", fill: "forwards" },
  ).finished;
  Object.assign(sheet.style, {
    left: `${left + dx}px`,
    top: `${top + dy}px`,
    width: `${size}px`,
    height: `${size}px`,
    borderRadius: "46% 54% 50% 50%",
  });
  sheet.classList.add("is-ball");
}

/** Throw the ball in an arc into the creature's mouth. */
async function fly(ball, root, creature) {
  const from = relativeBox(ball, root);
  const to = relativeBox(creature, root);
  // The mouth sits a little above the middle of the drawing.
  const mouthX = to.left + to.width * 0.5 - from.width / 2;
  const mouthY = to.top + to.height * 0.48 - from.height / 2;
  const dx = mouthX - from.left;
  const dy = mouthY - from.top;
  const lift = Math.min(dy, 0) - 90;
  await ball.animate(
    [
      { transform: "translate(0, 0) rotate(14deg) scale(1)", opacity: 1 },
      { transform: `translate(${dx * 0.5}px, ${lift}px) rotate(200deg) scale(0.85)`, opacity: 1, offset: 0.5 },
      { transform: `translate(${dx}px, ${dy}px) rotate(380deg) scale(0.45)`, opacity: 1, offset: 0.9 },
      { transform: `translate(${dx}px, ${dy}px) rotate(400deg) scale(0.1)`, opacity: 0 },
    ],
    { duration: 950, easing: "ease-in-out", fill: "forwards" },
  ).finished;
}

function relativeBox(el, root) {
  const a = el.getBoundingClientRect();
  const b = root.getBoundingClientRect();
  // Absolute children are placed from the padding edge, inside the border.
  return {
    left: a.left - b.left - root.clientLeft,
    top: a.top - b.top - root.clientTop,
    width: a.width,
    height: a.height,
  };
}
