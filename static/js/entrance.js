// The entrance: choose a name and a look (or come straight back in), then stand in げんかん
// among the others, with live counts on every door.

import { AvatarPainter } from "./avatars.js";
import { fetchCounts } from "./counts_view.js";
import {
  forgetEverything,
  forgetIdentity,
  hasSleepingIdentity,
  loadIdentity,
  saveIdentity,
  wakeIdentity,
} from "./identity.js";
import { DEFAULT_LOOK, cleanLook } from "./palette.js";
import { pageData } from "./page_data.js";
import { RoomSession } from "./room_session.js";

const data = pageData();
const form = document.querySelector("[data-entry]");
const here = document.querySelector("[data-here]");
const nameInput = form.querySelector("[data-name]");
const message = form.querySelector("[data-name-message]");
const enterButton = form.querySelector("[data-enter]");
const greeting = document.querySelector("[data-greeting]");
const nameCare = form.querySelector("[data-name-care]");
const wakeRow = form.querySelector("[data-wake-row]");
const forget = document.querySelector("[data-forget]");
// Rooms a visitor may open before choosing a name (そうだんのまど): help never waits for a name.
const openRooms = new Set(data.openWithoutName ?? []);
let next = nextRoom();

let identity = loadIdentity();
let look = cleanLook(identity?.look ?? DEFAULT_LOOK);
let started = false;
let tried = null; // the name we are waiting to hear about

const session = new RoomSession(here, {
  room: data.room,
  onWelcome: welcomed,
  onRefused: refused,
});
const painter = new AvatarPainter(drawPictures);

seedCounts();
setUpPicker();

if (identity) {
  greeting.textContent = "おかえり。きょうも ここに いて いいよ。";
  nameInput.value = identity.name;
  showHere(identity.name); // at once, so "つながりなおしてるよ" can show if the server is away
  enter(identity);
} else {
  form.hidden = false;
  // After a quick exit the name sleeps: nothing shows it until the visitor asks for it.
  wakeRow.hidden = !hasSleepingIdentity();
  if (next) askForName(next);
}
showForget();
wireDoors();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const name = nameInput.value.trim();
  if (!name) {
    say("なまえを いれてね。すきな ことばで いいよ");
    nameInput.focus();
    return;
  }
  say("");
  enterButton.disabled = true;
  enter({ name, look });
});

wakeRow.querySelector("[data-wake]").addEventListener("click", () => {
  const woken = wakeIdentity();
  wakeRow.hidden = true;
  if (!woken) return;
  look = cleanLook(woken.look);
  nameInput.value = woken.name;
  enterButton.disabled = true;
  enter(woken);
});

here.querySelector("[data-rename]").addEventListener("click", () => {
  form.hidden = false;
  say("");
  form.scrollIntoView({ block: "start" });
  nameInput.focus();
});

// Forgetting cannot be undone, and the button sits where a scrolling thumb lands: ask once.
const forgetButton = forget.querySelector("[data-forget-button]");
const forgetSure = forget.querySelector("[data-forget-sure]");

function askSure(open) {
  forgetSure.hidden = !open;
  forgetButton.setAttribute("aria-expanded", String(open));
  if (open) forgetSure.querySelector("[data-forget-no]").focus();
}

forgetButton.addEventListener("click", () => askSure(forgetSure.hidden));
forgetSure.querySelector("[data-forget-no]").addEventListener("click", () => {
  askSure(false);
  forgetButton.focus();
});
forgetSure.querySelector("[data-forget-yes]").addEventListener("click", () => {
  forgetEverything();
  // A fresh page leaves the world too, so nothing of the old name stays even on the server.
  window.location.replace("/?forgot=1");
});

function enter(who) {
  tried = who.name;
  if (started) session.rename(who);
  else session.start(who);
  started = true;
}

function welcomed(frame) {
  identity = { name: frame.name, look: cleanLook(frame.look) };
  saveIdentity(identity.name, identity.look, frame.pass);
  enterButton.disabled = false;
  if (next) {
    window.location.assign(`/${next}`);
    return;
  }
  form.hidden = true;
  nameCare.hidden = true;
  showHere(frame.name);
  showForget();
  // Keyboard and screen-reader users land where they now are, not back on <body>.
  here.querySelector("#here-title")?.focus();
}

function showHere(name) {
  here.hidden = false;
  here.querySelector("[data-my-name]").textContent = name;
  session.view.resize();
}

function refused(frame) {
  // A saved name can become refused when the policy improves: ask kindly for another.
  if (identity && identity.name === tried) {
    forgetIdentity();
    identity = null;
  }
  enterButton.disabled = false;
  form.hidden = false;
  if (!identity) here.hidden = true;
  if (frame.reason === "self_harm") {
    // A name that says "I want to vanish" is still refused, but it is heard first.
    say("その ことばは なまえには できないんだ。なまえは ほかの ことばに してね");
    nameCare.hidden = false;
    // The name, what to do with it and the kind words together: with the card alone at the top,
    // 「ほかの ことばに してね」 sat under the top bar and the child did not know how to go on.
    (nameInput.closest(".entry__name") ?? nameInput).scrollIntoView({ block: "start" });
    const heading = nameCare.querySelector("h3")?.getBoundingClientRect();
    if (heading && heading.bottom > window.innerHeight) nameCare.scrollIntoView({ block: "start" });
    nameInput.focus({ preventScroll: true });
    return;
  }
  nameCare.hidden = true;
  say(frame.message || "その なまえは つかえないんだ。ほかの なまえに してみてね");
  nameInput.focus();
  nameInput.select();
}

/** A door tapped (or a room opened) before a name is chosen: say so kindly, at the name field. */
function askForName(slug) {
  next = slug;
  const room = data.rooms?.[slug] ?? "";
  say(`さきに なまえを きめてね。きめたら 「${room}」に いくよ`);
  form.scrollIntoView({ block: "start" });
  nameInput.focus({ preventScroll: true });
}

function wireDoors() {
  document.addEventListener("click", (event) => {
    const door = event.target instanceof Element ? event.target.closest("a.door") : null;
    if (!door || identity) return;
    const slug = new URL(door.href).pathname.slice(1);
    if (openRooms.has(slug) || !Object.hasOwn(data.rooms ?? {}, slug)) return;
    event.preventDefault();
    askForName(slug);
  });
}

function showForget() {
  const params = new URLSearchParams(window.location.search);
  if (params.has("forgot")) {
    forget.hidden = false;
    forget.querySelector("[data-forget-button]").hidden = true;
    forget.querySelector("[data-forget-done]").hidden = false;
    window.history.replaceState(null, "", "/");
    return;
  }
  let kept = false;
  try {
    for (let i = 0; i < localStorage.length; i += 1) kept ||= localStorage.key(i)?.startsWith("kakurega.");
  } catch {
    kept = false;
  }
  forget.hidden = !kept;
}

function say(text) {
  message.textContent = text;
  message.hidden = !text;
}

function setUpPicker() {
  for (const input of form.querySelectorAll("input[type=radio]")) {
    input.checked = look[input.name] === input.value;
    input.addEventListener("change", () => {
      look = cleanLook({ ...look, [input.name]: input.value });
      drawPictures();
    });
  }
  drawPictures();
}

function drawPictures() {
  for (const canvas of form.querySelectorAll("[data-swatch]")) {
    const [key, value] = canvas.dataset.swatch.split(":");
    drawAvatar(canvas, { ...look, [key]: value });
  }
  drawAvatar(form.querySelector("[data-preview]"), look);
}

function drawAvatar(canvas, someLook) {
  const ctx = canvas.getContext("2d");
  const w = canvas.width;
  ctx.clearRect(0, 0, w, canvas.height);
  painter.draw(ctx, someLook, "stand", w / 2, w * 0.96, w * 0.92);
}

async function seedCounts() {
  if (data.counts && Object.keys(data.counts).length) {
    const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
    session.seedCounts({ rooms: data.counts, total, scope: "all" });
  }
  const fresh = await fetchCounts();
  if (fresh) session.seedCounts(fresh);
}

function nextRoom() {
  const slug = new URLSearchParams(window.location.search).get("next");
  return slug && slug !== "genkan" && Object.hasOwn(data.rooms ?? {}, slug) ? slug : null;
}
