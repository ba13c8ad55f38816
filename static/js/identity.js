// The visitor's chosen name and look, kept only in this browser (never a contact, never sent elsewhere).
//
// With the name, its pass: the server's proof that it accepted exactly this name (docs/protocol.md,
// "The name pass"), sent back with it so a reconnect or another page skips the name check. It is a
// function of the name and tells nothing more; it goes wherever the name goes.
//
// After a quick exit the name is kept but "asleep": no page greets the visitor by it or steps
// back into the world with it until they choose to (at げんかん), because someone else may be
// holding the tablet next time. Its pass is dropped then (the name is checked again on waking).
// 「この タブレットから わすれる」 drops everything Kakurega keeps here.

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

/** @returns {{name: string, look: {shape: string, color: string, acc: string}, pass?: string} | null} */
export function loadIdentity() {
  const saved = readSaved();
  if (!saved || saved.asleep) return null;
  const identity = { name: saved.name, look: cleanLook(saved.look) };
  return typeof saved.pass === "string" ? { ...identity, pass: saved.pass } : identity;
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
  const { pass, ...asleep } = saved; // the pass goes with the name's waking words: checked again
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...asleep, asleep: true }));
  } catch {
    // storage is off: there is nothing to greet by anyway
  }
}

/** Keep the name and look; ``pass`` (a welcome's, for exactly this name) when there is one. */
export function saveIdentity(name, look, pass) {
  const kept = { name, look: cleanLook(look), ...(typeof pass === "string" ? { pass } : {}) };
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage can be off (private mode); the visitor simply picks again next time.
  }
}

/** A welcome brought a (new) pass for the name kept here: keep it with the name. */
export function rememberPass(name, pass) {
  const saved = readSaved();
  if (!saved || saved.asleep || saved.name !== name || typeof pass !== "string" || saved.pass === pass) return;
  saveIdentity(saved.name, saved.look, pass);
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
