// The wall and the shelf in the browser: send the form as JSON, keep the receipt in this
// browser only, show what happened to what I wrote, and the hotline card at once when the
// words sound heavy. Without this file the form posts and the page lists, all the same.
//
// When the post cannot go (sent too often, the server busy, the network down) and the words are
// heavy, the card is shown all the same, checked on this device (./heavy_words.js): a child who
// wrote 「しにたい」 on a fourth post was only told to wait.

import { isHeavy, loadRules } from "./heavy_words.js";

const STORE_KEY = "kakurega.receipts";
const KEEP_DAYS = 30;
const SENT_TEXT = "とどいたよ。おとなの スタッフが よんでから のるよ。";
const OFFLINE_TEXT = "うまく とどかなかったよ。かいた ことは のこってるよ。もういちど おしてね。";
const STATUS_TEXT = {
  kabe: { waiting: "スタッフが よむのを まってるよ", published: "かべに のったよ", rejected: "こんかいは のせなかったよ" },
  tana: { waiting: "スタッフが よむのを まってるよ", published: "たなに のったよ", rejected: "こんかいは のせなかったよ" },
};

function loadReceipts() {
  try {
    const kept = JSON.parse(localStorage.getItem(STORE_KEY) || "[]");
    const since = Date.now() - KEEP_DAYS * 86400 * 1000;
    return Array.isArray(kept) ? kept.filter((k) => k && typeof k.r === "string" && k.at > since) : [];
  } catch {
    return [];
  }
}

// The first few words of what was written, so 「わたしが かいたもの」 can say which post is which.
// Kept only here, beside the receipt (docs/privacy.md); the server never links them.
const FIRST_CHARS = 12;

function firstWords(body) {
  const chars = [...String(body).replace(/\s+/g, " ").trim()];
  return chars.length > FIRST_CHARS ? `${chars.slice(0, FIRST_CHARS).join("").trimEnd()}…` : chars.join("");
}

function saveReceipt(room, receipt, body) {
  const kept = [{ r: receipt, room, at: Date.now(), w: firstWords(body) }, ...loadReceipts()].slice(0, 20);
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(kept));
  } catch {
    // Private mode or full storage: the post is sent all the same, only its status is not kept.
  }
}

async function showMine(box, room) {
  const mine = loadReceipts().filter((k) => k.room === room);
  const section = box.querySelector("[data-post-mine]");
  const list = box.querySelector("[data-post-mine-list]");
  if (!section || !list || mine.length === 0) return;
  let statuses;
  try {
    const response = await fetch("/api/posts/receipts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ receipts: mine.map((k) => k.r) }),
    });
    if (!response.ok) return;
    statuses = (await response.json()).receipts;
  } catch {
    return;
  }
  list.querySelectorAll("[data-from-browser]").forEach((li) => li.remove());
  for (const kept of mine) {
    const status = statuses[kept.r];
    const text = STATUS_TEXT[room][status];
    if (!text) continue;
    const li = document.createElement("li");
    li.className = `posts-mine__item posts-mine__item--${status}`;
    li.dataset.fromBrowser = "";
    li.dataset.status = status;
    if (typeof kept.w === "string" && kept.w) {
      const words = document.createElement("span");
      words.className = "posts-mine__words";
      words.textContent = `「${kept.w}」`;
      li.append(words, " ");
    }
    li.append(text);
    list.append(li);
  }
  section.hidden = list.children.length === 0;
}

function counter(form) {
  const body = form.querySelector("[data-post-body]");
  const count = form.querySelector("[data-post-count]");
  if (!body || !count) return;
  const max = Number(body.getAttribute("maxlength")) || 400;
  const update = () => {
    const left = max - [...body.value].length;
    count.textContent = left >= 0 ? `あと ${left}もじ かけるよ` : `${-left}もじ おおいよ`;
  };
  body.addEventListener("input", update);
  update();
}

function say(element, text) {
  if (!element) return;
  element.textContent = text;
  element.hidden = !text;
}

function wire(box) {
  const room = box.dataset.posts;
  const form = box.querySelector("[data-post-form]");
  if (!form) return;
  counter(form);
  const error = form.querySelector("[data-post-error]");
  const sent = form.querySelector("[data-post-sent]");
  const send = form.querySelector("[data-post-send]");
  const care = box.querySelector("[data-post-care]");

  // The message sits at the top of the form; the button may be a screen further down.
  function showError(text) {
    say(error, text);
    error.scrollIntoView({ block: "nearest" });
  }

  function showCare() {
    if (!care) return;
    care.hidden = false;
    // Its kind heading first, below the sticky top bar (scroll-margin-top in base.css),
    // not the middle of a tall card of numbers.
    care.focus({ preventScroll: true });
    care.scrollIntoView({ block: "start" });
  }

  /** The post did not go: heavy words still get the card (the rules are kept offline too). */
  async function careIfHeavy(body) {
    if (care && isHeavy(body, await loadRules())) showCare();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const payload = { room, body: String(data.get("body") || "") };
    if (data.get("category")) payload.category = String(data.get("category"));
    say(error, "");
    say(sent, "");
    send.disabled = true;
    try {
      const response = await fetch("/api/posts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(payload),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 202 && answer.receipt) {
        saveReceipt(room, answer.receipt, payload.body);
        form.reset();
        form.querySelector("[data-post-body]")?.dispatchEvent(new Event("input"));
        say(sent, SENT_TEXT);
        if (answer.care) {
          if (answer.abuse && care) pinAbuseLine(care);
          showCare();
        }
        showMine(box, room);
      } else {
        showError(answer.message || OFFLINE_TEXT);
        await careIfHeavy(payload.body);
      }
    } catch {
      showError(OFFLINE_TEXT);
      await careIfHeavy(payload.body);
    } finally {
      send.disabled = false;
    }
  });
  showMine(box, room);
}

document.querySelectorAll("[data-posts]").forEach(wire);

// After words about harm at home, the child-abuse line (189) goes to the top of the card.
function pinAbuseLine(care) {
  const call = care.querySelector('a[href="tel:189"]');
  const line = call?.closest("li");
  if (line?.parentElement) line.parentElement.prepend(line);
}
