// On a phone the stages stack, most urgent first (CSS `order`). Open only the most urgent
// stage that has cards, so the first screen shows it and every other stage's count.
// Side by side, every column stays open. Without JavaScript every stage is open.
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) return;
  var phone = window.matchMedia("(max-width: 767.98px)");
  var columns = Array.prototype.slice.call(board.querySelectorAll(".board-column"));

  function urgency(column) {
    return Number(window.getComputedStyle(column).order);
  }

  function arrange() {
    if (!phone.matches) {
      columns.forEach(function (column) { column.open = true; });
      return;
    }
    var first = columns
      .filter(function (column) { return column.dataset.count !== "0"; })
      .sort(function (a, b) { return urgency(a) - urgency(b); })[0];
    columns.forEach(function (column) { column.open = column === first; });
  }

  arrange();
  phone.addEventListener("change", arrange);
})();
