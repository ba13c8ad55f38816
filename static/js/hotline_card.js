// Keeps every hotline card on the page right while it stays open: once a minute it works out,
// in Japan time, which lines are open, relabels their hours and puts the open ones first.
// The server renders the same card without JavaScript (rooms/hotlines.py); the rules here mirror
// Hours.open_at / Hours.label there, and tests/test_hotlines.py runs both side by side.

const JST_OFFSET_MS = 9 * 60 * 60 * 1000; // Japan has no summer time.
const DAY_MINUTES = 24 * 60;
const GROUP = { open: 0, varies: 1, closed: 2 };
const STATE_WORDS = { open: "いま つながるよ", varies: "じかんを たしかめてね", closed: "いまは おやすみ" };

// The Japan-time wall clock of an instant: weekday (Monday = 0), minute of the day, month, day.
export function japanClock(date) {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  return {
    weekday: (jst.getUTCDay() + 6) % 7,
    minute: jst.getUTCHours() * 60 + jst.getUTCMinutes(),
    month: jst.getUTCMonth() + 1,
    day: jst.getUTCDate(),
  };
}

function closedOn(hours, month, day) {
  const md = month * 100 + day;
  return (hours.closed || []).some(([m1, d1, m2, d2]) => {
    const start = m1 * 100 + d1;
    const end = m2 * 100 + d2;
    return start <= end ? start <= md && md <= end : md >= start || md <= end;
  });
}

function periodEnd(period) {
  return period.last ?? period.close;
}

function covers(period, weekday, minute) {
  const end = periodEnd(period);
  if (end > period.open) return period.days.includes(weekday) && period.open <= minute && minute < end;
  return (
    (period.days.includes(weekday) && minute >= period.open) ||
    (period.days.includes((weekday + 6) % 7) && minute < end)
  );
}

export function clockWords(minute) {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const hour = Math.floor(m / 60);
  const mins = m % 60;
  let part;
  let shown;
  if (hour === 0) [part, shown] = ["よなか", 12];
  else if (hour < 4) [part, shown] = ["よなか", hour];
  else if (hour < 11) [part, shown] = ["あさ", hour];
  else if (hour === 11) [part, shown] = ["ひるまえ", 11];
  else if (hour === 12) [part, shown] = ["おひる", 12];
  else if (hour < 16) [part, shown] = ["ひる", hour - 12];
  else if (hour < 18) [part, shown] = ["ゆうがた", hour - 12];
  else [part, shown] = ["よる", hour - 12];
  const tail = mins === 0 ? "" : mins === 30 ? "はん" : `${mins}ふん`;
  return `${part} ${shown}じ${tail}`;
}

export function isOpen(hours, date) {
  const c = japanClock(date);
  if (hours.varies || closedOn(hours, c.month, c.day)) return false;
  if (hours.always) return true;
  return hours.periods.some((p) => covers(p, c.weekday, c.minute));
}

export function hoursLabel(hours, date) {
  const c = japanClock(date);
  if (hours.varies) return "じかんは ばしょで ちがうよ";
  if (closedOn(hours, c.month, c.day)) return "きょうは おやすみ";
  if (hours.always) return "24じかん";
  const open = hours.periods.find((p) => covers(p, c.weekday, c.minute));
  if (open) return `${clockWords(periodEnd(open))} まで`;
  const later = hours.periods
    .filter((p) => p.days.includes(c.weekday) && p.open > c.minute)
    .map((p) => p.open)
    .sort((a, b) => a - b);
  if (later.length) return `${clockWords(later[0])} から`;
  const tomorrow = japanClock(new Date(date.getTime() + DAY_MINUTES * 60 * 1000));
  if (!closedOn(hours, tomorrow.month, tomorrow.day)) {
    const starts = hours.periods
      .filter((p) => p.days.includes(tomorrow.weekday))
      .map((p) => p.open)
      .sort((a, b) => a - b);
    if (starts.length) return `あした ${clockWords(starts[0])} から`;
  }
  if (hours.periods.some((p) => p.days.includes(c.weekday))) return "きょうは もう おわり";
  return "きょうは おやすみ";
}

export function statusOf(hours, date) {
  if (hours.varies) return "varies";
  return isOpen(hours, date) ? "open" : "closed";
}

function refreshLine(item, date) {
  let hours;
  try {
    hours = JSON.parse(item.dataset.hours || "null");
  } catch {
    return null; // leave the server's rendering as it is
  }
  if (!hours) return null;
  const status = statusOf(hours, date);
  for (const name of Object.keys(GROUP)) item.classList.toggle(`hotline-line--${name}`, name === status);
  const state = item.querySelector("[data-state]");
  if (state) state.textContent = STATE_WORDS[status];
  const label = item.querySelector("[data-label]");
  if (label) label.textContent = hoursLabel(hours, date);
  const emergency = item.dataset.emergency === "true";
  const pinned = item.dataset.pinned === "true";
  const group = pinned ? -1 : emergency ? 3 : GROUP[status];
  return { item, group, order: Number(item.dataset.order) || 0 };
}

export function refreshCards(root = document, date = new Date()) {
  for (const card of root.querySelectorAll(".hotline-card")) {
    const list = card.querySelector(".hotline-card__list");
    if (!list) continue;
    const rows = [...list.children].map((item) => refreshLine(item, date)).filter(Boolean);
    rows.sort((a, b) => a.group - b.group || a.order - b.order);
    // Re-appending moves nodes in place; focus and links stay as they were.
    for (const row of rows) list.appendChild(row.item);
  }
}

if (typeof document !== "undefined") {
  refreshCards();
  setInterval(() => refreshCards(), 60 * 1000);
}
