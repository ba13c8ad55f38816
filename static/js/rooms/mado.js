// そうだんのまど: the hotline card is rendered by the server and works without
// JavaScript. Here we only load the card's live re-sorter ("open now" first),
// and quietly do without it if it cannot load.

/**
 * @param {HTMLElement} _section
 * @param {object} _ctx
 */
export function mount(_section, _ctx) {
  import("/static/js/hotline_card.js").catch(() => {
    // The card is already complete as the server drew it.
  });
  return () => {};
}
