// いろぬり: pick a colour, tap a part of the picture, it takes that colour.
// Nothing to finish and nothing kept: leaving the page leaves a clean picture.

/**
 * @param {HTMLElement} root the [data-kf='nuri'] box (hidden until now: it needs JavaScript)
 * @returns {() => void} stops listening
 */
export function mountNuri(root) {
  root.hidden = false;
  const picture = root.querySelector(".kf-nuri__picture");
  const clear = root.querySelector("[data-kf-clear]");
  const parts = [...picture.querySelectorAll("[data-part]")];
  const colour = () =>
    root.querySelector("input[name='kf-nuri-colour']:checked")?.value ?? "shiro";

  /** @param {Element} part */
  const paint = (part) => {
    part.setAttribute("data-colour", colour());
  };

  const onClick = (event) => {
    const part = event.target.closest("[data-part]");
    if (part) paint(part);
  };
  const onKey = (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const part = event.target.closest("[data-part]");
    if (!part) return;
    event.preventDefault(); // Space would scroll the page
    paint(part);
  };
  const onClear = () => {
    for (const part of parts) part.removeAttribute("data-colour");
  };

  picture.addEventListener("click", onClick);
  picture.addEventListener("keydown", onKey);
  clear.addEventListener("click", onClear);
  return () => {
    picture.removeEventListener("click", onClick);
    picture.removeEventListener("keydown", onKey);
    clear.removeEventListener("click", onClear);
  };
}
