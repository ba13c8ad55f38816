// ひとやすみのへや: the breathing circle runs on CSS alone; this module adds
// rain or waves made with WebAudio. Silent until the visitor turns it on, and
// silent again the moment they leave the page.

import { reveal } from "./lib/feature.js";
import { audio, closeAudio, noiseBuffer } from "./lib/sound.js";

const FADE_IN_S = 1.5;
// The same rhythm as the CSS circle: 4 s in, 2 s holding, 6 s out.
const PHASES = [
  ["in", 4000],
  ["hold", 2000],
  ["out", 6000],
];
const FADE_OUT_S = 0.4;

/**
 * @param {HTMLElement} section
 * @param {object} _ctx
 */
export function mount(section, _ctx) {
  const root = section.querySelector("[data-kf='hiru']");
  if (!root) return () => {};
  /** @type {HTMLButtonElement} */
  const toggle = root.querySelector("[data-kf-sound]");
  /** @type {HTMLInputElement} */
  const volume = root.querySelector("[data-kf-volume]");
  const kinds = [...root.querySelectorAll("input[name='kf-hiru-kind']")];
  reveal(root);
  const stopWords = stepWordsWhenStill(root.querySelector(".kf-hiru__words"));

  /** @type {{ ac: AudioContext, master: GainNode, stop: () => void } | null} */
  let playing = null;

  const kind = () => kinds.find((input) => input.checked)?.value ?? "rain";
  const level = () => (Number(volume.value) / 100) ** 2 * 0.8;

  function show(on) {
    root.dataset.sound = on ? "on" : "off";
    toggle.setAttribute("aria-pressed", String(on));
    toggle.textContent = on ? "おとを とめる" : "おとを ならす";
  }

  async function start() {
    const ac = await audio();
    const master = ac.createGain();
    master.gain.setValueAtTime(0, ac.currentTime);
    master.gain.linearRampToValueAtTime(level(), ac.currentTime + FADE_IN_S);
    master.connect(ac.destination);
    const stopChain = (kind() === "waves" ? waves : rain)(ac, master);
    playing = { ac, master, stop: stopChain };
    show(true);
  }

  function stop() {
    if (!playing) return;
    const { ac, master, stop: stopChain } = playing;
    playing = null;
    show(false);
    const now = ac.currentTime;
    master.gain.cancelScheduledValues(now);
    master.gain.setValueAtTime(master.gain.value, now);
    master.gain.linearRampToValueAtTime(0, now + FADE_OUT_S);
    setTimeout(() => {
      stopChain();
      master.disconnect();
      if (!playing && ac.state === "running") ac.suspend();
    }, FADE_OUT_S * 1000 + 50);
  }

  let starting = false;
  const onToggle = async () => {
    if (starting) return;
    if (playing) return stop();
    starting = true;
    try {
      await start();
    } finally {
      starting = false;
    }
  };
  const onVolume = () => {
    if (!playing) return;
    const { ac, master } = playing;
    master.gain.cancelScheduledValues(ac.currentTime);
    master.gain.setTargetAtTime(level(), ac.currentTime, 0.1);
  };
  const onKind = () => {
    if (!playing) return;
    stop();
    start();
  };
  // Leaving (link, back, quick exit, closing the tab) ends the sound at once.
  const onLeave = () => {
    playing?.stop();
    playing = null;
    show(false);
    closeAudio();
  };

  toggle.addEventListener("click", onToggle);
  volume.addEventListener("input", onVolume);
  for (const input of kinds) input.addEventListener("change", onKind);
  window.addEventListener("pagehide", onLeave);
  // Quick exit blanks the page before the browser has left it; sound does not
  // stop with the DOM, so stop it the moment the page starts to go.
  const gone = new MutationObserver(() => {
    if (!root.isConnected || document.documentElement.classList.contains("exiting")) onLeave();
  });
  gone.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  gone.observe(document.body, { childList: true });

  return () => {
    gone.disconnect();
    onLeave();
    stopWords();
    toggle.removeEventListener("click", onToggle);
    volume.removeEventListener("input", onVolume);
    for (const input of kinds) input.removeEventListener("change", onKind);
    window.removeEventListener("pagehide", onLeave);
  };
}

/**
 * Under reduced motion no CSS animation runs (the page's base sheet stops them
 * all), so the breathing words are changed from here instead, without any fade.
 * @param {HTMLElement} words
 */
function stepWordsWhenStill(words) {
  const still = matchMedia("(prefers-reduced-motion: reduce)");
  let timer = 0;
  let at = 0;
  const step = () => {
    const [phase, ms] = PHASES[at];
    words.dataset.phase = phase;
    at = (at + 1) % PHASES.length;
    timer = setTimeout(step, ms);
  };
  const follow = () => {
    clearTimeout(timer);
    at = 0;
    if (still.matches) step();
    else delete words.dataset.phase;
  };
  follow();
  still.addEventListener("change", follow);
  return () => {
    clearTimeout(timer);
    still.removeEventListener("change", follow);
  };
}

/** Rain: pink noise with the rumble and the sharpest hiss taken away, breathing a little. */
function rain(ac, out) {
  const source = loop(ac, noiseBuffer(ac, "pink", 5));
  const low = ac.createBiquadFilter();
  low.type = "highpass";
  low.frequency.value = 400;
  const high = ac.createBiquadFilter();
  high.type = "lowpass";
  high.frequency.value = 4500;
  high.Q.value = 0.4;
  const swell = ac.createGain();
  swell.gain.value = 0.85;
  const lfo = wobble(ac, 0.13, 0.15, swell.gain);
  source.connect(low).connect(high).connect(swell).connect(out);
  return () => {
    source.stop();
    lfo.stop();
  };
}

/** Waves: deep brown noise whose loudness and brightness rise and fall every ~11 s. */
function waves(ac, out) {
  const source = loop(ac, noiseBuffer(ac, "brown", 6));
  const filter = ac.createBiquadFilter();
  filter.type = "lowpass";
  filter.frequency.value = 650;
  const swell = ac.createGain();
  swell.gain.value = 0.55;
  const lfoGain = wobble(ac, 0.09, 0.45, swell.gain);
  const lfoTone = wobble(ac, 0.09, 380, filter.frequency);
  source.connect(filter).connect(swell).connect(out);
  return () => {
    source.stop();
    lfoGain.stop();
    lfoTone.stop();
  };
}

function loop(ac, buffer) {
  const source = ac.createBufferSource();
  source.buffer = buffer;
  source.loop = true;
  source.start();
  return source;
}

/** A slow sine added onto an AudioParam. */
function wobble(ac, hz, depth, param) {
  const osc = ac.createOscillator();
  osc.frequency.value = hz;
  const amount = ac.createGain();
  amount.gain.value = depth;
  osc.connect(amount).connect(param);
  osc.start();
  return osc;
}
