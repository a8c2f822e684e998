// On a phone the stages stack in the laptop's order (Saved to Offer), the order they are
// read and tabbed in. Open the furthest stage that has cards (the one nearest an offer)
// and every stage with a card due today or overdue; the others stay closed, so the first
// screens show what needs doing and every other stage's count.
// Side by side, every column stays open. Without JavaScript every stage is open.
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) return;
  var phone = window.matchMedia("(max-width: 767.98px)");
  var columns = Array.prototype.slice.call(board.querySelectorAll(".board-column"));

  function arrange() {
    if (!phone.matches) {
      columns.forEach(function (column) { column.open = true; });
      return;
    }
    var furthest = columns
      .filter(function (column) { return column.dataset.count !== "0"; })
      .pop();
    // Every stage holding something due today or overdue opens too: nothing urgent hides.
    columns.forEach(function (column) {
      column.open = column === furthest || column.dataset.urgent !== "0";
    });
  }

  arrange();
  phone.addEventListener("change", arrange);

  // Drag a card onto another stage: the card's own "Move to…" button for that stage is
  // pressed, which opens the prefilled form (the stage follows from what is logged, never
  // set by hand). Keyboard and touch use the same menu directly.
  var closedDrop = document.getElementById("closed-drop");
  var targets = columns.concat(Array.prototype.slice.call(document.querySelectorAll(".drop-zone")));
  var dragged = null;

  function moveButton(target) {
    return dragged && dragged.querySelector('[data-move-to="' + target.dataset.stage + '"]');
  }

  board.addEventListener("dragstart", function (event) {
    dragged = event.target.closest && event.target.closest(".board-card");
    if (!dragged) return;
    event.dataTransfer.setData("text/plain", dragged.dataset.application);
    event.dataTransfer.effectAllowed = "move";
    if (closedDrop) closedDrop.hidden = false;
  });
  document.addEventListener("dragend", function () {
    dragged = null;
    if (closedDrop) closedDrop.hidden = true;
    targets.forEach(function (target) { target.classList.remove("drop-ok"); });
  });
  targets.forEach(function (target) {
    target.addEventListener("dragover", function (event) {
      if (!moveButton(target)) return;
      event.preventDefault();
      target.classList.add("drop-ok");
    });
    target.addEventListener("dragleave", function () { target.classList.remove("drop-ok"); });
    target.addEventListener("drop", function (event) {
      var button = moveButton(target);
      if (!button) return;
      event.preventDefault();
      button.click();
    });
  });
})();
