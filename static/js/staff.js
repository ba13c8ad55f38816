// Keyboard shortcuts for the moderation queue: j/k move, a approves, r rejects, 0–3 set the
// staff's own level (0 なし, 1 心配, 2 高, 3 切迫). The forms work without this file; it only saves
// the moderator's hands, and keeps the level chosen in one form of a post in its other form.

const items = () => [...document.querySelectorAll("[data-queue-item]")];
let current = 0;

function select(index) {
  const list = items();
  if (list.length === 0) return;
  current = Math.max(0, Math.min(index, list.length - 1));
  list.forEach((item, i) => item.classList.toggle("is-selected", i === current));
  list[current].focus({ preventScroll: true });
  list[current].scrollIntoView({ block: "nearest" });
}

function typing(target) {
  return target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]");
}

function approve() {
  const item = items()[current];
  item?.querySelector("[data-approve]")?.requestSubmit();
}

function reject() {
  const item = items()[current];
  const form = item?.querySelector("[data-reject]");
  if (!form) return;
  const reason = form.querySelector("[data-reason]");
  // A reason is required: go to the choice; submitting with a reason chosen sends it.
  if (reason.value) form.requestSubmit();
  else reason.focus();
}

// Both forms of a post carry the level (either decision records it): set them together.
function setLevel(item, value) {
  item?.querySelectorAll("[data-staff-level]").forEach((choice) => {
    choice.value = value;
  });
}

const LEVEL_KEYS = { 0: "none", 1: "concern", 2: "high", 3: "imminent" };

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
  const actions = { j: () => select(current + 1), k: () => select(current - 1), a: approve, r: reject };
  if (event.key in LEVEL_KEYS) actions[event.key] = () => setLevel(items()[current], LEVEL_KEYS[event.key]);
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

// Enter on a chosen reason rejects (the select itself swallows the form's implicit submit).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.target instanceof HTMLSelectElement)) return;
  const form = event.target.closest("[data-reject]");
  if (form && event.target.matches("[data-reason]") && event.target.value) {
    event.preventDefault();
    form.requestSubmit();
  }
});

document.querySelectorAll("[data-queue-item]").forEach((item, index) => {
  item.addEventListener("click", () => select(index));
  item.addEventListener("change", (event) => {
    if (event.target.matches("[data-staff-level]")) setLevel(item, event.target.value);
  });
});

select(0);
