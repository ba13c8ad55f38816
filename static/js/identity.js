// The visitor's chosen name and look, kept only in this browser (never a contact, never sent elsewhere).

import { cleanLook } from "./palette.js";

const KEY = "kakurega.me";

/** @returns {{name: string, look: {shape: string, color: string, acc: string}} | null} */
export function loadIdentity() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (!saved || typeof saved.name !== "string" || saved.name.trim() === "") return null;
    return { name: saved.name, look: cleanLook(saved.look) };
  } catch {
    return null; // private mode or a broken value: just ask again
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
