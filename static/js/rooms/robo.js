// ロボのへや: the same form as without JavaScript, turned into a live talk with the robot.
//
// The conversation lives only in this page's memory: no storage, no cookie. Each message
// goes to POST /api/robot with the last few lines, and the server forgets it after answering.
// The hotline card comes back as data when it is needed and is drawn here with the same
// classes as the server's card (static/css/hotline_card.css).
//
// When the robot cannot be reached (no network, the server away), heavy words still get the
// card: they are checked on this device (../heavy_words.js) and the directory the page carries
// is shown, re-sorted for the time now (../hotline_card.js).

import { refreshCards } from "../hotline_card.js";
import { isHeavy, loadRules } from "../heavy_words.js";

const HISTORY_LINES = 6;
const MAX_CHARS = 300;
const LINE_MARGIN_PX = 8; // a little of the line before the newest shows above it
const STATE_WORDS = { open: "いま つながるよ", varies: "じかんを たしかめてね", closed: "いまは おやすみ" };
const LOST_WORDS = "いま うまく とどかなかったよ。すこし したら、もういちど おくってみてね。";
const LOST_HEAVY_WORDS =
  "いま ロボに うまく とどかなかったよ。でも、とても つらいのかな。ひとに はなすのも、ひとつの やりかただよ。" +
  "ここに れんらく できるよ。";

/**
 * @param {HTMLElement} section
 * @param {{ reducedMotion?: boolean }} ctx
 */
export function mount(section, ctx = {}) {
  const root = section.querySelector("[data-kf='robo']");
  if (!root) return () => {};
  /** @type {HTMLFormElement} */
  const form = root.querySelector("[data-kf-form]");
  /** @type {HTMLTextAreaElement} */
  const input = root.querySelector("[data-kf-message]");
  const send = root.querySelector("[data-kf-send]");
  const log = root.querySelector("[data-kf-log]");
  const cardBox = root.querySelector("[data-kf-card]");
  const cardLines = root.querySelector("[data-kf-card-lines]") ?? cardBox;
  const notice = root.querySelector("[data-kf-notice]");
  const offlineCard = root.querySelector("template[data-kf-offline-card]");
  const rules = loadRules(); // now, while the network is there
  // A page that answered a post without JavaScript carries the recent lines in hidden fields.
  /** @type {{from: "you" | "robo", text: string}[]} */
  let history = [];
  for (const field of form.querySelectorAll("input[type=hidden][name=h]")) {
    const [speaker, ...rest] = field.value.split(":");
    if (speaker === "you" || speaker === "robo") history.push({ from: speaker, text: rest.join(":") });
    field.remove();
  }
  let busy = false;
  let cardShown = !cardBox.hidden;
  root.classList.add("is-live");
  showNewest();
  root.dataset.kfReady = "true";

  async function talk(event) {
    event.preventDefault();
    const message = input.value.trim();
    if (busy) return;
    if (!message) {
      showNotice("なにか かいてから おくってね。");
      input.focus();
      return;
    }
    busy = true;
    send.disabled = true;
    showNotice("");
    addLine("you", message.slice(0, MAX_CHARS));
    input.value = "";
    const thinking = addLine("robo", "…", true);
    try {
      const response = await fetch("/api/robot", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message, history: history.slice(-HISTORY_LINES) }),
        credentials: "omit",
        cache: "no-store",
      });
      const data = await response.json().catch(() => null);
      thinking.remove();
      if (!response.ok || !data || typeof data.reply !== "string") {
        // The message did not reach the robot: give it back so nothing is lost.
        log.lastElementChild?.remove();
        input.value = message;
        if (response.status >= 500 && (await lostButHeavy(message))) return;
        showNotice(data?.message || LOST_WORDS);
        return;
      }
      history.push({ from: "you", text: message }, { from: "robo", text: data.reply });
      history = history.slice(-HISTORY_LINES);
      addLine("robo", data.reply);
      if (Array.isArray(data.card) && data.card.length) {
        showCard(data.card);
        // The first time the card comes: the card above, the newest reply right over the input.
        if (!cardShown) bringTalkIntoView();
        cardShown = true;
      }
    } catch {
      thinking.remove();
      log.lastElementChild?.remove();
      input.value = message;
      if (!(await lostButHeavy(message))) showNotice(LOST_WORDS);
    } finally {
      busy = false;
      send.disabled = false;
      // Ready for the next line, without jumping away from the reply and the card.
      input.focus({ preventScroll: true });
    }
  }

  /** Unreachable, but the words are heavy: the card the page carries, checked here. */
  async function lostButHeavy(message) {
    if (!offlineCard || !isHeavy(message, await rules)) return false;
    showNotice(LOST_HEAVY_WORDS);
    const card = offlineCard.content.firstElementChild.cloneNode(true);
    cardLines.replaceChildren(card);
    refreshCards(cardBox);
    cardBox.hidden = false;
    cardBox.open = true;
    cardBox.dataset.shown = "offline";
    root.classList.add("has-card");
    if (!cardShown) bringTalkIntoView();
    cardShown = true;
    return true;
  }

  function bringTalkIntoView() {
    // At once, not smoothly: the card, the newest reply and the input arrive together.
    cardBox.scrollIntoView({ block: "start" });
    showNewest();
    // If they do not all fit, the input and the newest reply win; the card's title stays near.
    if (form.getBoundingClientRect().bottom > window.innerHeight) form.scrollIntoView({ block: "end" });
  }

  function addLine(speaker, text, pending = false) {
    const item = document.createElement("li");
    item.className = `kf-robo__line kf-robo__line--${speaker}${pending ? " is-thinking" : ""}`;
    const who = document.createElement("span");
    who.className = "kf-sr";
    who.textContent = speaker === "you" ? "きみ：" : "ロボ：";
    item.append(who, document.createTextNode(text));
    if (pending) item.setAttribute("aria-hidden", "true");
    log.append(item);
    showNewest();
    return item;
  }

  /** The newest line in the talk box, from its first words: a reply taller than the box would
   *  otherwise show only its end, and a child reads from the top. */
  function showNewest() {
    log.scrollTop = log.scrollHeight;
    const newest = log.lastElementChild;
    if (!newest) return;
    const hidden = log.getBoundingClientRect().top - newest.getBoundingClientRect().top;
    if (hidden > 0) log.scrollTop -= hidden + LINE_MARGIN_PX;
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function showCard(lines) {
    cardLines.replaceChildren(drawCard(lines));
    cardBox.hidden = false;
    cardBox.dataset.shown = "true";
    root.classList.add("has-card");
  }

  form.addEventListener("submit", talk);
  input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter breaks the line; never while an IME is still composing.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) form.requestSubmit();
  });
  return () => form.removeEventListener("submit", talk);
}

/** The compact hotline card, drawn from the reply's data with the server card's classes. */
export function drawCard(lines) {
  const card = el("section", "hotline-card hotline-card--compact");
  card.setAttribute("aria-label", "はなしを きいてくれる ところ");
  card.dataset.hotlineCard = "";
  const list = el("ul", "hotline-card__list");
  for (const line of lines) {
    const item = el(
      "li",
      `hotline-line hotline-line--${line.status}${line.emergency ? " hotline-line--emergency" : ""}` +
        `${line.pinned ? " hotline-line--pinned" : ""}`,
    );
    const head = el("div", "hotline-line__head");
    head.append(el("span", "hotline-line__name", line.name));
    if (line.always) head.append(el("span", "hotline-line__always", "24じかん"));
    const when = el("p", "hotline-line__when");
    when.append(el("span", "hotline-line__state", STATE_WORDS[line.status] || ""));
    if (!line.always && line.hours) when.append(el("span", "hotline-line__hours", line.hours));
    const reach = el("div", "hotline-line__reach");
    for (const way of line.reach || []) {
      if (way.tel && /^[0-9]+$/.test(way.tel)) {
        const call = el("a", "hotline-line__call");
        call.href = `tel:${way.tel}`;
        call.append(
          el("span", "hotline-line__call-word", "でんわ"),
          document.createTextNode(" "),
          el("span", "hotline-line__number", way.label),
        );
        reach.append(call);
      } else if (way.url && way.url.startsWith("https://")) {
        const link = el("a", "hotline-line__link", way.label);
        link.href = way.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        reach.append(link);
      } else if (way.how) {
        reach.append(el("span", "hotline-line__how", way.how));
      }
    }
    item.append(head, when, reach);
    list.append(item);
  }
  card.append(list);
  return card;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
