// The avatar palette and the allowed look values: the one place these live in the browser.
// Values must match docs/protocol.md §3; the server refuses anything else.

export const COLORS = Object.freeze({
  momo: "#f6c1c7",
  mikan: "#f9d29d",
  kiiro: "#f3e29a",
  wakaba: "#c8e6b0",
  mizu: "#b9dcf0",
  fuji: "#d5c6ec",
  shiro: "#f4efe6",
  haiiro: "#cfc9c2",
});

export const SHAPES = Object.freeze(["maru", "shizuku", "mame", "kaku"]);
export const ACCESSORIES = Object.freeze(["none", "leaf", "ribbon", "cap", "flower"]);
export const POSES = Object.freeze(["stand", "sit", "sleep", "lookup"]);

export const DEFAULT_LOOK = Object.freeze({ shape: "maru", color: "momo", acc: "none" });

/** A look with every field checked; unknown values fall back to the default so a stale save still works. */
export function cleanLook(look) {
  const src = look && typeof look === "object" ? look : {};
  return {
    shape: SHAPES.includes(src.shape) ? src.shape : DEFAULT_LOOK.shape,
    color: Object.hasOwn(COLORS, src.color) ? src.color : DEFAULT_LOOK.color,
    acc: ACCESSORIES.includes(src.acc) ? src.acc : DEFAULT_LOOK.acc,
  };
}

export function colorHex(color) {
  return COLORS[color] ?? COLORS[DEFAULT_LOOK.color];
}
