// Loads a room's own feature (/static/js/rooms/{slug}.js) and hands it the stage overlay and live counts.
// A feature that fails to load must not break the room: the visitor can still be there.

/**
 * @param {HTMLElement} section the #feature section
 * @param {string | null} src module URL from the page data, null when the room has none
 * @param {object} ctx { room, overlay, onCounts, reducedMotion }
 */
export async function mountFeature(section, src, ctx) {
  if (!section || !src) return;
  try {
    const module = await import(src);
    if (typeof module.mount === "function") module.mount(section, ctx);
  } catch (error) {
    console.warn("feature did not start", error);
  }
}
