// Keyboard review on the desk: j/k move between claims, a approve, r reject, e edit, u undo.
// Every action clicks the card's own button or link, so it does exactly what the no-JS form does.
(function () {
  "use strict";
  const ACTIONS = { a: "approve", r: "reject", e: "edit", u: "reopen" };
  let currentRef = null;
  let advanceAfterSwap = false;

  const cards = () => Array.from(document.querySelectorAll("#claims > .claim"));
  const currentCard = () => (currentRef && document.getElementById("claim-" + currentRef)) || null;

  function select(card, scroll) {
    if (!card) return;
    document.querySelectorAll(".claim.is-current, mark.is-current").forEach((el) => el.classList.remove("is-current"));
    currentRef = card.dataset.claim;
    card.classList.add("is-current");
    card.focus({ preventScroll: !scroll });
    if (scroll) card.scrollIntoView({ block: "nearest" });
    const marks = document.querySelectorAll('mark[data-claims~="' + currentRef + '"]');
    marks.forEach((mark) => mark.classList.add("is-current"));
    if (marks.length && scroll) marks[0].scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const list = cards();
    if (!list.length) return;
    const index = list.indexOf(currentCard());
    const next = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + step));
    select(list[next], true);
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      const cancel = event.target.closest && event.target.closest(".is-editing") && document.querySelector(".is-editing [data-action=cancel]");
      if (cancel) { event.preventDefault(); cancel.click(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    if (!document.getElementById("claims")) return;
    if (event.key === "j") { move(1); event.preventDefault(); return; }
    if (event.key === "k") { move(-1); event.preventDefault(); return; }
    const action = ACTIONS[event.key];
    if (!action) return;
    const card = currentCard() || (move(0), currentCard());
    const control = card && card.querySelector('[data-action="' + action + '"]');
    if (!control) return;
    event.preventDefault();
    advanceAfterSwap = action === "approve" || action === "reject";
    control.click();
  });

  document.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[data-claims]");
    if (mark) select(document.getElementById("claim-" + mark.dataset.claims.split(" ")[0]), true);
    const card = event.target.closest("#claims > .claim");
    if (card && !mark) select(card, false);
  });

  // Re-colour the evidence after a decision: a run shows pending while any of its claims waits.
  function statusOf(ref) {
    const card = document.getElementById("claim-" + ref);
    if (!card) return "";
    return ["pending", "approved", "rejected"].find((s) => card.classList.contains("status-" + s)) || "";
  }
  function recolour() {
    document.querySelectorAll("mark[data-claims]").forEach((mark) => {
      const statuses = mark.dataset.claims.split(" ").map(statusOf);
      const status = ["pending", "approved", "rejected"].find((s) => statuses.includes(s));
      if (!status) return;
      mark.classList.remove("ev-pending", "ev-approved", "ev-rejected");
      mark.classList.add("ev-" + status);
    });
  }

  document.body.addEventListener("htmx:afterSettle", () => {
    recolour();
    const card = currentCard();
    if (!card) return;
    if (advanceAfterSwap) { advanceAfterSwap = false; select(card, false); move(1); return; }
    const first = card.querySelector("input, select, textarea");
    if (first) first.focus(); else select(card, false);
  });
})();
