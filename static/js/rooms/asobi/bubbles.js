// あわ わり: the bubbles pop with CSS alone; this adds an optional soft
// sound, keys, and lets each bubble grow back so the field never runs out.

import { reveal } from "../lib/feature.js";
import { audio, pop } from "../lib/sound.js";

const REGROW_MS = 7000; // the length of kf-awa-pop in asobi.css

/**
 * @param {HTMLElement} root the [data-kf='asobi'] box
 * @returns {() => void} stops listening
 */
export function mountBubbles(root) {
  reveal(root);
  const field = root.querySelector(".kf-asobi__field");
  const soundButton = root.querySelector("[data-kf-sound]");
  /** @type {HTMLInputElement[]} */
  const bubbles = [...field.querySelectorAll("input[type='checkbox']")];
  let soundOn = false;

  function setSound(on) {
    soundOn = on;
    soundButton.setAttribute("aria-pressed", String(on));
    soundButton.textContent = on ? "おと: あり" : "おと: なし";
    root.dataset.sound = on ? "on" : "off";
  }
  setSound(false);

  const onSound = async () => {
    setSound(!soundOn);
    // Creating the context inside the click is what lets the browser play it.
    if (soundOn) await audio();
  };

  // A popped bubble is growing back: a second tap must not "unpop" it.
  // A label's click comes before the box flips; the box's own click (Space)
  // comes after it, so there the flipped state is the one to read.
  const onClick = (event) => {
    const label = event.target.closest("label");
    if (label?.control?.checked) event.preventDefault();
    else if (!label && event.target instanceof HTMLInputElement && !event.target.checked) {
      event.preventDefault();
    }
  };

  const onChange = async (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.checked) return;
    regrow(input);
    if (soundOn) {
      const size = input.parentElement.getBoundingClientRect().width || 64;
      pop(await audio(), 300 + (96 - size) * 9 + Math.random() * 40);
    }
  };

  // A bubble is whole again after the 7 s the CSS pop-and-regrow takes; the
  // timer (not animationend) also serves reduced motion, where nothing animates.
  /** @type {Set<number>} */
  const timers = new Set();
  const regrow = (input) => {
    const id = setTimeout(() => {
      timers.delete(id);
      input.checked = false;
    }, REGROW_MS);
    timers.add(id);
  };

  // Enter pops too, and the arrow keys walk between bubbles.
  const onKey = (event) => {
    const input = event.target;
    const at = bubbles.indexOf(input);
    if (at < 0) return;
    if (event.key === "Enter") {
      event.preventDefault();
      if (!input.checked) input.click();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    bubbles[(at + step + bubbles.length) % bubbles.length].focus();
  };

  soundButton.addEventListener("click", onSound);
  field.addEventListener("click", onClick);
  field.addEventListener("change", onChange);
  field.addEventListener("keydown", onKey);
  return () => {
    soundButton.removeEventListener("click", onSound);
    field.removeEventListener("click", onClick);
    field.removeEventListener("change", onChange);
    for (const id of timers) clearTimeout(id);
    field.removeEventListener("keydown", onKey);
  };
}
