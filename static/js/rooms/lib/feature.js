// Small helpers shared by the room features.

/**
 * Show the parts that need JavaScript and hide the sentence written for
 * visitors without it. Both live in the server-rendered partial.
 * @param {ParentNode} root
 */
export function reveal(root) {
  for (const el of root.querySelectorAll("[data-kf-js]")) el.hidden = false;
  for (const el of root.querySelectorAll("[data-kf-nojs]")) el.hidden = true;
}

/**
 * A random item, never the same as `last` when there is a choice, so a kind
 * word does not sound like a machine repeating itself.
 * @template T
 * @param {T[]} items
 * @param {T} [last]
 * @returns {T}
 */
export function pick(items, last) {
  const choices = items.length > 1 ? items.filter((item) => item !== last) : items;
  return choices[Math.floor(Math.random() * choices.length)];
}

/** @param {number} ms */
export function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
