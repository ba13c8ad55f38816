// The visitor's chosen name and look, kept only in this browser (never a contact, never sent elsewhere).
//
// After a quick exit the name is kept but "asleep": no page greets the visitor by it or steps
// back into the world with it until they choose to (at げんかん), because someone else may be
// holding the tablet next time. 「この タブレットから わすれる」 drops everything Kakurega keeps here.

import { cleanLook } from "./palette.js";

const KEY = "kakurega.me";
const PREFIX = "kakurega.";

function readSaved() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (!saved || typeof saved.name !== "string" || saved.name.trim() === "") return null;
    return saved;
  } catch {
    return null; // private mode or a broken value: just ask again
  }
}

/** @returns {{name: string, look: {shape: string, color: string, acc: string}} | null} */
export function loadIdentity() {
  const saved = readSaved();
  if (!saved || saved.asleep) return null;
  return { name: saved.name, look: cleanLook(saved.look) };
}

/** Whether a name is kept here but asleep since a quick exit (its words are not shown). */
export function hasSleepingIdentity() {
  return Boolean(readSaved()?.asleep);
}

/** The visitor chose to come back as before: the asleep name wakes up. */
export function wakeIdentity() {
  const saved = readSaved();
  if (!saved) return null;
  saveIdentity(saved.name, saved.look);
  return { name: saved.name, look: cleanLook(saved.look) };
}

/** Quick exit: keep the name, but greet nobody by it until they choose to come back. */
export function putIdentityToSleep() {
  const saved = readSaved();
  if (!saved) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...saved, asleep: true }));
  } catch {
    // storage is off: there is nothing to greet by anyway
  }
}

export function saveIdentity(name, look) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ name, look: cleanLook(look) }));
  } catch {
    // Storage can be off (private mode); the visitor simply picks again next time.
  }
}

export function forgetIdentity() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}

/** 「この タブレットから わすれる」: the name, the look, the receipts, the first words, all of it. */
export function forgetEverything() {
  for (const store of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      const keys = [];
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) store.removeItem(key);
    } catch {
      // storage is off: nothing was kept
    }
  }
}
