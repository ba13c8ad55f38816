// Sound made in the browser with WebAudio: no audio files, nothing fetched.
//
// Nothing here makes a sound, or even creates an AudioContext, until a caller
// asks for it after the visitor turned sound on. Pages start silent.

/** @type {AudioContext | null} */
let shared = null;

/**
 * The page's one AudioContext, created on first use. Call only from a
 * visitor's click or key press, so the browser lets it play.
 * @returns {Promise<AudioContext>}
 */
export async function audio() {
  if (!shared || shared.state === "closed") shared = new AudioContext();
  if (shared.state === "suspended") await shared.resume();
  return shared;
}

/** Silence everything at once (leaving the page). Safe to call when nothing plays. */
export function closeAudio() {
  if (shared && shared.state !== "closed") shared.close();
  shared = null;
}

/**
 * A looping buffer of noise.
 * `brown` is deep and soft (waves), `pink` is even and hissy (rain).
 * @param {AudioContext} ac
 * @param {"pink" | "brown"} colour
 * @param {number} [seconds]
 */
export function noiseBuffer(ac, colour, seconds = 4) {
  const length = Math.floor(ac.sampleRate * seconds);
  const seam = Math.floor(ac.sampleRate * 0.05);
  const raw = colour === "brown" ? brownNoise(length + seam) : pinkNoise(length + seam);
  // Fold the extra tail over the head so the loop has no seam to click on.
  for (let i = 0; i < seam; i++) {
    const k = i / seam;
    raw[i] = raw[i] * k + raw[length + i] * (1 - k);
  }
  const buffer = ac.createBuffer(1, length, ac.sampleRate);
  buffer.copyToChannel(raw.subarray(0, length), 0);
  return buffer;
}

function brownNoise(n) {
  const out = new Float32Array(n);
  let last = 0;
  for (let i = 0; i < n; i++) {
    last = (last + 0.02 * (Math.random() * 2 - 1)) / 1.02;
    out[i] = last * 3.5;
  }
  return out;
}

/** Paul Kellet's economical pink-noise filter. */
function pinkNoise(n) {
  const out = new Float32Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const white = Math.random() * 2 - 1;
    b0 = 0.99765 * b0 + white * 0.099046;
    b1 = 0.963 * b1 + white * 0.2965164;
    b2 = 0.57 * b2 + white * 1.0526913;
    out[i] = (b0 + b1 + b2 + white * 0.1848) * 0.11;
  }
  return out;
}

/**
 * A soft "pop" like a soap bubble: a short sine that falls in pitch.
 * @param {AudioContext} ac
 * @param {number} [pitch] starting frequency in Hz
 */
export function pop(ac, pitch = 660) {
  const now = ac.currentTime;
  const osc = ac.createOscillator();
  const gain = ac.createGain();
  osc.type = "sine";
  osc.frequency.setValueAtTime(pitch, now);
  osc.frequency.exponentialRampToValueAtTime(pitch * 0.45, now + 0.12);
  gain.gain.setValueAtTime(0.0001, now);
  gain.gain.exponentialRampToValueAtTime(0.18, now + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.16);
  osc.connect(gain).connect(ac.destination);
  osc.start(now);
  osc.stop(now + 0.18);
}
