// Puts live counts into the page: a door's "3にん", the entrance total and "このへやに 5にん".

/** @param {{rooms: Record<string, number>, total: number}} counts */
export function showCounts(counts, root = document) {
  for (const el of root.querySelectorAll("[data-count-for]")) {
    const n = counts.rooms?.[el.dataset.countFor];
    if (Number.isInteger(n)) el.textContent = `${n}にん`;
  }
  if (Number.isInteger(counts.total)) {
    for (const el of root.querySelectorAll("[data-count-total]")) {
      el.textContent = `いま ${counts.total}にん いるよ`;
    }
  }
}

export function showRoomCount(el, n) {
  if (!el || !Number.isInteger(n)) return;
  // Ticks come many times a second in a busy room: writing the same words again would make the
  // browser lay out and repaint the bar every time.
  const text = `このへやに ${n}にん`;
  if (el.textContent !== text) el.textContent = text;
}

/** Counts before any socket is open, so the doors are right even for someone just looking. */
export async function fetchCounts() {
  try {
    const response = await fetch("/api/counts", { headers: { accept: "application/json" } });
    if (!response.ok) return null;
    const body = await response.json();
    return body && typeof body.rooms === "object" ? { scope: "all", ...body } : null;
  } catch {
    return null;
  }
}
