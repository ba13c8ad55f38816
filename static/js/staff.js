// Keyboard shortcuts for the moderation queue: j/k move, a approves, r rejects.
// The forms work without this file; it only saves the moderator's hands.

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

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
  const actions = { j: () => select(current + 1), k: () => select(current - 1), a: approve, r: reject };
  const action = actions[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

// Enter on a chosen reason rejects (the select itself swallows the form's implicit submit).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.target instanceof HTMLSelectElement)) return;
  const form = event.target.closest("[data-reject]");
  if (form && event.target.value) {
    event.preventDefault();
    form.requestSubmit();
  }
});

document.querySelectorAll("[data-queue-item]").forEach((item, index) => {
  item.addEventListener("click", () => select(index));
});

select(0);
